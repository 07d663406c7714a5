package org.ionhop.bench;

import java.util.List;
import java.util.Map;
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

import org.ionhop.defects.BandEdges;
import org.ionhop.defects.DefectEquilibrium;
import org.ionhop.defects.DefectModel;
import org.ionhop.defects.DefectSpecies;
import org.ionhop.defects.HostConstraint;
import org.ionhop.defects.MechanismMap;
import org.ionhop.defects.Scan;

/**
 * Defect chemistry workloads: one charge-neutrality solve of the Li2O-like example model (examples/
 * Li2O_switch_defects.yaml: two ionic defects, electrons, holes, host constraint) and a mechanism map of
 * {@code points} scan values x 25 temperatures (each point: three solves for E_a plus the partial conductivities).
 *
 * <p>Run: {@code mvn -B -pl ionhop-bench -am package -DskipTests && java -jar ionhop-bench/target/benchmarks.jar
 * DefectEquilibriumBenchmark}; results in docs/benchmarks.md ("Defect chemistry and transport theory").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DefectEquilibriumBenchmark {
    /** Scan points of the mechanism map. */
    @Param({"31", "125"})
    public int points;

    private DefectModel model;
    private Scan scan;
    private double[] temperatures;

    /** Builds the example model. */
    @Setup
    public void setup() {
        model = DefectModel.of("Li2O-like", 24.49, List.of(
                        DefectSpecies.of("V_Li'", 2, 4.55, Map.of("Li", -1)).withHopping(0.30, 2.305, 10),
                        DefectSpecies.of("Li_i^.", 1, -1.95, Map.of("Li", 1)).withHopping(0.55, 1.996, 10)),
                Map.of("Li", -1.55), new BandEdges(3.4, 1e-4, 1e-4),
                new HostConstraint(Map.of("Li", 2, "O", 1), -6.2, "O"));
        scan = new Scan(Scan.Kind.CHEMICAL_POTENTIAL, "Li", -3.1, 0, points);
        temperatures = new double[25];
        for (int i = 0; i < 25; i++) {
            temperatures[i] = 400 + 25.0 * i;
        }
    }

    /** One neutrality solve (baseline for the map). */
    @Benchmark
    public double solve() {
        return DefectEquilibrium.solve(model, 600).fermiLevelEv();
    }

    /** A full mechanism map (temperature rows in parallel). */
    @Benchmark
    public int mechanismMap() {
        return MechanismMap.compute(model, scan, temperatures).switches().size();
    }
}
