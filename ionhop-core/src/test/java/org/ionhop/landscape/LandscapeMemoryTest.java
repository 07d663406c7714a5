package org.ionhop.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.ionhop.grid.PeriodicGrid;
import org.ionhop.io.InvalidSettingException;
import org.ionhop.structure.Element;
import org.ionhop.structure.Lattice;
import org.ionhop.structure.Site;
import org.ionhop.structure.Structure;
import org.ionhop.structure.StructureReader;
import org.ionhop.testing.RefData;

/**
 * The memory estimate of a BVSE run (issue 18): a grid that cannot fit is refused with its figure before anything
 * is allocated, and the estimate agrees in order of magnitude with what a run really allocates.
 */
class LandscapeMemoryTest {
    @Test
    void aGridBeyondTheHeapIsRefusedWithItsFigure() {
        // 1000^3 points at 50 bytes: 50 GB against an 8 GB heap
        assertThatThrownBy(() -> LandscapeAnalysis.requireMemory(new int[] {1000, 1000, 1000}, 8_000_000_000L))
                .isInstanceOfSatisfying(InvalidSettingException.class,
                        e -> assertThat(e.setting()).isEqualTo("gridSpacingA"))
                .hasMessageContaining("1000x1000x1000 grid needs ~50.0 GB, the heap allows 8.0 GB");
        // and one that fits passes
        LandscapeAnalysis.requireMemory(new int[] {100, 100, 100}, 8_000_000_000L);
    }

    @Test
    void aSyntheticHugeCellIsRefusedBeforeTheModelOrGridIsBuilt() {
        // a 60 Å cube at 0.05 Å is 1200^3 = 1.7e9 points (86 GB): refused at once, whatever the test heap is
        // (below 2^31 points, so it is the memory figure, not the array limit, that refuses it)
        Structure s = Structure.of(Lattice.fromParameters(60, 60, 60, 90, 90, 90),
                List.of(Site.of(Element.Li, 0, 0, 0), Site.of(Element.F, 0.5, 0.5, 0.5)), "huge");
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> LandscapeAnalysis.run(s, BvseSettings.of(Element.Li).withGridSpacingA(0.05)
                        .withOxidationStates(java.util.Map.of(Element.Li, 1, Element.F, -1)), null))
                .isInstanceOfSatisfying(InvalidSettingException.class,
                        e -> assertThat(e.setting()).isEqualTo("gridSpacingA"))
                .hasMessageContaining("1200x1200x1200 grid needs ~86.4 GB");
        assertThat((System.nanoTime() - t0) * 1e-9).isLessThan(5.0);
        // 2^31 points and more cannot be one array at all
        assertThatThrownBy(() -> LandscapeAnalysis.requireMemory(new int[] {2000, 2000, 2000}, Long.MAX_VALUE))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("more than one array holds");
    }

    @Test
    void progressIsReportedAsFractionsOfTheGridThenOfTheHops() {
        // a big cell runs for minutes: the grid evaluation reports blocks done of all blocks, then the saddle
        // refinement hops done of all hops, each phase reaching its total
        Structure s = StructureReader.read(RefData.path("structures/Li2O_pymatgen.cif"));
        BvseSettings o = BvseSettings.of(Element.Li).withGridSpacingA(0.1);
        int[] n = PeriodicGrid.dimensionsFor(s.lattice(), o.gridSpacingA());
        int b = GridCalculator.BLOCK;
        long blocks = (long) ((n[0] + b - 1) / b) * ((n[1] + b - 1) / b) * ((n[2] + b - 1) / b);
        java.util.Map<Long, java.util.concurrent.atomic.AtomicLong> maxDone = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.Queue<Long> totals = new java.util.concurrent.ConcurrentLinkedQueue<>();
        LandscapeResult r = LandscapeAnalysis.run(s, o, (done, total) -> {
            assertThat(done).isBetween(1L, total);
            synchronized (totals) { // calls come from the worker threads; phases follow each other
                if (totals.isEmpty() || !totals.stream().reduce((x, y) -> y).orElseThrow().equals(total)) {
                    totals.add(total);
                }
            }
            maxDone.computeIfAbsent(total, t -> new java.util.concurrent.atomic.AtomicLong()).accumulateAndGet(done,
                    Math::max);
        });
        assertThat(totals).containsExactly(blocks, (long) r.network().hops().size());
        assertThat(maxDone.get(blocks).get()).isEqualTo(blocks);
        assertThat(maxDone.get((long) r.network().hops().size()).get()).isEqualTo(r.network().hops().size());
    }

    @Test
    void theEstimateMatchesTheBytesARunAllocates() {
        // measured: bytes allocated by this thread during a run (the grid, its order, the percolation and the basin
        // arrays are allocated here; the parallel parts allocate little). The estimate is of the peak, the
        // measurement of everything allocated, so the two agree in order of magnitude, not exactly.
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Structure s = StructureReader.read(RefData.path("structures/Li2O_pymatgen.cif"));
        BvseSettings o = BvseSettings.of(Element.Li).withGridSpacingA(0.05).withThreads(1);
        int[] n = PeriodicGrid.dimensionsFor(s.lattice(), o.gridSpacingA());
        long estimate = LandscapeAnalysis.estimatedBytes(n);
        long before = mx.getCurrentThreadAllocatedBytes();
        LandscapeAnalysis.run(s, o, null);
        long measured = mx.getCurrentThreadAllocatedBytes() - before;
        assertThat((double) measured / estimate).as("measured %d, estimated %d bytes", measured, estimate)
                .isBetween(0.5, 3.0);
    }
}
