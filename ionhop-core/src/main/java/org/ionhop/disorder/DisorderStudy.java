package org.ionhop.disorder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ionhop.io.InvalidSettingException;
import org.ionhop.io.ProgressListener;
import org.ionhop.landscape.OxidationStates;
import org.ionhop.structure.Element;
import org.ionhop.structure.Site;
import org.ionhop.structure.Structure;

/**
 * Disorder by design: the facade of the package. {@link #variant} makes a variant of a structure and its ordered
 * configurations; {@link #ewald} gives the electrostatic energy of a structure's formal charges; the ensemble of
 * orderings is screened by {@code DisorderEnsemble.run}.
 */
public final class DisorderStudy {
    /** Largest number of positions of an Ewald matrix (memory N^2 doubles: 200 MB at 5000). */
    static final int MAX_POSITIONS = 5000;

    private DisorderStudy() {
    }

    /**
     * The Ewald energy of the formal charges of a structure; partly occupied sites contribute their occupancy times
     * their charge (a mean-field value for a disordered file; use {@link #variant} for ordered configurations).
     *
     * @param structure the structure
     * @param user      formal charges set by the user (others from the file, else guessed as in {@code bvse})
     */
    public static EwaldResult ewald(Structure structure, Map<Element, Integer> user) {
        Structure s = OxidationStates.assign(structure, user).require();
        List<double[]> frac = new ArrayList<>();
        List<Double> q = new ArrayList<>();
        for (Site site : s.sites()) {
            int found = -1;
            for (int p = frac.size() - 1; p >= 0; p--) {
                if (s.lattice().minimumImageDistance(frac.get(p), site.frac()) < 0.05) {
                    found = p;
                    break;
                }
            }
            if (found < 0) {
                frac.add(site.frac());
                q.add(0.0);
                found = frac.size() - 1;
            }
            q.set(found, q.get(found) + site.occupancy() * site.oxidationState());
        }
        checkSize(frac.size());
        double[] charges = q.stream().mapToDouble(Double::doubleValue).toArray();
        double e = EwaldMatrix.of(s.lattice(), frac.toArray(new double[0][])).energyEv(charges);
        double net = 0;
        for (double c : charges) {
            net += c;
        }
        Map<Element, Double> ox = new LinkedHashMap<>();
        for (Site site : s.sites()) {
            ox.putIfAbsent(site.element(), site.oxidationState());
        }
        return new EwaldResult(s.formula(), s.formulaUnits(), net, ox, s.oxidationSource(), frac.size(), e);
    }

    private static void checkSize(int n) {
        InvalidSettingException.require(n <= MAX_POSITIONS, "supercell", "expected at most " + MAX_POSITIONS
                + " positions for the Ewald matrix, got " + n);
    }

    /**
     * A variant of a structure and its ordered configurations.
     *
     * @param structure the parent structure (ordered, or with partial occupancies to be ordered)
     * @param settings  the operations and orderings
     * @param progress  progress listener (the landscape of interstitial compensation reports through it)
     */
    public static VariantResult variant(Structure structure, DisorderSettings settings, ProgressListener progress) {
        long t0 = System.nanoTime();
        Variant v = VariantBuilder.build(structure, settings, progress);
        checkSize(v.positions());
        EwaldMatrix phi = EwaldMatrix.of(v.lattice(), v.frac().toArray(new double[0][]));
        List<Orderings.Ranked> ranked = Orderings.generate(v, phi, settings);
        List<Ordering> out = new ArrayList<>();
        String stem = stem(structure.source());
        for (int i = 0; i < ranked.size(); i++) {
            Orderings.Ranked r = ranked.get(i);
            Structure st = v.structure(r.config().assignment(), stem + "_ordering" + i);
            out.add(new Ordering(i, r.config().start(), r.config().seed(), st, r.energyEv(),
                    r.energyEv() / v.formulaUnits()));
        }
        SymmetryCount sym = SymmetryEnumeration.count(v, settings.enumerationLimit());
        return new VariantResult(settings, v, out, sym, (System.nanoTime() - t0) * 1e-9);
    }

    /** The file name without folders and extensions, for naming orderings. */
    static String stem(String source) {
        String n = source == null || source.isEmpty() ? "structure" : source;
        n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1);
        for (String ext : new String[] {".gz", ".cif", ".vasp", ".poscar"}) {
            if (n.toLowerCase(java.util.Locale.ROOT).endsWith(ext)) {
                n = n.substring(0, n.length() - ext.length());
            }
        }
        return n.isEmpty() ? "structure" : n;
    }
}
