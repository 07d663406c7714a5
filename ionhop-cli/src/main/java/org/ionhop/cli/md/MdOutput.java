package org.ionhop.cli.md;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.ionhop.cli.common.JsonMeasured;
import org.ionhop.stats.Measured;
import org.ionhop.trajectory.ArrheniusAnalysis;
import org.ionhop.trajectory.DensityResult;
import org.ionhop.trajectory.SiteAnalysis;
import org.ionhop.trajectory.TrajectoryRun;
import org.ionhop.trajectory.TrajectoryStudyResult;
import org.ionhop.trajectory.TransportResult;

/**
 * The shapes of the {@code ionhop md} JSON. One trajectory: its keys at the top level ({@link Single}). Several: the
 * headline keys at the top level hold arrays in input order, {@code results} one object per trajectory, and
 * {@code arrhenius} the fit ({@link Many}). The records' own keys come from {@link MdJsonMapper}'s mix-ins.
 */
final class MdOutput {
    private MdOutput() {
    }

    /**
     * One trajectory: transport keys, the files written, density and sites.
     *
     * @param transport the transport keys (flattened)
     * @param files     the files written for it
     * @param density   density and percolation, or null
     * @param sites     site analysis, or null
     */
    record Run(@JsonUnwrapped TransportResult transport, @JsonProperty("files") MdFiles files,
               @JsonProperty("density") @JsonInclude(JsonInclude.Include.NON_NULL) DensityResult density,
               @JsonProperty("sites") @JsonInclude(JsonInclude.Include.NON_NULL) SiteAnalysis sites) {
        static List<Run> of(TrajectoryStudyResult r, List<MdFiles> files) {
            List<Run> out = new ArrayList<>();
            for (int i = 0; i < r.runs().size(); i++) {
                TrajectoryRun run = r.runs().get(i);
                out.add(new Run(run.transport(), files.get(i), run.density(), run.sites()));
            }
            return out;
        }
    }

    /**
     * The output of one trajectory.
     *
     * @param ion  the reported ion
     * @param run  its keys (flattened)
     * @param meta provenance
     */
    record Single(@JsonProperty("ion") String ion, @JsonUnwrapped Run run, @JsonProperty("meta") ObjectNode meta) {
    }

    /**
     * The output of several trajectories.
     *
     * @param ion           the reported ion
     * @param temperaturesK temperature of each
     * @param tracer        D* of each (cm²/s)
     * @param charge        D_sigma of each (cm²/s)
     * @param haven         Haven ratio of each
     * @param sigmaTracer   sigma from D* of each (S/cm)
     * @param sigmaCharge   sigma from D_sigma of each (S/cm)
     * @param results       the full object of each
     * @param arrhenius     the Arrhenius fit, or null
     * @param meta          provenance
     */
    record Many(@JsonProperty("ion") String ion,
                @JsonProperty("temperature_K") List<Double> temperaturesK,
                @JsonMeasured(value = "D_tracer_cm2_s", err = "D_tracer_err_cm2_s") List<Measured> tracer,
                @JsonMeasured(value = "D_charge_cm2_s", err = "D_charge_err_cm2_s") List<Measured> charge,
                @JsonMeasured(value = "haven_ratio", err = "haven_ratio_err") List<Measured> haven,
                @JsonMeasured(value = "sigma_tracer_S_cm", err = "sigma_tracer_err_S_cm") List<Measured> sigmaTracer,
                @JsonMeasured(value = "sigma_charge_S_cm", err = "sigma_charge_err_S_cm") List<Measured> sigmaCharge,
                @JsonProperty("results") List<Run> results,
                @JsonProperty("arrhenius") @JsonInclude(JsonInclude.Include.NON_NULL) ArrheniusAnalysis arrhenius,
                @JsonProperty("meta") ObjectNode meta) {
        static Many of(String ion, List<Run> runs, ArrheniusAnalysis arrhenius, ObjectNode meta) {
            List<TransportResult> t = runs.stream().map(Run::transport).toList();
            return new Many(ion, t.stream().map(TransportResult::temperatureK).toList(),
                    t.stream().map(TransportResult::tracerCm2PerS).toList(),
                    t.stream().map(TransportResult::chargeCm2PerS).toList(),
                    t.stream().map(TransportResult::havenRatio).toList(),
                    t.stream().map(TransportResult::sigmaTracerSPerCm).toList(),
                    t.stream().map(TransportResult::sigmaChargeSPerCm).toList(), runs, arrhenius, meta);
        }
    }
}
