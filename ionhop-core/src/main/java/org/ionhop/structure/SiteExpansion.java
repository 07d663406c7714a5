package org.ionhop.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * Expansion of an asymmetric unit by symmetry operations: every operation is applied to every site; images of one
 * site closer than a merge tolerance (periodic distance) are one atom. Sites with different labels are never merged,
 * so mixed sites keep both species.
 */
final class SiteExpansion {
    private SiteExpansion() {
    }

    /**
     * Applies every operation to every site and merges the images of each site that lie within {@code tolA} of
     * one another (periodic distance). Sites with different labels are kept apart even when they coincide.
     */
    static List<Site> expand(List<Site> asym, List<SymmetryOperation> ops, Lattice lattice, double tolA) {
        List<Site> out = new ArrayList<>(asym.size() * ops.size());
        double tol2 = tolA * tolA;
        double[] tmp = new double[3];
        for (Site s : asym) {
            List<double[]> images = new ArrayList<>(ops.size());
            for (SymmetryOperation op : ops) {
                double[] f = op.apply(s.frac());
                for (int k = 0; k < 3; k++) {
                    f[k] = Site.wrap(f[k]);
                }
                boolean dup = false;
                for (double[] g : images) {
                    if (lattice.minimumImageVector(g, f, tmp) < tol2) {
                        dup = true;
                        break;
                    }
                }
                if (!dup) {
                    images.add(f);
                    out.add(s.withFrac(f));
                }
            }
        }
        return out;
    }
}
