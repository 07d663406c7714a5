package org.ionhop.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.ionhop.grid.GridPercolation;
import org.ionhop.structure.Element;
import org.ionhop.structure.StructureReader;
import org.ionhop.testing.RefData;

/**
 * The barriers converge in the grid spacing (issue 18, section 1): with the saddles refined off the grid
 * ({@link SaddleRefiner}), the barriers at 0.2 Å lie within 0.02 eV of those at 0.05 Å, where the grid's own
 * thresholds (6-connected) miss by up to 0.06 eV. Only the small cells run here (a 0.05 Å grid of a large one takes
 * minutes); {@code tools/bench/BvseConvergence.java} gives the full table of every reference structure
 * (docs/bvse.md). Barriers above the network cap (2 eV: LiFePO4's 2D/3D) are the grid's and are not checked.
 */
class BarrierConvergenceTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "structures/Li2O_pymatgen.cif, Li",
        "structures/Li3N_ncrystal_mp2251.cif, Li",
        "structures/LiFePO4_pymatgen.cif, Li",
    })
    void barriersAtPointTwoAngstromAreWithinTwentyMeVOfThoseAtPointZeroFive(String file, String ion) {
        var s = StructureReader.read(RefData.path(file));
        BvseSettings o = BvseSettings.of(Element.valueOf(ion));
        LandscapeResult coarse = LandscapeAnalysis.run(s, o.withGridSpacingA(0.2), null);
        LandscapeResult fine = LandscapeAnalysis.run(s, o.withGridSpacingA(0.05), null);
        double[] grid = GridPercolation.subLevel(coarse.grid(), o.barrierCapEv()).levels();
        boolean gridWasOff = false;
        for (int d = 1; d <= 3; d++) {
            double f = fine.barriers().barrier(d);
            if (Double.isNaN(f) || f > o.networkCapEv()) {
                continue;
            }
            assertThat(coarse.barriers().barrier(d)).as("%s %dD", file, d).isCloseTo(f, within(0.02));
            gridWasOff |= Math.abs(grid[d - 1] - f) > 0.02;
        }
        // LiFePO4: the 0.2 Å grid threshold (0.432 eV) misses the converged 1D barrier (0.384 eV) by 0.05 eV
        if (file.contains("LiFePO4")) {
            assertThat(gridWasOff).isTrue();
        }
    }
}
