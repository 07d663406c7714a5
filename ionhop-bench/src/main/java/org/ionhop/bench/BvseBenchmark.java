package org.ionhop.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import org.ionhop.landscape.BvseSettings;
import org.ionhop.landscape.LandscapeAnalysis;
import org.ionhop.landscape.LandscapeResult;
import org.ionhop.landscape.OxidationStates;
import org.ionhop.landscape.SoftBvParameters;
import org.ionhop.structure.Element;
import org.ionhop.structure.Structure;
import org.ionhop.structure.StructureReader;

/**
 * The whole BVSE workflow (grid, percolation, sites, network, profiles) at the default 0.1 Å for the three
 * structures of the issue. Reference data from {@code -Dionhop.refdata=...} (default ../shared/refdata).
 * Run: {@code java -Dionhop.refdata=../shared/refdata -jar ionhop-bench/target/benchmarks.jar BvseBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class BvseBenchmark {
    @Param({"LiFePO4_pymatgen.cif", "LGPS_ccnb.cif", "LLZO_tetragonal_Masanobu13.cif"})
    public String structure;

    private Structure s;

    /** Reads the structure and assigns oxidation states once. */
    @Setup
    public void setup() {
        Path root = Path.of(System.getProperty("ionhop.refdata", "../shared/refdata"));
        s = OxidationStates.resolve(StructureReader.read(root.resolve("structures").resolve(structure)), null,
                SoftBvParameters.bundled());
    }

    /** One full run at 0.1 Å. */
    @Benchmark
    public LandscapeResult landscape() {
        return LandscapeAnalysis.run(s, BvseSettings.of(Element.Li), null);
    }
}
