package org.ionhop.impedance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ionhop.io.InputFormatException;
import org.ionhop.io.TextSource;
import org.ionhop.testing.RefData;

/** Every reference file, with the counts and first rows its README states; bad input with line numbers. */
class SpectrumReaderTest {
    @TempDir
    Path tmp;

    @Test
    void bioLogicMptFlipsMinusImZ() {
        Spectrum s = SpectrumReader.read(RefData.path("eis/impedancepy_exampleDataBioLogic.mpt"));
        assertThat(s.size()).isEqualTo(43);
        assertThat(s.frequency(0)).isEqualTo(1000.32010);
        assertThat(s.re(0)).isEqualTo(65.470886);
        assertThat(s.im(0)).isEqualTo(-0.38998979);
        assertThat(s.frequency(42)).isCloseTo(0.0169, within(0.0001));
    }

    @Test
    void gamryDtaTable() {
        Spectrum s = SpectrumReader.read(RefData.path("eis/impedancepy_exampleDataGamry.DTA"));
        assertThat(s.size()).isEqualTo(72);
        assertThat(s.frequency(0)).isEqualTo(200015.6);
        assertThat(s.re(0)).isEqualTo(825.8584);
        assertThat(s.im(0)).isEqualTo(-1367.239);
        assertThat(s.frequency(71)).isEqualTo(0.0158898);
    }

    @Test
    void gamryDecimalCommasAndAbortedRun() {
        String dta = "EXPLAIN\nTAG\tEISPOT\nTEMP\tQUANT\t25,0\tTemperature\nZCURVE\tTABLE\n\tPt\tTime\tFreq\tZreal\tZimag\n"
                + "\t#\ts\tHz\tohm\tohm\n\t0\t1\t100000,0\t10,5\t-3,25\n\t1\t2\t50000\t11,0\t-4,0\n"
                + "\t2\t3\t25000\t12\t-5\nEXPERIMENTABORTED\n";
        Spectrum s = SpectrumReader.read(TextSource.fromString("aborted.DTA", dta), ColumnMapping.DEFAULT);
        assertThat(s.size()).isEqualTo(3);
        assertThat(s.frequencyHz()).containsExactly(100000.0, 50000.0, 25000.0);
        assertThat(s.realOhm()).containsExactly(10.5, 11.0, 12.0);
        assertThat(s.imagOhm()).containsExactly(-3.25, -4.0, -5.0);
        assertThat(s.temperatureK()).isCloseTo(298.15, within(1e-9));
    }

    @Test
    void zplotFileColumnsZeroFourFive() {
        Spectrum s = SpectrumReader.read(RefData.path("eis/impedancepy_Circuit3_EIS_1.z"));
        assertThat(s.size()).isEqualTo(53);
        assertThat(s.frequency(0)).isEqualTo(1.5e5);
        assertThat(s.re(0)).isEqualTo(1493.7);
        assertThat(s.im(0)).isEqualTo(10.377);
    }

    @Test
    void headerlessCsvAndCapacitiveFilter() {
        Spectrum s = SpectrumReader.read(RefData.path("eis/impedancepy_exampleData.csv"));
        assertThat(s.size()).isEqualTo(66);
        assertThat(s.frequency(0)).isEqualTo(3.162299999999999833e-03);
        assertThat(s.capacitiveOnly().size()).isEqualTo(57);
    }

    @Test
    void neisysExportsWithTemperatureFromTheName() {
        int[] points = {42, 42, 42, 41, 41, 41, 40};
        for (int k = 0; k < 7; k++) {
            int c = 140 + 10 * k;
            Spectrum s = SpectrumReader.read(RefData.path("eis/eisfitpython_s04147_VT/s04147-" + c + "deg.txt"));
            assertThat(s.size()).isEqualTo(points[k]);
            assertThat(s.temperatureK()).isCloseTo(c + 273.15, within(1e-9));
        }
        Spectrum s = SpectrumReader.read(RefData.path("eis/eisfitpython_s04147_VT/s04147-140deg.txt"));
        assertThat(s.frequency(0)).isEqualTo(1e6);
        assertThat(s.re(0)).isEqualTo(2.21423e4);
        assertThat(s.im(0)).isEqualTo(-5.43115e4);
        // README says 49 points; the file holds 50 rows (the last has no newline), 44 with f >= 5 Hz as quoted
        Spectrum lagp = SpectrumReader.read(RefData.path("eis/eisfitpython_LAGP_Example2b.txt"));
        assertThat(lagp.size()).isEqualTo(50);
        assertThat(lagp.frequencyWindow(5, 1e7).size()).isEqualTo(44);
        assertThat(lagp.temperatureK()).isNaN();
    }

    @Test
    void columnMappingAndHeaderSign() throws Exception {
        Path f = tmp.resolve("mapped.txt");
        Files.writeString(f, "# T = 350 K\nZre;-Zim;freq\n10;2;1000\n11;3;100\n12;4;10\n");
        Spectrum s = SpectrumReader.read(f, new ColumnMapping(2, 0, 1, null));
        assertThat(s.frequencyHz()).containsExactly(1000.0, 100.0, 10.0);
        assertThat(s.imagOhm()).containsExactly(-2.0, -3.0, -4.0);
        assertThat(s.temperatureK()).isEqualTo(350.0);
        Spectrum forced = SpectrumReader.read(f, new ColumnMapping(2, 0, 1, false));
        assertThat(forced.imagOhm()).containsExactly(2.0, 3.0, 4.0);
    }

    @Test
    void semicolonTableWithDecimalCommas() throws Exception {
        Path f = tmp.resolve("de.csv");
        Files.writeString(f, "Frequenz;Re;Im\n1000,5;12,25;-3,5\n100;13;-4\n10;14,75;-5,125\n");
        Spectrum s = SpectrumReader.read(f);
        assertThat(s.frequencyHz()).containsExactly(1000.5, 100.0, 10.0);
        assertThat(s.realOhm()).containsExactly(12.25, 13.0, 14.75);
        assertThat(s.imagOhm()).containsExactly(-3.5, -4.0, -5.125);
    }

    @Test
    void badInputNamesTheLine() throws Exception {
        Path f = tmp.resolve("bad.csv");
        Files.writeString(f, "f,re,im\n1,2,-3\n2,3,-4\n3,x4,-5\n");
        assertThatThrownBy(() -> SpectrumReader.read(f)).isInstanceOf(InputFormatException.class)
                .hasMessageContaining("line 4").hasMessageContaining("x4");
        Files.writeString(f, "1,2,-3\n-2,3,-4\n3,4,-5\n");
        assertThatThrownBy(() -> SpectrumReader.read(f)).isInstanceOf(InputFormatException.class)
                .hasMessageContaining("line 2").hasMessageContaining("positive frequency");
        Files.writeString(f, "1,2,-3\n2,3\n3,4,-5\n");
        assertThatThrownBy(() -> SpectrumReader.read(f)).isInstanceOf(InputFormatException.class)
                .hasMessageContaining("line 2").hasMessageContaining("columns");
        Files.writeString(f, "1,2,-3\n2,3,-4\n");
        assertThatThrownBy(() -> SpectrumReader.read(f)).isInstanceOf(InputFormatException.class)
                .hasMessageContaining("at least 3");
        Files.writeString(f, "");
        assertThatThrownBy(() -> SpectrumReader.read(f)).isInstanceOf(InputFormatException.class)
                .hasMessageContaining("empty");
        Files.writeString(f, "EXPLAIN\nTAG\tEISPOT\n");
        assertThatThrownBy(() -> SpectrumReader.read(f)).isInstanceOf(InputFormatException.class)
                .hasMessageContaining("ZCURVE");
        Files.writeString(f, "EC-Lab ASCII FILE\nNb header lines : 4\n\nfreq/Hz\tRe(Z)/Ohm\tfoo\n1\t2\t3\n");
        assertThatThrownBy(() -> SpectrumReader.read(f)).isInstanceOf(InputFormatException.class)
                .hasMessageContaining("line 4").hasMessageContaining("-Im(Z)/Ohm");
        Files.writeString(f, "ZPLOT2 ASCII\nno end\n");
        assertThatThrownBy(() -> SpectrumReader.read(f)).isInstanceOf(InputFormatException.class)
                .hasMessageContaining("End Comments");
        assertThatThrownBy(() -> SpectrumReader.read(tmp.resolve("missing.z"))).isInstanceOf(InputFormatException.class)
                .hasMessageContaining("not found");
    }

    @Test
    void temperatureHints() {
        assertThat(TemperatureHint.find("s04147-140deg")).isEqualTo(413.15);
        assertThat(TemperatureHint.find("sample at 25 °C")).isEqualTo(298.15);
        assertThat(TemperatureHint.find("T = 400 K")).isEqualTo(400.0);
        assertThat(TemperatureHint.find("Temperature: 30 C")).isEqualTo(303.15);
        assertThat(TemperatureHint.find("LAGP dynamicVT, 1.12.2020, 14:42")).isNaN();
    }
}
