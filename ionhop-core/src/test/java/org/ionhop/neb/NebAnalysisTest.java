package org.ionhop.neb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ionhop.io.InputFormatException;
import org.ionhop.network.NetworkHop;
import org.ionhop.network.NetworkSite;
import org.ionhop.network.SiteNetwork;
import org.ionhop.structure.Lattice;

/** NEB analysis against a band on an analytic double-well surface whose barrier is known exactly. */
class NebAnalysisTest {
    @TempDir
    Path tmp;

    private static final NebSettings PLAIN = NebSettings.defaults().withClimbingImage(false);

    @Test
    void hermiteReproducesACubicAndItsMaximumExactly() {
        double[] s = {0, 0.4, 0.9, 1.5};
        double[] e = new double[4];
        double[] d = new double[4];
        for (int i = 0; i < 4; i++) {
            e[i] = cubic(s[i]);
            d[i] = 3 * s[i] * s[i] - 4 * s[i] + 0.5;
        }
        HermiteProfile p = new HermiteProfile(s, e, d);
        for (double x = 0; x <= 1.5; x += 0.013) {
            assertThat(p.value(x)).isCloseTo(cubic(x), within(1e-12));
        }
        // f' = 3s² - 4s + 1/2 = 0: local maximum at the smaller root
        double sMax = (4 - Math.sqrt(16 - 6)) / 6;
        double[] m = p.maximum();
        assertThat(m[0]).isCloseTo(sMax, within(1e-12));
        assertThat(m[1]).isCloseTo(cubic(sMax), within(1e-12));
    }

    private static double cubic(double s) {
        return s * s * s - 2 * s * s + 0.5 * s + 1;
    }

    @Test
    void evenlySpacedBandGivesTheExactBarrierWithinTheSplineErrorBound() throws Exception {
        DoubleWellBand w = new DoubleWellBand(0.4, 1.2, 0.05, 2.0, 3, 3, true);
        w.writeVasp(tmp.resolve("vasp"), null);
        w.writeExtXyz(tmp.resolve("band.xyz"));
        NebResult vasp = NebAnalysis.run(tmp.resolve("vasp"), PLAIN);
        NebResult xyz = NebAnalysis.run(tmp.resolve("band.xyz"), PLAIN);
        double h = w.u[1] - w.u[0];
        // Hermite error bound h⁴ max|V''''| / 384 with V'''' = 24 Eb / a⁴ (a quartic), plus the 1e-8 eV/Å force
        // rounding of the OUTCAR times h
        double bound = Math.pow(h, 4) * 24 * w.eb / Math.pow(w.a, 4) / 384 + 1e-7;
        for (NebResult r : List.of(vasp, xyz)) {
            assertThat(r.barrierForwardEv()).isCloseTo(w.exactForward(), within(bound));
            assertThat(r.barrierReverseEv()).isCloseTo(w.exactReverse(), within(bound));
            // the images alone miss the saddle by far more than the bound: the spline is doing the work
            assertThat(w.exactForward() - r.images().get(3).energyEv()).isGreaterThan(5 * bound);
            double saddleS = w.root(0) - w.u[0];
            assertThat(r.saddleReactionCoordinateA())
                    .isCloseTo(saddleS, within(2 * Math.sqrt(bound / Math.abs(w.d2Edu2(w.root(0))))));
            assertThat(r.saddleImage()).isEqualTo(3);
            for (int i = 0; i < w.size(); i++) {
                // only the Li moves, along x: the coordinate is |u_i - u_0|, across the cell boundary
                assertThat(r.images().get(i).reactionCoordinateA()).isCloseTo(w.u[i] - w.u[0], within(1e-9));
                assertThat(r.images().get(i).forceParallelEvA()).isCloseTo(-w.dEdu(w.u[i]), within(1e-7));
            }
            assertThat(r.convergence()).isEqualTo(NebConvergence.CONVERGED);
            assertThat(r.endpointsAreMinima()).isTrue();
            assertThat(r.movingAtom()).isZero();
            assertThat(r.movingSpecies()).isEqualTo("Li");
            assertThat(r.movingDisplacementA()[0]).isCloseTo(w.u[w.size() - 1] - w.u[0], within(1e-9));
            assertThat(r.reactionEnergyEv()).isCloseTo(w.exactForward() - w.exactReverse(), within(1e-9));
        }
        // the bound shrinks as h⁴: with twice the images the error obeys the 16 times smaller bound
        DoubleWellBand fine = new DoubleWellBand(0.4, 1.2, 0.05, 2.0, 6, 6, true);
        fine.writeExtXyz(tmp.resolve("fine.xyz"));
        double hFine = fine.u[1] - fine.u[0];
        double boundFine = Math.pow(hFine, 4) * 24 * fine.eb / Math.pow(fine.a, 4) / 384;
        assertThat(NebAnalysis.run(tmp.resolve("fine.xyz"), PLAIN).barrierForwardEv())
                .isCloseTo(fine.exactForward(), within(boundFine + 1e-9));
        assertThat(boundFine).isLessThan(bound / 15);
    }

    @Test
    void climbingImageAtTheSaddleIsConvergedAndExact() throws Exception {
        DoubleWellBand w = new DoubleWellBand(0.3, 1.0, -0.04, 2.0, 3, 2, false);
        w.writeVasp(tmp.resolve("ci"), null);
        NebResult r = NebAnalysis.run(tmp.resolve("ci"), NebSettings.defaults());
        assertThat(r.highestImage()).isEqualTo(3);
        assertThat(r.images().get(3).climbing()).isTrue();
        assertThat(r.convergence()).isEqualTo(NebConvergence.CONVERGED);
        assertThat(r.maxForceEvA()).isLessThan(1e-7);
        assertThat(r.barrierForwardEv()).isCloseTo(w.exactForward(), within(1e-8));
        assertThat(r.barrierReverseEv()).isCloseTo(w.exactReverse(), within(1e-8));
        assertThat(r.kraEv()).isCloseTo(0.5 * (w.exactForward() + w.exactReverse()), within(1e-8));
    }

    @Test
    void bandOffThePathOrWithPerturbedForcesIsFlagged() throws Exception {
        DoubleWellBand w = new DoubleWellBand(0.3, 1.0, -0.04, 2.0, 3, 2, false);
        w.offPath[2][0] = 0.1;
        w.writeVasp(tmp.resolve("off"), null);
        NebResult off = NebAnalysis.run(tmp.resolve("off"), NebSettings.defaults());
        assertThat(off.convergence()).isEqualTo(NebConvergence.NOT_CONVERGED);
        // at least k dy = 0.2 eV/Å on the displaced image; its neighbours' tangents tilt too
        assertThat(off.maxForceEvA()).isGreaterThan(0.15);
        assertThat(off.images().get(2).maxPerpendicularForceEvA()).isGreaterThan(0.15);

        DoubleWellBand clean = new DoubleWellBand(0.3, 1.0, -0.04, 2.0, 3, 2, false);
        double[][][] noise = new double[clean.size()][3][3];
        Random rnd = new Random(17);
        for (int i = 1; i < clean.size() - 1; i++) {
            for (int at = 0; at < 3; at++) {
                for (int x = 0; x < 3; x++) {
                    noise[i][at][x] = 0.1 * rnd.nextGaussian();
                }
            }
        }
        clean.writeVasp(tmp.resolve("noisy"), noise);
        NebResult noisy = NebAnalysis.run(tmp.resolve("noisy"), NebSettings.defaults());
        assertThat(noisy.convergence()).isEqualTo(NebConvergence.NOT_CONVERGED);
        assertThat(NebAnalysis.run(tmp.resolve("noisy"), NebSettings.defaults().withForceThresholdEvA(1.0))
                .convergence()).isEqualTo(NebConvergence.CONVERGED);
    }

    @Test
    void endPointThatIsNoMinimumIsFlagged() throws Exception {
        DoubleWellBand w = new DoubleWellBand(0.4, 1.2, 0.05, 2.0, 3, 3, true);
        w.writeVasp(tmp.resolve("b"), null);
        // drop image 00 and renumber: the band now starts on the slope
        Path cut = tmp.resolve("cut");
        for (int i = 1; i < w.size(); i++) {
            Path to = cut.resolve(String.format("%02d", i - 1));
            Files.createDirectories(to);
            try (var files = Files.list(tmp.resolve("b").resolve(String.format("%02d", i)))) {
                for (Path f : files.toList()) {
                    Files.copy(f, to.resolve(f.getFileName()));
                }
            }
        }
        NebResult r = NebAnalysis.run(cut, PLAIN);
        assertThat(r.endpointsAreMinima()).isFalse();
    }

    @Test
    void missingEndPointEnergyIsReportedAndOszicarIsRead() throws Exception {
        DoubleWellBand w = new DoubleWellBand(0.4, 1.2, 0.05, 2.0, 3, 3, true);
        Path dir = tmp.resolve("vasp");
        w.writeVasp(dir, null);
        Files.delete(dir.resolve("06/OUTCAR"));
        assertThatThrownBy(() -> NebBand.read(dir)).isInstanceOf(InputFormatException.class)
                .hasMessageContaining("06").hasMessageContaining("OUTCAR or OSZICAR");
        Files.writeString(dir.resolve("06/OSZICAR"), "   1 F= -.10000000E+01 E0= -.99E+00  d E =-.1E+01\n"
                + String.format(java.util.Locale.ROOT, "   2 F= %.10f E0= %.10f  d E =-.1E-05%n",
                w.imageEnergy(6), w.imageEnergy(6)));
        NebResult r = NebAnalysis.run(dir, PLAIN);
        assertThat(r.reactionEnergyEv()).isCloseTo(w.exactForward() - w.exactReverse(), within(1e-9));
        assertThat(r.notes()).anyMatch(n -> n.contains("image 6"));
    }

    @Test
    void bandIsMatchedToItsNetworkHopAndSubstituted() throws Exception {
        DoubleWellBand w = new DoubleWellBand(0.3, 1.0, -0.04, 2.0, 3, 2, false);
        w.writeExtXyz(tmp.resolve("band.xyz"));
        NebResult r = NebAnalysis.run(tmp.resolve("band.xyz"), NebSettings.defaults());
        double l = DoubleWellBand.L;
        Lattice lat = Lattice.fromParameters(l, l, l, 90, 90, 90);
        double fa = (w.root(-w.a) + l) / l;
        double fb = w.root(w.a) / l;
        double y = DoubleWellBand.Y0 / l;
        List<NetworkSite> sites = List.of(new NetworkSite(new double[] {fa, y, y}, 0.02, "A"),
                new NetworkSite(new double[] {fb + 0.01, y, y}, 0.0, "B"),
                new NetworkSite(new double[] {0.5, 0.1, 0.1}, 0.1, "C"));
        // hop 0 is a decoy (B to C); hop 1 runs from B to A across the boundary, i.e. the band reversed
        List<NetworkHop> hops = List.of(new NetworkHop(1, 2, new int[] {0, 0, 0}, 0.5, "h0"),
                new NetworkHop(1, 0, new int[] {-1, 0, 0}, 0.45, "h1"),
                new NetworkHop(2, 2, new int[] {1, 0, 0}, 0.6, "h1"));
        SiteNetwork net = new SiteNetwork(lat, "Li", 1, sites, hops, "test");
        NetworkMatch m = NebNetworks.match(r, net, 0.5).orElseThrow();
        assertThat(m.hopIndex()).isEqualTo(1);
        assertThat(m.reversed()).isTrue();
        assertThat(m.mismatchA()).isCloseTo(0.1, within(1e-6));
        assertThat(m.networkKraEv()).isCloseTo(0.44, within(1e-12));
        assertThat(m.deltaEv()).isCloseTo(r.kraEv() - 0.44, within(1e-12));
        assertThat(NebNetworks.match(r, net, 0.05)).isEmpty();
        SiteNetwork sub = NebNetworks.substitute(net, m, false);
        assertThat(sub.kraEv(sub.hops().get(1))).isCloseTo(r.kraEv(), within(1e-12));
        assertThat(sub.hops().get(0).saddleEnergyEv()).isEqualTo(0.5);
        assertThat(sub.hops().get(2).saddleEnergyEv()).isEqualTo(0.6);
        SiteNetwork all = NebNetworks.substitute(net, m, true);
        assertThat(all.kraEv(all.hops().get(2))).isCloseTo(r.kraEv(), within(1e-12));
    }
}
