package org.ionhop.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import org.ionhop.structure.CellList;
import org.ionhop.structure.NeighborList;
import org.ionhop.structure.Structure;
import org.ionhop.structure.StructureReader;

/**
 * Structure benchmarks: reading (parse + symmetry expansion) of the refdata structure files, and the
 * cell-list neighbour list of LLZO supercells of growing size (time per atom should stay flat: linear scaling).
 *
 * <p>Run: {@code java -jar ionhop-bench/target/benchmarks.jar StructureBench -Dionhop.refdata=../shared/refdata}
 * (the refdata folder defaults to ../shared/refdata relative to the working directory).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class StructureBench {
    private static Path refdata(String relative) {
        return Path.of(System.getProperty("ionhop.refdata", "../shared/refdata")).resolve(relative);
    }

    /** Reading one file. */
    @State(Scope.Benchmark)
    public static class ReadState {
        @Param({"structures/LiFePO4_pymatgen.cif", "structures/LLZO_tetragonal_Masanobu13.cif",
                "structures/Li10GeP2S12_pymatgen.cif", "kmc/kmcpy_tests_Na4Zr2Si3O12_573K_ICSD15546.cif",
                "kmc/kmcpy_tests_Na3SbS4_cubic.cif", "trajectories/cNa3PS4.cif", "trajectories/LLZO_arrhenius/POSCAR"})
        public String file;
        Path path;

        @Setup(Level.Trial)
        public void setUp() {
            path = refdata(file);
        }
    }

    /** Parse and expand a structure file. */
    @Benchmark
    public Structure read(ReadState s) {
        return StructureReader.read(s.path);
    }

    /** LLZO (192 atoms) repeated n x n x n. */
    @State(Scope.Benchmark)
    public static class NeighborState {
        @Param({"1", "2", "3", "4"})
        public int n;
        Structure structure;

        @Setup(Level.Trial)
        public void setUp() {
            structure = StructureReader.read(refdata("trajectories/LLZO_arrhenius/POSCAR")).supercell(n, n, n);
        }
    }

    /** Build the cell list and the full neighbour list within 4 Å (about 30 neighbours per atom). */
    @Benchmark
    public NeighborList neighborList4A(NeighborState s) {
        return CellList.of(s.structure, 4.0).neighborList(4.0);
    }
}
