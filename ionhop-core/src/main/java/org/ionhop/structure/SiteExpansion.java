package org.ionhop.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Expansion of an asymmetric unit by symmetry operations, conserving each site's declared multiplicity x occupancy.
 *
 * <p>Every operation is applied to every site; images of one site closer than a merge tolerance (periodic distance)
 * form one cluster, which becomes one atom. Sites with different labels are never merged, so mixed sites keep both
 * species. How much occupancy the merged atom carries depends on what the file declares:
 * <ul>
 *   <li><b>Special position.</b> When the site's printed coordinates are its cluster's centroid (the special
 *       position) rounded to the printed number of decimals ({@code 0.333} for 1/3), the file means the special
 *       position: its multiplicity is the number of clusters and each atom keeps the file's occupancy.</li>
 *   <li><b>General position near a special one.</b> When the printed coordinates are farther from the centroid than
 *       their rounding explains (a refined {@code 0.0005} next to 0), the file means a general position whose
 *       images happen to lie within the tolerance. Its multiplicity is the number of operations, so each merged
 *       atom carries the summed occupancy of its images, capped at 1 with a warning.</li>
 *   <li><b>Declared multiplicity.</b> When the file gives {@code _atom_site_symmetry_multiplicity} M and M divides
 *       the number of operations N, a cluster of n images carries occupancy x M n / N, which conserves M x
 *       occupancy exactly whatever the geometry (capped at 1 with a warning). A value M with M x clusters = N
 *       other than the cluster count is the site-symmetry order SHELXL-97 wrote under that tag, and is
 *       ignored.</li>
 * </ul>
 * The merged atom of images that are really apart (more than 1e-6 Å) sits at their centroid, which is the special
 * position; images that coincide up to round-off keep the first image's coordinates.
 */
final class SiteExpansion {
    /** Images closer than this (Å) coincide up to round-off: the first image is kept as it is. */
    private static final double COINCIDENT_A = 1e-6;

    private SiteExpansion() {
    }

    /**
     * Per asymmetric-unit site, what the file declares beyond its coordinates.
     *
     * @param halfWidthFrac rounding half-width of each printed coordinate (0.5 x 10^-decimals; ~0 for exact
     *                      values such as an integer)
     * @param multiplicity  the declared multiplicity, or 0 when the file gives none
     */
    record Declared(double[] halfWidthFrac, int multiplicity) {
        /** Exact coordinates, no multiplicity: images within the tolerance are the special position. */
        static final Declared NONE = new Declared(new double[] {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
            Double.POSITIVE_INFINITY}, 0);
    }

    /**
     * The expanded sites and what the expansion had to say.
     *
     * @param sites    every atom of the cell
     * @param warnings merges that summed or capped occupancies, one sentence per asymmetric-unit site
     */
    record Expanded(List<Site> sites, List<String> warnings) {
    }

    /** Expansion with images within the tolerance taken as special positions (no declared information). */
    static List<Site> expand(List<Site> asym, List<SymmetryOperation> ops, Lattice lattice, double tolA) {
        List<Declared> none = new ArrayList<>(asym.size());
        for (int i = 0; i < asym.size(); i++) {
            none.add(Declared.NONE);
        }
        return expand(asym, none, ops, lattice, tolA).sites();
    }

    /**
     * Applies every operation to every site and merges the images of each site that lie within {@code tolA} of one
     * another (periodic distance), with the occupancy rule of the class comment.
     *
     * @param asym     the asymmetric unit
     * @param declared per site, its printed precision and declared multiplicity
     * @param ops      the operations (without repeats)
     * @param lattice  the cell
     * @param tolA     merge tolerance (Å)
     */
    static Expanded expand(List<Site> asym, List<Declared> declared, List<SymmetryOperation> ops, Lattice lattice,
                           double tolA) {
        List<Site> out = new ArrayList<>(asym.size() * ops.size());
        List<String> warnings = new ArrayList<>();
        double tol2 = tolA * tolA;
        double[] cart = new double[3];
        for (int si = 0; si < asym.size(); si++) {
            Site s = asym.get(si);
            Declared d = declared.get(si);
            List<double[]> reps = new ArrayList<>(ops.size());
            List<double[]> sums = new ArrayList<>(ops.size());
            List<Integer> counts = new ArrayList<>(ops.size());
            List<double[]> spread = new ArrayList<>(ops.size());
            for (SymmetryOperation op : ops) {
                double[] f = op.apply(s.frac());
                for (int k = 0; k < 3; k++) {
                    f[k] = Site.wrap(f[k]);
                }
                int found = -1;
                for (int c = 0; c < reps.size(); c++) {
                    if (lattice.minimumImageVector(reps.get(c), f, cart) < tol2) {
                        found = c;
                        break;
                    }
                }
                if (found < 0) {
                    reps.add(f);
                    sums.add(new double[3]);
                    counts.add(1);
                    spread.add(new double[1]);
                } else {
                    double[] delta = lattice.toFractional(cart);
                    double[] sum = sums.get(found);
                    for (int k = 0; k < 3; k++) {
                        sum[k] += delta[k];
                    }
                    counts.set(found, counts.get(found) + 1);
                    double[] sp = spread.get(found);
                    sp[0] = Math.max(sp[0], Math.sqrt(cart[0] * cart[0] + cart[1] * cart[1] + cart[2] * cart[2]));
                }
            }
            int n = ops.size();
            int clusters = reps.size();
            if (clusters == n) {
                for (double[] f : reps) {
                    out.add(s.withFrac(f));
                }
                continue;
            }
            // SHELXL-97 wrote the order of the site-symmetry group under _atom_site_symmetry_multiplicity
            // (I-43m ZIF-8: Zn on 12d is given 4, a general position 1), not the Wyckoff multiplicity the
            // dictionary defines. A number that times the clusters found gives N while differing from the cluster
            // count is that order; it is ignored and the coordinates decide, as without a declared multiplicity.
            boolean siteSymmetryOrder = d.multiplicity() * clusters == n && d.multiplicity() != clusters;
            boolean useMultiplicity = d.multiplicity() > 0 && n % d.multiplicity() == 0
                    && d.multiplicity() >= clusters && !siteSymmetryOrder;
            boolean special = !useMultiplicity && roundingExplains(s, d, reps, sums, counts, lattice, tolA);
            int capped = 0;
            double maxOcc = 0;
            for (int c = 0; c < clusters; c++) {
                double[] f = reps.get(c);
                int m = counts.get(c);
                double occ;
                if (special) {
                    occ = s.occupancy();
                } else {
                    occ = useMultiplicity ? s.occupancy() * d.multiplicity() * m / n : s.occupancy() * m;
                    if (spread.get(c)[0] > COINCIDENT_A) {
                        double[] sum = sums.get(c);
                        f = new double[] {f[0] + sum[0] / m, f[1] + sum[1] / m, f[2] + sum[2] / m};
                    }
                }
                maxOcc = Math.max(maxOcc, occ);
                if (occ > 1 + 1e-6) {
                    capped++;
                    occ = 1.0;
                }
                out.add(new Site(s.element(), s.label(), f, occ, s.oxidationState()));
            }
            if (!special && !useMultiplicity) {
                warnings.add(String.format(Locale.ROOT, "site %s: %d symmetry images of a general position lie within"
                        + " %.2f Å of one another (the printed coordinates are off the special position by more than"
                        + " their rounding); merged into %d atoms carrying the summed occupancy, so %d x %s = %s"
                        + " atoms per cell are kept", s.label(), n, tolA, clusters, n,
                        StructureValidation.num(s.occupancy()), StructureValidation.num(n * s.occupancy())));
            }
            if (capped > 0) {
                warnings.add(String.format(Locale.ROOT, "site %s: merged images add up to occupancy %s on %d"
                        + " positions, capped at 1 (the site's declared occupancy is too high for its position)",
                        s.label(), StructureValidation.num(maxOcc), capped));
            }
        }
        return new Expanded(out, warnings);
    }

    /**
     * Whether the site's printed coordinates are the centroid of its own cluster (the special position) rounded to
     * the printed decimals.
     */
    private static boolean roundingExplains(Site s, Declared d, List<double[]> reps, List<double[]> sums,
                                            List<Integer> counts, Lattice lattice, double tolA) {
        double[] cart = new double[3];
        double[] f0 = s.frac();
        for (int c = 0; c < reps.size(); c++) {
            double[] rep = reps.get(c);
            if (lattice.minimumImageVector(rep, f0, cart) < tolA * tolA) {
                int m = counts.get(c);
                double[] sum = sums.get(c);
                for (int k = 0; k < 3; k++) {
                    double centroid = rep[k] + sum[k] / m;
                    double diff = f0[k] - centroid;
                    diff -= Math.rint(diff);
                    if (Math.abs(diff) > d.halfWidthFrac()[k] * (1 + 1e-6) + 1e-9) {
                        return false;
                    }
                }
                return true;
            }
        }
        return true;
    }
}
