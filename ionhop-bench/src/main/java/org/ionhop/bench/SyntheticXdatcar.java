package org.ionhop.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a large synthetic VASP 5 XDATCAR for the trajectory benchmarks: {@code mobile} Li ions on Brownian walks
 * (D = 0.1 Å²/ps, 0.1 ps between frames) among {@code framework} O atoms vibrating about fixed sites, in a cube of
 * side 40 Å. Numbers are formatted by hand (8 decimals) because String.format would dominate the run.
 *
 * <p>Usage: {@code java -cp ionhop-bench/target/benchmarks.jar org.ionhop.bench.SyntheticXdatcar OUT MOBILE FRAMEWORK
 * FRAMES [SEED]}; 1000 Li + 250 O over 100 000 frames is 4.1 GB.
 */
public final class SyntheticXdatcar {
    private SyntheticXdatcar() {
    }

    /** Entry point. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int mobile = Integer.parseInt(args[1]);
        int framework = Integer.parseInt(args[2]);
        int frames = Integer.parseInt(args[3]);
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 1;
        write(out, mobile, framework, frames, seed);
    }

    /** Writes the file. */
    public static void write(Path path, int mobile, int framework, int frames, long seed) throws IOException {
        double a = 40.0;
        double stepFrac = Math.sqrt(2 * 0.1 * 0.1) / a;
        double vibFrac = 0.1 / a;
        SplittableRandom r = new SplittableRandom(seed);
        int n = mobile + framework;
        double[] pos = new double[3 * n];
        for (int i = 0; i < pos.length; i++) {
            pos[i] = r.nextDouble();
        }
        byte[] line = new byte[64];
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(path), 1 << 20)) {
            o.write(("synthetic benchmark trajectory\n1.0\n" + a + " 0 0\n0 " + a + " 0\n0 0 " + a + "\nLi O\n" + mobile
                    + " " + framework + "\n").getBytes(StandardCharsets.US_ASCII));
            for (int t = 0; t < frames; t++) {
                o.write(("Direct configuration= " + (t + 1) + "\n").getBytes(StandardCharsets.US_ASCII));
                for (int i = 0; i < n; i++) {
                    int len = 0;
                    for (int k = 0; k < 3; k++) {
                        double v;
                        if (i < mobile) {
                            if (t > 0) {
                                pos[3 * i + k] += stepFrac * gaussian(r);
                            }
                            v = pos[3 * i + k];
                        } else {
                            v = pos[3 * i + k] + vibFrac * gaussian(r);
                        }
                        v -= Math.floor(v);
                        len = fixed(v, line, len);
                    }
                    line[len++] = '\n';
                    o.write(line, 0, len);
                }
            }
        }
    }

    private static double gaussian(SplittableRandom r) {
        double u = 1 - r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    /** Appends " 0.dddddddd" for v in [0, 1). */
    private static int fixed(double v, byte[] b, int at) {
        long q = Math.min(99_999_999L, Math.round(v * 1e8));
        b[at++] = ' ';
        b[at++] = '0';
        b[at++] = '.';
        for (int d = 7; d >= 0; d--) {
            b[at + d] = (byte) ('0' + q % 10);
            q /= 10;
        }
        return at + 8;
    }
}
