// SPDX-License-Identifier: this project's own licence (see the repository root).
//
// Writes examples/nmr/tracer_exchange_3pool.txt: the 6Li fraction of a 6Li-enriched electrolyte, a solid
// electrolyte interphase (SEI) and a natural-abundance electrode against time, for first-order exchange along the
// chain electrolyte - SEI - electrode (the Li must pass the SEI):
//
//   w_i dx_i/dt = sum_j r_ij (x_j - x_i),   w = (0.5, 0.1, 0.4),   r_el,SEI = 4e-5 /s,   r_SEI,electrode = 1.5e-5 /s
//   x(0) = (0.95, 0.0759, 0.0759)
//
// integrated by classical Runge-Kutta (1 s steps; an independent route from ionhop's eigen-decomposition), at
// 0, 3, ..., 72 h, with Gaussian noise of standard deviation 0.004 (java.util.Random seed 2024) added.
//
// Run from the repository root:  java tools/SyntheticExchangeTable.java examples
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

public final class SyntheticExchangeTable {
    static final double[] W = {0.5, 0.1, 0.4};
    static final double[][] R = {{0, 4e-5, 0}, {4e-5, 0, 1.5e-5}, {0, 1.5e-5, 0}};

    static double[] rhs(double[] x) {
        double[] d = new double[3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                d[i] += R[i][j] * (x[j] - x[i]) / W[i];
            }
        }
        return d;
    }

    static double[] step(double[] x, double[] k, double h) {
        return new double[] {x[0] + h * k[0], x[1] + h * k[1], x[2] + h * k[2]};
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "examples").resolve("nmr");
        Files.createDirectories(out);
        Random rnd = new Random(2024);
        double[] x = {0.95, 0.0759, 0.0759};
        StringBuilder sb = new StringBuilder("# Synthetic 6Li tracer exchange (tools/SyntheticExchangeTable.java):\n"
                + "# chain electrolyte - SEI - electrode, w = 0.5/0.1/0.4, r = 4e-5 and 1.5e-5 per s, noise 0.004\n"
                + "# time_unit = h\ntime_h electrolyte SEI electrode\n");
        double t = 0;
        double h = 1.0;
        for (int row = 0; row <= 24; row++) {
            double target = row * 3 * 3600.0;
            while (t < target - 1e-9) {
                double[] k1 = rhs(x);
                double[] k2 = rhs(step(x, k1, h / 2));
                double[] k3 = rhs(step(x, k2, h / 2));
                double[] k4 = rhs(step(x, k3, h));
                for (int i = 0; i < 3; i++) {
                    x[i] += h / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
                }
                t += h;
            }
            sb.append(String.format(Locale.ROOT, "%d %.4f %.4f %.4f%n", row * 3, x[0] + 0.004 * rnd.nextGaussian(),
                    x[1] + 0.004 * rnd.nextGaussian(), x[2] + 0.004 * rnd.nextGaussian()));
        }
        Files.writeString(out.resolve("tracer_exchange_3pool.txt"), sb.toString());
    }
}
