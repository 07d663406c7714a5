package org.ionhop.landscape;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.ionhop.io.InvalidSettingException;
import org.ionhop.structure.Element;

/**
 * The softBV parameter set bundled with ionhop (classpath resources in {@code org/ionhop/landscape}):
 * <ul>
 *   <li>{@code softbv_pairs.csv}: Morse/bond-valence parameters per cation-anion pair, from BVlain
 *       (A. D. Dembitskiy, MIT licence, {@code bvlain/data/cation.pkl} converted to CSV); the values are the
 *       published softBV set of H. Chen and S. Adams, IUCrJ 4 (2017) 614 (open access, CC-BY).</li>
 *   <li>{@code softbv_unitary.tsv}: per-ion principal quantum number n and covalent radius r_c used in the
 *       screened Coulomb term, softBV's {@code database_unitary} as distributed by dembart/aBVff (MIT).</li>
 * </ul>
 * See {@code NOTICE-softbv.txt} next to them. Pairs are keyed cation to anion; a mobile anion (F-, O2-) looks
 * the same rows up with the roles swapped.
 *
 * <p><b>Derived pairs.</b> Where the pair table lacks a cation-anion pair (hydrides, phosphides, nitridoborates, P4+
 * of P2S6 4-, O- of peroxides, ...), {@link #pair} derives the Morse parameters by the recipe of the softBV authors
 * (Adams &amp; Rao, Phys. Status Solidi A 208 (2011) 1746; Chen &amp; Adams, IUCrJ 4 (2017) 614), from R0, b and the
 * coordination number Nc of the pair:
 * <pre>
 *   alpha = 1 / b
 *   Rmin  = R0 (0.9185 + 0.2285 |sigma_c - sigma_a|) - b ln(V_c / Nc)
 *   D0    = 14.4 V_c |V_a| b^2 / (2 Rmin sqrt(n_c n_a))          (eV, Å; s- and p-block cations)
 *   D0    = 14.4 sqrt(8 V_c |V_a|) b^2 / (2 Rmin sqrt(n_c n_a))  (d- and f-block cations)
 * </pre>
 * with V the formal charges, n the principal quantum numbers and sigma the softnesses of the unitary table. R0, b and
 * Nc come from softBV's own binary table ({@code softbv_binary.tsv}, aBVff, MIT) when it has the pair, else R0 and b
 * from Brown's bvparm2020 ({@link BondValenceTable}) with Nc the mean coordination of the cation over its rows of the
 * binary table (6 when it has none). {@link #derivation} says which route a pair took; the agreement of the recipe
 * with the tabulated pairs is measured in {@code SoftBvDerivationTest} and stated in docs/bvse.md.
 */
public final class SoftBvParameters {
    private static final String BASE = "/org/ionhop/landscape/";
    private static final SoftBvParameters BUNDLED = load();

    private final Map<String, MorsePair> pairs;
    private final Map<String, double[]> ions;          // "Li+1" -> {n, rc, softness, block}
    private final Map<Element, double[]> elementFallback;
    private final Map<String, double[]> binary;        // "Li+1|O-2" -> {R0, b, Nc}
    private final BondValenceTable brown;

    private SoftBvParameters(Map<String, MorsePair> pairs, Map<String, double[]> ions, Map<Element, double[]> fallback,
                             Map<String, double[]> binary, BondValenceTable brown) {
        this.pairs = pairs;
        this.ions = ions;
        this.elementFallback = fallback;
        this.binary = binary;
        this.brown = brown;
    }

    /** The bundled table (loaded once, immutable). */
    public static SoftBvParameters bundled() {
        return BUNDLED;
    }

    private static String key(Element e, int q) {
        return e.symbol() + (q >= 0 ? "+" : "") + q;
    }

    private static String pairKey(Element cation, int qc, Element anion, int qa) {
        return key(cation, qc) + "|" + key(anion, qa);
    }

    /**
     * The pair of a cation (charge qc &gt; 0) and an anion (qa &lt; 0): tabulated, else derived (class comment), else
     * empty.
     */
    public Optional<MorsePair> pair(Element cation, int qc, Element anion, int qa) {
        MorsePair p = pairs.get(pairKey(cation, qc, anion, qa));
        return p != null ? Optional.of(p) : derive(cation, qc, anion, qa).map(Derived::pair);
    }

    /** The pair as tabulated by Chen &amp; Adams, without derivation. */
    public Optional<MorsePair> tabulatedPair(Element cation, int qc, Element anion, int qa) {
        return Optional.ofNullable(pairs.get(pairKey(cation, qc, anion, qa)));
    }

    /**
     * How a pair missing from the table was derived ("softBV binary table R0, b, Nc" or "bvparm2020 R0, b ..."), or
     * empty when the pair is tabulated or cannot be derived.
     */
    public Optional<String> derivation(Element cation, int qc, Element anion, int qa) {
        if (pairs.containsKey(pairKey(cation, qc, anion, qa))) {
            return Optional.empty();
        }
        return derive(cation, qc, anion, qa).map(Derived::from);
    }

    /** A derived pair and where its R0, b and Nc came from. */
    record Derived(MorsePair pair, String from) {
    }

    /** The recipe of the class comment with R0, b and Nc from softBV's binary table, else from bvparm2020. */
    Optional<Derived> derive(Element cation, int qc, Element anion, int qa) {
        double[] c = ionDataOrNull(cation, qc);
        double[] a = ionDataOrNull(anion, qa);
        if (c == null || a == null || qc <= 0 || qa >= 0) {
            return Optional.empty();
        }
        double[] rbn = binary.get(pairKey(cation, qc, anion, qa));
        String from;
        if (rbn != null) {
            from = "softBV binary table (R0, b, Nc), Morse parameters by the Adams-Rao recipe";
        } else {
            Optional<BondValenceTable.Match> m = brown.lookup(cation, qc, anion, qa);
            if (m.isEmpty()) {
                return Optional.empty();
            }
            rbn = new double[] {m.get().row().r0A(), m.get().row().bA(), meanCoordination(cation, qc)};
            from = "bvparm2020 (R0, b" + (m.get().note().isEmpty() ? "" : "; " + m.get().note()) + "), Nc "
                    + String.format(java.util.Locale.ROOT, "%.1f", rbn[2]) + ", Morse parameters by the Adams-Rao recipe";
        }
        return Optional.of(new Derived(morse(rbn[0], rbn[1], rbn[2], qc, -qa, c[0], a[0], c[2], a[2], c[3] >= 2),
                from));
    }

    /**
     * The Morse parameters of one pair by the Adams-Rao recipe (class comment).
     *
     * @param r0A R0 (Å)
     * @param bA  b (Å)
     * @param nc  coordination number of the cation
     * @param vc  cation charge
     * @param va  anion charge magnitude
     * @param nCation principal quantum number of the cation
     * @param nAnion  principal quantum number of the anion
     * @param sigmaCation softness of the cation
     * @param sigmaAnion  softness of the anion
     * @param dOrFBlock   whether the cation is a d- or f-block ion (unitary table column b = 2 or 3): its charge
     *                    product V_c |V_a| enters D0 as sqrt(8 V_c |V_a|), the convention that reproduces every D0 of the
     *                    pair table from its Rmin and b (measured in {@code SoftBvDerivationTest})
     */
    static MorsePair morse(double r0A, double bA, double nc, int vc, int va, double nCation, double nAnion,
                           double sigmaCation, double sigmaAnion, boolean dOrFBlock) {
        double rMin = r0A * (0.9185 + 0.2285 * Math.abs(sigmaCation - sigmaAnion)) - bA * Math.log(vc / nc);
        double charges = dOrFBlock ? Math.sqrt(8.0 * vc * va) : (double) vc * va;
        double d0 = BvseModel.COULOMB_EV_A * charges * bA * bA / (2 * rMin * Math.sqrt(nCation * nAnion));
        return new MorsePair(r0A, rMin, 1 / bA, d0);
    }

    /** Mean coordination number of a cation over its rows of the binary table, 6 when it has none. */
    private double meanCoordination(Element cation, int qc) {
        String prefix = key(cation, qc) + "|";
        double sum = 0;
        int n = 0;
        for (Map.Entry<String, double[]> e : binary.entrySet()) {
            if (e.getKey().startsWith(prefix)) {
                sum += e.getValue()[2];
                n++;
            }
        }
        return n == 0 ? 6 : sum / n;
    }

    /** The binary-table row (R0, b, Nc) of a pair, if any (for tests). */
    Optional<double[]> binaryRow(Element cation, int qc, Element anion, int qa) {
        double[] r = binary.get(pairKey(cation, qc, anion, qa));
        return r == null ? Optional.empty() : Optional.of(r.clone());
    }

    /** Unitary data {n, rc, softness, block} of an ion (falling back to the element's default state), or null. */
    double[] ionDataOrNull(Element e, int q) {
        double[] d = ions.get(key(e, q));
        return d != null ? d : elementFallback.get(e);
    }

    /** Every tabulated pair as {cation, qc, anion, qa} keys with its parameters (for tests). */
    Map<String, MorsePair> tabulated() {
        return pairs;
    }

    /**
     * The pair between a mobile ion and a counter-ion of opposite sign, or an {@link InvalidSettingException}
     * (setting {@code oxidationStates}) naming the pair and how to supply oxidation states.
     */
    public MorsePair requirePair(Element mobile, int qm, Element counter, int qc) {
        Optional<MorsePair> p = qm > 0 ? pair(mobile, qm, counter, qc) : pair(counter, qc, mobile, qm);
        return p.orElseThrow(() -> new InvalidSettingException(OxidationStates.SETTING, "no softBV parameters for "
                + "the pair " + key(mobile, qm) + " / " + key(counter, qc) + " (bundled table: Chen & Adams 2017); "
                + "check the oxidation states (El=q pairs such as " + mobile.symbol() + "=" + qm + ","
                + counter.symbol() + "=" + qc + ") or use a structure whose ions are in the table"));
    }

    /** Oxidation states tabulated for an element, as cation (q &gt; 0) or anion (q &lt; 0). */
    public TreeSet<Integer> tabulatedStates(Element e) {
        TreeSet<Integer> out = new TreeSet<>();
        String prefix = e.symbol();
        for (String k : pairs.keySet()) {
            for (String part : k.split("\\|")) {
                int split = Math.max(part.lastIndexOf('+'), part.lastIndexOf('-'));
                if (part.substring(0, split).equals(prefix)) {
                    out.add(Integer.parseInt(part.substring(split).replace("+", "")));
                }
            }
        }
        return out;
    }

    /** Principal quantum number n of an ion (softBV unitary table). */
    public int principalQuantumNumber(Element e, int q) {
        return (int) ionData(e, q)[0];
    }

    /** softBV covalent radius r_c (Å) used in the Coulomb screening length f (r_A + r_M). */
    public double covalentRadius(Element e, int q) {
        return ionData(e, q)[1];
    }

    private double[] ionData(Element e, int q) {
        double[] d = ions.get(key(e, q));
        if (d == null) {
            d = elementFallback.get(e);
        }
        if (d == null) {
            throw new IllegalArgumentException("no softBV radius / principal quantum number for " + key(e, q)
                    + " (softBV unitary table)");
        }
        return d;
    }

    private static SoftBvParameters load() {
        Map<String, MorsePair> pairs = new HashMap<>();
        for (String[] f : rows(BASE + "softbv_pairs.csv", ",", true)) {
            Optional<Element> c = Element.fromSymbol(f[0]);
            Optional<Element> a = Element.fromSymbol(f[2]);
            if (c.isEmpty() || a.isEmpty() || !c.get().symbol().equals(f[0]) || !a.get().symbol().equals(f[2])) {
                continue; // pseudo-species of the table (D, Ox, Nx) are not elements
            }
            pairs.put(pairKey(c.get(), Integer.parseInt(f[1]), a.get(), Integer.parseInt(f[3])),
                    new MorsePair(Double.parseDouble(f[4]), Double.parseDouble(f[5]), Double.parseDouble(f[6]),
                            Double.parseDouble(f[7])));
        }
        Map<String, double[]> ions = new HashMap<>();
        Map<Element, double[]> fallback = new HashMap<>();
        for (String[] f : rows(BASE + "softbv_unitary.tsv", "\t", true)) {
            Optional<Element> e = Element.fromSymbol(f[1]);
            if (e.isEmpty() || !e.get().symbol().equals(f[1])) {
                continue;
            }
            int q = Integer.parseInt(f[2]);
            int qDefault = Integer.parseInt(f[3]);
            double[] d = {Double.parseDouble(f[5]), Double.parseDouble(f[8]), Double.parseDouble(f[9]),
                Double.parseDouble(f[7])};
            ions.putIfAbsent(key(e.get(), q), d);
            if (q == qDefault) {
                fallback.putIfAbsent(e.get(), d);
            }
        }
        Map<String, double[]> binary = new HashMap<>();
        for (String[] f : rows(BASE + "softbv_binary.tsv", "\t", true)) {
            Optional<Element> c = Element.fromSymbol(f[0]);
            Optional<Element> a = Element.fromSymbol(f[2]);
            if (c.isEmpty() || a.isEmpty() || !c.get().symbol().equals(f[0]) || !a.get().symbol().equals(f[2])) {
                continue; // pseudo-anions Ox, Nx, D
            }
            binary.putIfAbsent(pairKey(c.get(), Integer.parseInt(f[1]), a.get(), Integer.parseInt(f[3])),
                    new double[] {Double.parseDouble(f[4]), Double.parseDouble(f[5]), Double.parseDouble(f[6])});
        }
        return new SoftBvParameters(Map.copyOf(pairs), Map.copyOf(ions), Map.copyOf(fallback), Map.copyOf(binary),
                BondValenceTable.bundled());
    }

    private static java.util.List<String[]> rows(String resource, String sep, boolean header) {
        java.util.List<String[]> out = new java.util.ArrayList<>();
        InputStream in = SoftBvParameters.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing bundled resource " + resource);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            boolean first = header;
            while ((line = r.readLine()) != null) {
                if (first) {
                    first = false;
                    continue;
                }
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(sep);
                java.util.List<String> kept = new java.util.ArrayList<>();
                for (String s : f) {
                    if (!s.isBlank()) {
                        kept.add(s.trim());
                    }
                }
                out.add(kept.toArray(new String[0]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
