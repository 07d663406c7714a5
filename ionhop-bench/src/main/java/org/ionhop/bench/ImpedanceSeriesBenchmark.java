package org.ionhop.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import org.ionhop.impedance.ArcAssignment;
import org.ionhop.impedance.Circuit;
import org.ionhop.impedance.Drt;
import org.ionhop.impedance.FitOptions;
import org.ionhop.impedance.Geometry;
import org.ionhop.impedance.LinKK;
import org.ionhop.impedance.Spectrum;
import org.ionhop.impedance.SpectrumReader;
import org.ionhop.impedance.TemperatureSeries;
import org.ionhop.transport.ArrheniusConvention;

/**
 * Batch fit of the s04147 temperature series (7 spectra, 40-42 points, circuit p(R1,CPE1)-p(R2,CPE2)-CPE3,
 * automatic starting values, neighbour seeding, multi-start where poor) with the three Arrhenius fits; and the
 * Lin-KK and DRT of one spectrum. Data from {@code examples/eis} (run from the repository root) or the folder in
 * the system property {@code ionhop.eis.dir}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ImpedanceSeriesBenchmark {
    private final List<Spectrum> spectra = new ArrayList<>();
    private final Circuit circuit = Circuit.parse("p(R1,CPE1)-p(R2,CPE2)-CPE3");

    /** Reads the seven spectra. */
    @Setup
    public void read() {
        Path dir = Path.of(System.getProperty("ionhop.eis.dir", "examples/eis"));
        for (int c = 140; c <= 200; c += 10) {
            spectra.add(SpectrumReader.read(dir.resolve("s04147-" + c + "deg.txt")));
        }
    }

    /** The whole series with Arrhenius fits. */
    @Benchmark
    public TemperatureSeries seriesFit() {
        return TemperatureSeries.fit(spectra, circuit, FitOptions.DEFAULT, Geometry.disc(0.8, 0.21),
                ArcAssignment.Order.CAPACITANCE, ArrheniusConvention.TIMES_T, (d, t) -> { });
    }

    /** Lin-KK of the 140 °C spectrum. */
    @Benchmark
    public LinKK linKK() {
        return LinKK.test(spectra.get(0));
    }

    /** DRT (GCV scan plus NNLS) of the 140 °C spectrum. */
    @Benchmark
    public Drt drt() {
        return Drt.compute(spectra.get(0));
    }
}
