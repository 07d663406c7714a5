package org.ionhop.cli.experiment;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jfree.chart.JFreeChart;

import org.ionhop.cli.common.Charts;
import org.ionhop.cli.common.Json;
import org.ionhop.cli.common.JsonMeasured;
import org.ionhop.nmr.TracerExchangeCandidate;
import org.ionhop.nmr.TracerExchangeData;
import org.ionhop.nmr.TracerExchangePool;
import org.ionhop.nmr.TracerExchangeRate;
import org.ionhop.nmr.TracerExchangeResult;
import org.ionhop.stats.Measured;

/**
 * JSON and figure of a tracer-exchange fit, shared by {@code ionhop nmr exchange} and the report's exchange section
 * so that both show the same keys and the same chart.
 */
final class ExchangeOutput {
    private static final ObjectMapper MAPPER = Json.mapper().copy()
            .addMixIn(TracerExchangeResult.class, ResultMixIn.class)
            .addMixIn(TracerExchangePool.class, PoolMixIn.class)
            .addMixIn(TracerExchangeRate.class, RateMixIn.class)
            .addMixIn(TracerExchangeCandidate.class, CandidateMixIn.class);

    private ExchangeOutput() {
    }

    @JsonPropertyOrder({"source", "model", "topology", "donor", "first_receiver", "pools", "rates", "candidates",
        "points", "parameters", "chi2_reduced", "bic"})
    @JsonIgnoreProperties({"curveTimesS", "curveFractions", "settings"})
    interface ResultMixIn {
        @JsonProperty("first_receiver")
        String firstReceiver();

        @JsonProperty("chi2_reduced")
        double chi2Reduced();
    }

    interface PoolMixIn {
        @JsonMeasured(value = "amount_fraction", err = "amount_fraction_err")
        Measured amountFraction();

        @JsonMeasured(value = "initial_6Li_fraction", err = "initial_6Li_fraction_err")
        Measured initialFraction();

        @JsonMeasured(value = "final_6Li_fraction", err = "final_6Li_fraction_err")
        Measured finalFraction();

        @JsonProperty("rise_time_s")
        double riseTimeS();

        @JsonMeasured(value = "D_cm2_s", err = "D_err_cm2_s")
        Measured diffusivityCm2S();
    }

    interface RateMixIn {
        @JsonProperty("pool_a")
        String poolA();

        @JsonProperty("pool_b")
        String poolB();

        @JsonMeasured(value = "r_per_s", err = "r_err_per_s")
        Measured ratePerS();

        @JsonMeasured(value = "k_ab_per_s", err = "k_ab_err_per_s")
        Measured kAbPerS();

        @JsonMeasured(value = "k_ba_per_s", err = "k_ba_err_per_s")
        Measured kBaPerS();
    }

    interface CandidateMixIn {
        @JsonProperty("chi2_reduced")
        double chi2Reduced();
    }

    /** The result as the documented JSON object (without meta). */
    static ObjectNode tree(TracerExchangeResult r) {
        ObjectNode o = MAPPER.valueToTree(r);
        o.put("model", r.model().label());
        return o;
    }

    /** The 6Li fraction of each component against time in hours: the data and the fitted curves. */
    static JFreeChart chart(TracerExchangeData table, TracerExchangeResult r) {
        List<Charts.Series> series = new ArrayList<>();
        double[] th = table.timesS();
        for (int k = 0; k < th.length; k++) {
            th[k] /= 3600;
        }
        double[] ch = r.curveTimesS();
        for (int k = 0; k < ch.length; k++) {
            ch[k] /= 3600;
        }
        for (int j = 0; j < table.components().size(); j++) {
            series.add(Charts.Series.points(table.components().get(j), th, table.fraction(j), null));
            series.add(Charts.Series.line(table.components().get(j) + " (" + r.topology() + ")", ch, r.curve(j)));
        }
        return Charts.xy("6Li tracer exchange", "time (h)", "6Li fraction", false, false, series);
    }
}
