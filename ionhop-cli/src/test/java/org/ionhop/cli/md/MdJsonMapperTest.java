package org.ionhop.cli.md;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.ionhop.structure.Lattice;
import org.ionhop.trajectory.AnalysisSettings;
import org.ionhop.trajectory.Displacements;
import org.ionhop.trajectory.TransportAnalysis;
import org.ionhop.trajectory.TransportResult;
import org.ionhop.units.Units;

/** The mix-ins write the per-species D* only when several species move, each as {"D", "err"} in cm²/s. */
class MdJsonMapperTest {
    private static TransportResult walkers(List<String> species) {
        SplittableRandom r = new SplittableRandom(9);
        int n = species.size();
        double[][] p = new double[400][3 * n];
        double s = Math.sqrt(2 * 0.3 * 0.1);
        for (int f = 0; f < p.length; f++) {
            for (int i = 0; i < 3 * n; i++) {
                p[f][i] = f == 0 ? 12 * r.nextDouble() : p[f - 1][i] + s * (r.nextDouble() - 0.5) * Math.sqrt(12);
            }
        }
        try (Displacements d = Displacements.fromPositions(p, species, Lattice.fromParameters(12, 12, 12, 90, 90, 90),
                0.1, 600)) {
            return TransportAnalysis.analyse(d, AnalysisSettings.of("Li"));
        }
    }

    @Test
    void perSpeciesDiffusivityOnlyWithSeveralSpecies() {
        List<String> two = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            two.add(i % 2 == 0 ? "Li" : "Na");
        }
        TransportResult mixed = walkers(two);
        JsonNode j = MdJsonMapper.tree(mixed);
        JsonNode by = j.get("D_tracer_by_species_cm2_s");
        assertThat(by.size()).isEqualTo(2);
        assertThat(by.get("Na").get("D").asDouble()).isEqualTo(
                Units.a2PerPsToCm2PerS(mixed.tracerBySpecies().get("Na").diffusivityA2PerPs()));
        assertThat(by.get("Na").get("err").asDouble()).isEqualTo(
                Units.a2PerPsToCm2PerS(mixed.tracerBySpecies().get("Na").diffusivityErrA2PerPs()));
        // The reported ion's entry is D_tracer itself.
        assertThat(by.get("Li").get("D").asDouble()).isEqualTo(j.get("D_tracer_cm2_s").asDouble());
        assertThat(j.get("D_tracer_components_err_cm2_s").size()).isEqualTo(3);
        assertThat(MdJsonMapper.tree(walkers(List.of("Li", "Li", "Li"))).has("D_tracer_by_species_cm2_s")).isFalse();
    }
}
