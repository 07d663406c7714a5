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
 */
public final class SoftBvParameters {
    private static final String BASE = "/org/ionhop/landscape/";
    private static final SoftBvParameters BUNDLED = load();

    private final Map<String, MorsePair> pairs;
    private final Map<String, double[]> ions;          // "Li+1" -> {n, rc}
    private final Map<Element, double[]> elementFallback;

    private SoftBvParameters(Map<String, MorsePair> pairs, Map<String, double[]> ions, Map<Element, double[]> fallback) {
        this.pairs = pairs;
        this.ions = ions;
        this.elementFallback = fallback;
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
     * The pair of a cation (charge qc &gt; 0) and an anion (qa &lt; 0), if tabulated.
     */
    public Optional<MorsePair> pair(Element cation, int qc, Element anion, int qa) {
        return Optional.ofNullable(pairs.get(pairKey(cation, qc, anion, qa)));
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
            double[] d = {Double.parseDouble(f[5]), Double.parseDouble(f[8])};
            ions.putIfAbsent(key(e.get(), q), d);
            if (q == qDefault) {
                fallback.putIfAbsent(e.get(), d);
            }
        }
        return new SoftBvParameters(Map.copyOf(pairs), Map.copyOf(ions), Map.copyOf(fallback));
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
