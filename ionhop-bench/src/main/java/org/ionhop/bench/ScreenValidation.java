package org.ionhop.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.hipparchus.stat.correlation.SpearmansCorrelation;

import org.ionhop.io.ProgressListener;
import org.ionhop.screen.ScreenColumn;
import org.ionhop.screen.ScreenInput;
import org.ionhop.screen.ScreenInputs;
import org.ionhop.screen.ScreenRow;
import org.ionhop.screen.ScreenSettings;
import org.ionhop.screen.ScreenTask;
import org.ionhop.structure.Element;

/**
 * Does the screen's ranking mean anything? Screens the reference structures whose room-temperature conductivity
 * is published and prints Spearman's rank correlation of each descriptor (and of the kMC estimate) with
 * log10 sigma. Run: {@code java -cp ionhop-bench/target/benchmarks.jar org.ionhop.bench.ScreenValidation
 * [REFDATA] [GRID]}.
 */
public final class ScreenValidation {
    /** A structure, its mobile ion, and its measured room-temperature conductivity with the source. */
    record Known(String file, Element ion, double sigmaSCm, String source) {
    }

    /** Published total (or bulk) conductivities near 25 °C. */
    static final List<Known> KNOWN = List.of(
            new Known("structures/LGPS_ccnb.cif", Element.Li, 1.2e-2,
                    "Kamaya et al., Nat. Mater. 10, 682 (2011): 12 mS/cm at 27 °C"),
            new Known("structures/beta-Li3PS4_cavd_LPS.cif", Element.Li, 1.6e-4,
                    "Liu et al., J. Am. Chem. Soc. 135, 975 (2013): 0.16 mS/cm at 25 °C (nanoporous beta)"),
            new Known("structures/LLZO_tetragonal_Masanobu13.cif", Element.Li, 1.63e-6,
                    "Awaka et al., J. Solid State Chem. 182, 2046 (2009): 1.63e-6 S/cm at 25 °C (tetragonal)"),
            new Known("structures/Li3N_ncrystal_mp2251.cif", Element.Li, 1.2e-3,
                    "Alpen, Rabenau and Talat, Appl. Phys. Lett. 30, 621 (1977): about 1e-3 S/cm at RT perpendicular to c"),
            new Known("trajectories/cNa3PS4.cif", Element.Na, 2e-4,
                    "Hayashi et al., Nat. Commun. 3, 856 (2012): 0.2 mS/cm at 25 °C (cubic Na3PS4 glass-ceramic)"));

    private ScreenValidation() {
    }

    /** Entry point. */
    public static void main(String[] args) {
        Path ref = Path.of(args.length > 0 ? args[0] : "../shared/refdata");
        double grid = args.length > 1 ? Double.parseDouble(args[1]) : 0.1;
        List<ScreenColumn> desc = List.of(ScreenColumn.BARRIER_1D_EV, ScreenColumn.BARRIER_3D_EV,
                ScreenColumn.SITE_ENERGY_SPREAD_EV, ScreenColumn.SITES_WITHIN_KT300, ScreenColumn.ANION_BALANCE,
                ScreenColumn.MOBILE_ION_DENSITY_CM3, ScreenColumn.VOLUME_PER_ANION_A3, ScreenColumn.SIGMA_300K_S_CM,
                ScreenColumn.EA_EV);
        List<double[]> values = new ArrayList<>();
        List<Double> logSigma = new ArrayList<>();
        System.out.printf(Locale.ROOT, "%-42s %-4s %10s %8s %8s %9s %9s%n", "file", "ion", "sigma_exp", "E1D", "E3D",
                "sigma_kmc", "Ea_kmc");
        for (Known k : KNOWN) {
            ScreenInput in = ScreenInputs.list(List.of(ref.resolve(k.file()).toString())).get(0);
            ScreenSettings s = ScreenSettings.of(k.ion()).withGridSpacingA(grid).withThreads(1);
            ScreenRow r = ScreenTask.run(in, s, ProgressListener.NONE);
            System.out.printf(Locale.ROOT, "%-42s %-4s %10.2e %8.3f %8.3f %9.2e %9.3f %s%n", k.file(), k.ion(),
                    k.sigmaSCm(), r.number(ScreenColumn.BARRIER_1D_EV), r.number(ScreenColumn.BARRIER_3D_EV),
                    r.number(ScreenColumn.SIGMA_300K_S_CM), r.number(ScreenColumn.EA_EV),
                    r.status().equals("ok") ? "" : r.text(ScreenColumn.MESSAGE));
            double[] v = new double[desc.size()];
            for (int i = 0; i < v.length; i++) {
                double x = r.number(desc.get(i));
                v[i] = desc.get(i) == ScreenColumn.SIGMA_300K_S_CM ? Math.log10(x) : x;
            }
            values.add(v);
            logSigma.add(Math.log10(k.sigmaSCm()));
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "Spearman rank correlation with log10(sigma_exp), n = %d:%n", KNOWN.size());
        for (int i = 0; i < desc.size(); i++) {
            List<double[]> pairs = new ArrayList<>();
            for (int k = 0; k < values.size(); k++) {
                double x = values.get(k)[i];
                if (Double.isFinite(x)) {
                    pairs.add(new double[] {x, logSigma.get(k)});
                }
            }
            double rho = pairs.size() < 3 ? Double.NaN : new SpearmansCorrelation().correlation(
                    pairs.stream().mapToDouble(p -> p[0]).toArray(), pairs.stream().mapToDouble(p -> p[1]).toArray());
            System.out.printf(Locale.ROOT, "  %-26s rho = %6.2f (n = %d)%n", desc.get(i).columnName(), rho, pairs.size());
        }
    }
}
