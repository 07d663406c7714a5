// SPDX-License-Identifier: this project's own licence (see the repository root).
//
// Writes the synthetic NEB example of ionhop (examples/neb/): one Li atom hopping along x in a tilted double well
//
//   V(x, y, z) = Eb (1 - u²/a²)² + c u + k/2 ((y - 5)² + (z - 5)²),   u = x wrapped about x = 0 (Å, eV)
//
// with Eb = 0.35 eV, a = 1.3 Å, c = 0.03 eV/Å, k = 2 eV/Å², in a 10 Å cubic cell with two fixed O spectators. The
// band is a converged climbing-image NEB: the climbing image sits on the saddle, three images before it and two
// after, evenly spaced on each side; forces are -grad V exactly. The hop crosses the cell boundary at x = 0.
// Outputs: neb/double_well/00..06 (POSCAR or CONTCAR, OUTCAR with TOTEN and TOTAL-FORCE), neb/double_well_band.xyz
// (ASE extended XYZ with energy= and forces) and neb/double_well_network.json (a two-site network whose hop is
// the band's, with a bond-valence-like E_KRA of 0.30 eV). The exact barriers are printed.
//
// Run from the repository root:  java tools/SyntheticNebBand.java examples
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

public final class SyntheticNebBand {
    static final double L = 10, EB = 0.35, A = 1.3, C = 0.03, K = 2;

    static double v(double u) {
        double q = 1 - u * u / (A * A);
        return EB * q * q + C * u;
    }

    static double dv(double u) {
        return -4 * EB * u * (1 - u * u / (A * A)) / (A * A) + C;
    }

    static double root(double x) {
        for (int i = 0; i < 100; i++) {
            x -= dv(x) / (-4 * EB * (1 - 3 * x * x / (A * A)) / (A * A));
        }
        return x;
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "examples").resolve("neb");
        double ua = root(-A), us = root(0), ub = root(A);
        int before = 3, after = 3;
        double[] u = new double[before + after + 1];
        for (int i = 0; i <= before; i++) {
            u[i] = ua + (us - ua) * i / before;
        }
        for (int i = 1; i <= after; i++) {
            u[before + i] = us + (ub - us) * i / after;
        }
        StringBuilder xyz = new StringBuilder();
        for (int i = 0; i < u.length; i++) {
            double x = u[i] < 0 ? u[i] + L : u[i];
            double[][] p = {{x, 5, 5}, {2, 2, 2}, {7, 3, 8}};
            double[][] f = {{-dv(u[i]), 0, 0}, {0, 0, 0}, {0, 0, 0}};
            double e = v(u[i]) - 20.0;
            Path d = out.resolve("double_well").resolve(String.format(Locale.ROOT, "%02d", i));
            Files.createDirectories(d);
            StringBuilder pos = new StringBuilder("synthetic double-well NEB image " + i + "\n1.0\n");
            pos.append("  10.0 0.0 0.0\n  0.0 10.0 0.0\n  0.0 0.0 10.0\nLi O\n1 2\nDirect\n");
            for (double[] r : p) {
                pos.append(String.format(Locale.ROOT, "  %.12f %.12f %.12f%n", r[0] / L, r[1] / L, r[2] / L));
            }
            Files.writeString(d.resolve(i == 0 || i == u.length - 1 ? "POSCAR" : "CONTCAR"), pos.toString());
            StringBuilder o = new StringBuilder(" synthetic OUTCAR for ionhop's NEB example (tools/SyntheticNebBand.java)\n");
            o.append(String.format(Locale.ROOT, "  free  energy   TOTEN  =       %.10f eV%n%n", e));
            o.append(" POSITION                                       TOTAL-FORCE (eV/Angst)\n");
            o.append(" -----------------------------------------------------------------------------------\n");
            for (int a = 0; a < 3; a++) {
                o.append(String.format(Locale.ROOT, "  %12.5f %12.5f %12.5f   %14.8f %14.8f %14.8f%n", p[a][0], p[a][1],
                        p[a][2], f[a][0], f[a][1], f[a][2]));
            }
            o.append(" -----------------------------------------------------------------------------------\n");
            Files.writeString(d.resolve("OUTCAR"), o.toString());
            xyz.append("3\n").append(String.format(Locale.ROOT, "Lattice=\"10.0 0.0 0.0 0.0 10.0 0.0 0.0 0.0 10.0\" "
                    + "Properties=species:S:1:pos:R:3:forces:R:3 energy=%.10f pbc=\"T T T\"%n", e));
            String[] sp = {"Li", "O", "O"};
            for (int a = 0; a < 3; a++) {
                xyz.append(String.format(Locale.ROOT, "%-2s %15.10f %15.10f %15.10f %15.10f %15.10f %15.10f%n", sp[a],
                        p[a][0], p[a][1], p[a][2], f[a][0], f[a][1], f[a][2]));
            }
        }
        Files.writeString(out.resolve("double_well_band.xyz"), xyz.toString());
        // network: site A at the initial minimum, site B at the final one; the hop from A to B crosses x = 0
        double ea = 0.0, eb = v(ub) - v(ua);
        double saddle = 0.5 * (ea + eb) + 0.30;
        String net = String.format(Locale.ROOT, """
                {
                  "format": "ionhop-site-network",
                  "version": 1,
                  "source": "synthetic double well (tools/SyntheticNebBand.java), bond-valence-like E_KRA 0.30 eV",
                  "ion": "Li",
                  "charge": 1.0,
                  "energy_unit": "eV",
                  "length_unit": "Å",
                  "lattice": [[10.0, 0.0, 0.0], [0.0, 10.0, 0.0], [0.0, 0.0, 10.0]],
                  "sites": [
                    {"index": 0, "frac": [%.10f, 0.5, 0.5], "energy_eV": %.10f, "type": "A"},
                    {"index": 1, "frac": [%.10f, 0.5, 0.5], "energy_eV": %.10f, "type": "B"}
                  ],
                  "hops": [
                    {"from": 0, "to": 1, "image": [1, 0, 0], "saddle_energy_eV": %.10f, "type": "h0"},
                    {"from": 1, "to": 0, "image": [0, 0, 0], "saddle_energy_eV": %.10f, "type": "h1"}
                  ]
                }
                """, (ua + L) / L, ea, ub / L, eb, saddle, 0.5 * (ea + eb) + 0.45);
        Files.writeString(out.resolve("double_well_network.json"), net);
        System.out.printf(Locale.ROOT, "exact forward barrier %.6f eV, reverse %.6f eV, E_KRA %.6f eV, saddle at u = %.6f Å%n",
                v(us) - v(ua), v(us) - v(ub), v(us) - 0.5 * (v(ua) + v(ub)), us);
    }
}
