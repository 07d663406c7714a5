// SPDX-License-Identifier: this project's own licence (see the repository root).
//
// Writes the small inputs of the README's `nmr` and vasprun/LAMMPS `md` examples, each with a known answer:
//
//   examples/nmr/li_t1.txt     7Li T1 rates, BPP (Bloembergen, Purcell, Pound 1948) at 116.6 MHz with
//                              E_a = 0.30 eV, tau_0 = 1e-13 s, C = 5e9 s^-2, 1 % noise; 200-400 K
//   examples/nmr/decay.txt     7Li PFG echo decay, gradients in T/m, delta = 2 ms, Delta = 50 ms,
//                              D* = 2.0e-12 m^2/s (2.0e-8 cm^2/s), 0.5 % noise
//   examples/nmr/li_mas.txt    7Li MAS line: Lorentzian at 1.2 ppm (FWHM 0.8, 30 % of the area) and Gaussian at
//                              0.4 ppm (FWHM 3.0, 70 %), noise 0.2 % of the peak
//   examples/md/randomwalk_600K_vasprun.xml.gz, randomwalk_800K_vasprun.xml.gz
//                              16 Li doing Gaussian random walks with D* = 5e-5 (600 K) and 1.5e-4 cm^2/s (800 K),
//                              i.e. E_a = k_B ln 3 / (1/600 K - 1/800 K) = 0.227 eV, among 8 immobile S, in a cubic
//                              8 Å cell, 200 frames every POTIM = 2 fs (TEBEG gives T)
//   examples/md/randomwalk.lammpstrj
//                              16 Li (type 1) with D* = 1e-5 cm^2/s among 4 P (type 2) and 8 S (type 3), 10 Å cell,
//                              unwrapped xu yu zu, 200 frames every 100 steps (1 fs: 0.1 ps per frame)
//
// A Gaussian walk is diffusive at every lag: <r^2(t)> = 6 D t, each Cartesian step N(0, 2 D dt).
// Noise and walks use java.util.Random with fixed seeds, so the files are reproducible.
//
// Run from the repository root:  java tools/SyntheticNmrAndMd.java examples
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

public final class SyntheticNmrAndMd {
    static final double KB_EV = 8.617333262e-5;
    static final double GAMMA_7LI = 10.3977013e7;   // rad s^-1 T^-1

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "examples");
        Path nmr = root.resolve("nmr");
        Path md = root.resolve("md");
        Files.createDirectories(nmr);
        Files.createDirectories(md);
        t1(nmr.resolve("li_t1.txt"));
        pfg(nmr.resolve("decay.txt"));
        mas(nmr.resolve("li_mas.txt"));
        vasprun(md.resolve("randomwalk_600K_vasprun.xml.gz"), 600, 5e-5, 600);
        vasprun(md.resolve("randomwalk_800K_vasprun.xml.gz"), 800, 1.5e-4, 800);
        lammps(md.resolve("randomwalk.lammpstrj"));
    }

    /** BPP: 1/T1 = C [J(w) + 4 J(2w)], J(w) = tau / (1 + (w tau)^2), tau = tau0 exp(E_a / k_B T). */
    static void t1(Path out) throws IOException {
        Random rnd = new Random(181);
        double w = 2 * Math.PI * 116.6e6;
        StringBuilder s = new StringBuilder("# kind = t1\n# larmor_mhz = 116.6\n"
                + "# synthetic (tools/SyntheticNmrAndMd.java): BPP, E_a = 0.30 eV, tau0 = 1e-13 s, C = 5e9 s^-2\n"
                + "T_K rate_per_s\n");
        for (int t = 200; t <= 400; t += 10) {
            double tau = 1e-13 * Math.exp(0.30 / (KB_EV * t));
            double j1 = tau / (1 + w * w * tau * tau);
            double j2 = tau / (1 + 4 * w * w * tau * tau);
            double rate = 5e9 * (j1 + 4 * j2) * (1 + 0.01 * rnd.nextGaussian());
            s.append(String.format(Locale.ROOT, "%d %.6e%n", t, rate));
        }
        Files.writeString(out, s.toString());
    }

    /** Stejskal-Tanner: S = S0 exp(-D b), b = (gamma g delta)^2 (Delta - delta/3). */
    static void pfg(Path out) throws IOException {
        Random rnd = new Random(182);
        double d = 2.0e-12;
        double delta = 2e-3;
        double bigDelta = 50e-3;
        StringBuilder s = new StringBuilder("# kind = pfg\n# nucleus = 7Li\n"
                + "# synthetic (tools/SyntheticNmrAndMd.java): D* = 2.0e-12 m^2/s, delta = 2 ms, Delta = 50 ms\n"
                + "g_T_per_m signal\n");
        for (int i = 0; i <= 15; i++) {
            double g = 0.1 * i;
            double q = GAMMA_7LI * g * delta;
            double b = q * q * (bigDelta - delta / 3);
            double sig = 1000 * Math.exp(-d * b) * (1 + 0.005 * rnd.nextGaussian());
            s.append(String.format(Locale.ROOT, "%.3f %.6e%n", g, sig));
        }
        Files.writeString(out, s.toString());
    }

    /** Lorentzian (area 0.3) plus Gaussian (area 0.7), both unit-area shapes times the area. */
    static void mas(Path out) throws IOException {
        Random rnd = new Random(183);
        StringBuilder s = new StringBuilder("# synthetic (tools/SyntheticNmrAndMd.java): Lorentzian 1.2 ppm FWHM 0.8 "
                + "(30 %), Gaussian 0.4 ppm FWHM 3.0 (70 %)\nppm intensity\n");
        double gl = 0.8 / 2;
        double sg = 3.0 / (2 * Math.sqrt(2 * Math.log(2)));
        double peak = 0.3 / (Math.PI * gl) + 0.7 / (sg * Math.sqrt(2 * Math.PI));
        for (int i = 0; i <= 200; i++) {
            double x = -10 + 0.1 * i;
            double l = 0.3 * gl / (Math.PI * ((x - 1.2) * (x - 1.2) + gl * gl));
            double g = 0.7 * Math.exp(-(x - 0.4) * (x - 0.4) / (2 * sg * sg)) / (sg * Math.sqrt(2 * Math.PI));
            s.append(String.format(Locale.ROOT, "%.2f %.6f%n", x, l + g + 0.002 * peak * rnd.nextGaussian()));
        }
        Files.writeString(out, s.toString());
    }

    /** Unwrapped Cartesian walks of n ions, steps N(0, 2 D dt) per axis (D in Å^2/ps, dt in ps). */
    static double[][][] walk(long seed, int n, int frames, double dA2PerPs, double dtPs, double box) {
        Random rnd = new Random(seed);
        double sigma = Math.sqrt(2 * dA2PerPs * dtPs);
        double[][][] r = new double[frames][n][3];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < 3; k++) {
                r[0][i][k] = box * rnd.nextDouble();
            }
        }
        for (int f = 1; f < frames; f++) {
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < 3; k++) {
                    r[f][i][k] = r[f - 1][i][k] + sigma * rnd.nextGaussian();
                }
            }
        }
        return r;
    }

    /** A minimal vasprun.xml: parameters (POTIM, TEBEG), atominfo, one calculation per frame. */
    static void vasprun(Path out, double t, double dCm2PerS, long seed) throws IOException {
        int li = 16;
        int frames = 200;
        double box = 8.0;
        double potimFs = 2;
        double[][][] r = walk(seed, li, frames, dCm2PerS * 1e4, potimFs * 1e-3, box);
        double[][] s = {{0, 0, 0}, {0.5, 0.5, 0}, {0.5, 0, 0.5}, {0, 0.5, 0.5}, {0.5, 0.5, 0.5}, {0, 0, 0.5},
            {0, 0.5, 0}, {0.5, 0, 0}};
        try (Writer w0 = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out)),
                StandardCharsets.UTF_8); PrintWriter w = new PrintWriter(w0)) {
            w.print("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<modeling>\n");
            w.print("<!-- synthetic (tools/SyntheticNmrAndMd.java): 16 Li random walks, D* = " + dCm2PerS
                    + " cm^2/s at " + t + " K; 8 immobile S -->\n");
            w.print(" <parameters>\n  <i name=\"POTIM\">      " + potimFs + "</i>\n  <i name=\"TEBEG\">    " + t
                    + "</i>\n  <i name=\"TEEND\">    " + t + "</i>\n </parameters>\n");
            w.print(" <atominfo>\n  <atoms>" + (li + s.length) + "</atoms>\n  <types>2</types>\n"
                    + "  <array name=\"atoms\">\n   <dimension dim=\"1\">ion</dimension>\n"
                    + "   <field type=\"string\">element</field>\n   <field type=\"int\">atomtype</field>\n   <set>\n");
            for (int i = 0; i < li; i++) {
                w.print("    <rc><c>Li</c><c>   1</c></rc>\n");
            }
            for (int i = 0; i < s.length; i++) {
                w.print("    <rc><c>S </c><c>   2</c></rc>\n");
            }
            w.print("   </set>\n  </array>\n </atominfo>\n");
            for (int f = 0; f < frames; f++) {
                w.print(" <calculation>\n  <structure>\n   <crystal>\n    <varray name=\"basis\">\n");
                w.printf(Locale.ROOT, "     <v> %.8f 0.00000000 0.00000000 </v>%n", box);
                w.printf(Locale.ROOT, "     <v> 0.00000000 %.8f 0.00000000 </v>%n", box);
                w.printf(Locale.ROOT, "     <v> 0.00000000 0.00000000 %.8f </v>%n", box);
                w.print("    </varray>\n   </crystal>\n   <varray name=\"positions\">\n");
                for (int i = 0; i < li; i++) {
                    // VASP writes positions wrapped into the cell
                    double[] p = r[f][i];
                    w.printf(Locale.ROOT, "    <v> %.7f %.7f %.7f </v>%n", wrap(p[0] / box), wrap(p[1] / box),
                            wrap(p[2] / box));
                }
                for (double[] p : s) {
                    w.printf(Locale.ROOT, "    <v> %.7f %.7f %.7f </v>%n", p[0] + 0.25, p[1] + 0.25, p[2] + 0.25);
                }
                w.print("   </varray>\n  </structure>\n </calculation>\n");
            }
            w.print("</modeling>\n");
        }
    }

    static double wrap(double u) {
        return u - Math.floor(u);
    }

    /** A LAMMPS dump custom with unwrapped coordinates. */
    static void lammps(Path out) throws IOException {
        int li = 16;
        int frames = 200;
        double box = 10.0;
        double[][][] r = walk(184, li, frames, 1e-5 * 1e4, 0.1, box);
        Random rnd = new Random(185);
        double[][] host = new double[12][3];
        for (double[] h : host) {
            for (int k = 0; k < 3; k++) {
                h[k] = box * rnd.nextDouble();
            }
        }
        StringBuilder b = new StringBuilder();
        for (int f = 0; f < frames; f++) {
            b.append("ITEM: TIMESTEP\n").append(100L * f).append("\nITEM: NUMBER OF ATOMS\n").append(li + 12)
                    .append("\nITEM: BOX BOUNDS pp pp pp\n0 10\n0 10\n0 10\nITEM: ATOMS id type xu yu zu\n");
            for (int i = 0; i < li; i++) {
                b.append(String.format(Locale.ROOT, "%d 1 %.5f %.5f %.5f%n", i + 1, r[f][i][0], r[f][i][1],
                        r[f][i][2]));
            }
            for (int i = 0; i < 12; i++) {
                b.append(String.format(Locale.ROOT, "%d %d %.5f %.5f %.5f%n", li + i + 1, i < 4 ? 2 : 3, host[i][0],
                        host[i][1], host[i][2]));
            }
        }
        Files.writeString(out, b.toString());
    }
}
