import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ionhop.grid.GridPercolation;
import org.ionhop.landscape.BvseSettings;
import org.ionhop.landscape.LandscapeAnalysis;
import org.ionhop.landscape.LandscapeResult;
import org.ionhop.structure.Element;
import org.ionhop.structure.StructureReader;

/**
 * BVSE barriers against grid spacing on every reference structure (issue 18, section 1): for each structure and
 * spacing, the thresholds of the grid itself (what ionhop reported before the saddles were refined) and the
 * barriers of the refined network (what it reports now), 1D / 2D / 3D in eV, and the run time.
 *
 * <pre>
 *   mvn -o -q -pl ionhop-core compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 *   java -Xmx8g -cp ionhop-core/target/classes:$(cat /tmp/cp.txt) tools/bench/BvseConvergence.java 0.25 0.2 0.1 0.05
 * </pre>
 *
 * Optional system property {@code -Donly=name} runs the structures whose file name contains it.
 */
public final class BvseConvergence {
    private static final String[][] CASES = {
        {"structures/LiFePO4_pymatgen.cif", "Li"},
        {"structures/NaFePO4_pymatgen.cif", "Na"},
        {"structures/Li3N_ncrystal_mp2251.cif", "Li"},
        {"structures/Li2O_pymatgen.cif", "Li"},
        {"structures/LGPS_ccnb.cif", "Li"},
        {"structures/Li10GeP2S12_pymatgen.cif", "Li"},
        {"structures/Li10GeP2S12_ordered_cavd.cif", "Li"},
        {"structures/beta-Li3PS4_cavd_LPS.cif", "Li"},
        {"structures/LLZO_tetragonal_Masanobu13.cif", "Li"},
        {"structures/Li3V2PO43_pymatgen.cif", "Li"},
        {"kmc/kmcpy_example_nasicon.cif", "Na"},
        {"kmc/kmcpy_tests_Na3SbS4_cubic.cif", "Na"},
        {"kmc/kmcpy_tests_Na4Zr2Si3O12_573K_ICSD15546.cif", "Na"},
    };

    public static void main(String[] args) {
        Path ref = Path.of(System.getProperty("refdata", "../shared/refdata"));
        String only = System.getProperty("only", "");
        List<Double> spacings = new ArrayList<>();
        for (String a : args) {
            spacings.add(Double.parseDouble(a));
        }
        System.out.println("| structure | ion | spacing (Å) | grid 1D | grid 2D | grid 3D | refined 1D | refined 2D "
                + "| refined 3D | sites / hops | run (s) |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        for (String[] c : CASES) {
            if (!c[0].contains(only)) {
                continue;
            }
            for (double h : spacings) {
                LandscapeResult r = LandscapeAnalysis.run(StructureReader.read(ref.resolve(c[0])),
                        BvseSettings.of(Element.valueOf(c[1])).withGridSpacingA(h), null);
                double[] g = GridPercolation.subLevel(r.grid(), 5).levels();
                double[] b = r.barriers().barriersEv();
                System.out.printf(Locale.ROOT, "| %s | %s | %.2f | %s | %s | %s | %s | %s | %s | %d / %d | %.1f |%n",
                        Path.of(c[0]).getFileName(), c[1], h, f(g[0]), f(g[1]), f(g[2]), f(b[0]), f(b[1]), f(b[2]),
                        r.network().sites().size(), r.network().hops().size(), r.seconds());
            }
        }
    }

    private static String f(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }
}
