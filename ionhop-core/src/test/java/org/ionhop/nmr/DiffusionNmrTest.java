package org.ionhop.nmr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ionhop.io.InputFormatException;
import org.ionhop.structure.Element;
import org.ionhop.structure.Structure;
import org.ionhop.structure.StructureReader;
import org.ionhop.transport.NernstEinstein;
import org.ionhop.units.Constants;
import org.ionhop.units.Units;

/** Stejskal-Tanner, Haven ratio, lineshapes and the NMR table format. */
class DiffusionNmrTest {
    @TempDir
    Path tmp;

    private static double gauss(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    @Test
    void bValueByHand() {
        // gamma g delta = 1e8 * 1 * 1e-3 = 1e5; b = 1e10 * (0.02 - 0.001/3)
        assertThat(StejskalTanner.bValue(1e8, 1, 1e-3, 0.02)).isCloseTo(1e10 * (0.02 - 1e-3 / 3), within(1e-3));
    }

    @Test
    void stejskalTannerRecoversDiffusivityWithinErrors() {
        double d = 2.5e-12; // m^2/s
        double gamma = Constants.GYROMAGNETIC_RATIO_7LI_RAD_PER_S_T;
        double delta = 2e-3;
        double bigDelta = 0.05;
        int within1 = 0;
        int seeds = 40;
        for (long seed = 1; seed <= seeds; seed++) {
            SplittableRandom rnd = new SplittableRandom(seed);
            double[] g = new double[16];
            double[] s = new double[16];
            for (int i = 0; i < g.length; i++) {
                g[i] = 0.5 * i;
                double b = StejskalTanner.bValue(gamma, g[i], delta, bigDelta);
                s[i] = 1000 * Math.exp(-d * b) + 5 * gauss(rnd);
            }
            StejskalTanner f = StejskalTanner.fitGradients(g, s, gamma, delta, bigDelta);
            assertThat(Math.abs(f.diffusivityM2PerS() - d)).isLessThan(4 * f.diffusivityErrM2PerS());
            within1 += Math.abs(f.diffusivityM2PerS() - d) <= f.diffusivityErrM2PerS() ? 1 : 0;
            assertThat(f.diffusivityCm2PerS()).isCloseTo(f.diffusivityM2PerS() * 1e4, within(1e-20));
        }
        // 68 % expected within 1 sigma; binomial sd for 40 trials is 7 %: 45-90 % is > 3 sd wide each side
        assertThat(within1 / (double) seeds).isBetween(0.45, 0.90);
    }

    @Test
    void havenRatioInvertsNernstEinstein() {
        double n = 0.02;
        double t = 400;
        double dStar = 1e-8; // cm^2/s
        double h = 0.4;
        // sigma from D* with H_R = 0.4: sigma = n q^2 D* / (H_R k T)
        double sigma = NernstEinstein.conductivitySPerCm(n, 1, Units.cm2PerSToA2PerPs(dStar) / h, t);
        HavenRatio hr = HavenRatio.of(dStar, 0.05 * dStar, sigma, 0.03 * sigma, n, 1, t);
        assertThat(hr.havenRatio()).isCloseTo(h, within(1e-12));
        assertThat(hr.havenRatioErr()).isCloseTo(h * Math.hypot(0.05, 0.03), within(1e-12));
        assertThat(hr.chargeDiffusivityCm2PerS()).isCloseTo(dStar / h, within(1e-20));
    }

    @Test
    void carrierDensityFromAStructure() {
        Structure s = StructureReader.read(Path.of("../examples/LiFePO4_pymatgen.cif"));
        // four Li per olivine cell
        assertThat(HavenRatio.carrierDensityPerA3(s, Element.Li)).isCloseTo(4 / s.volume(), within(1e-12));
        assertThatThrownBy(() -> HavenRatio.carrierDensityPerA3(s, Element.Na))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void twoComponentLineGivesItsAreaFractions() {
        // a narrow mobile (Lorentzian) and a broad rigid (Gaussian) component, 30 % / 70 % of the area
        SplittableRandom rnd = new SplittableRandom(4);
        int n = 400;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = -10 + 20.0 * i / (n - 1);
            y[i] = 30 * LineShape.LORENTZIAN.value(x[i], 0.2, 0.5, 0) + 70 * LineShape.GAUSSIAN.value(x[i], -0.5, 4, 0)
                    + 0.05 * gauss(rnd);
        }
        LineshapeFit f = LineshapeFit.fit(x, y, List.of(LineShape.LORENTZIAN, LineShape.GAUSSIAN), null);
        assertThat(Math.abs(f.fractions()[0] - 0.3)).isLessThan(3 * f.fractionErrs()[0]);
        assertThat(f.fractionErrs()[0]).isLessThan(0.01);
        assertThat(f.fractions()[0] + f.fractions()[1]).isCloseTo(1, within(1e-12));
        assertThat(Math.abs(f.centres()[0] - 0.2)).isLessThan(3 * f.centreErrs()[0]);
        assertThat(Math.abs(f.widths()[1] - 4)).isLessThan(3 * f.widthErrs()[1]);
    }

    @Test
    void shapesHaveUnitAreaAndTheirWidth() {
        for (LineShape s : LineShape.values()) {
            double area = 0;
            double dx = 1e-3;
            for (double x = -2000; x <= 2000; x += dx) {
                area += s.value(x, 1, 2, 0.4) * dx;
            }
            // Lorentzian tails beyond +/-2000 hold 2 w / (pi 4000) ~ 3e-4 of the area
            assertThat(area).isCloseTo(1, within(5e-4));
            double peak = s.value(1, 1, 2, 0.4);
            assertThat(s.value(2, 1, 2, 0.4)).isCloseTo(peak / 2, within(1e-12));
        }
        assertThat(LineShape.parse("PV")).isEqualTo(LineShape.PSEUDO_VOIGT);
        assertThatThrownBy(() -> LineShape.parse("sinc")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tableFormatAndErrors() throws Exception {
        Path f = tmp.resolve("t1.txt");
        Files.writeString(f, "# 7Li T1\n# larmor_MHz = 116.6\nT_K rate_per_s err\n300 1.5 0.1\n320, 2.5, 0.2\n");
        NumericTable t = NumericTable.read(f);
        assertThat(t.names()).containsExactly("T_K", "rate_per_s", "err");
        assertThat(t.column(1)).containsExactly(1.5, 2.5);
        assertThat(t.number("larmor_mhz")).isEqualTo(116.6);
        assertThat(t.number("lock_khz")).isNaN();
        Files.writeString(f, "300 1.5\n320 x\n");
        assertThatThrownBy(() -> NumericTable.read(f)).isInstanceOf(InputFormatException.class)
                .hasMessageContaining("line 2").hasMessageContaining("'x'");
        Files.writeString(f, "300 1.5\n320\n");
        assertThatThrownBy(() -> NumericTable.read(f)).isInstanceOf(InputFormatException.class)
                .hasMessageContaining("line 2");
        Files.writeString(f, "# nothing\n");
        assertThatThrownBy(() -> NumericTable.read(f)).isInstanceOf(InputFormatException.class)
                .hasMessageContaining("none");
    }
}
