package org.ionhop.cli.serve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.ionhop.cli.common.Json;
import org.ionhop.impedance.Circuit;
import org.ionhop.impedance.ImpedanceSettings;
import org.ionhop.impedance.Spectrum;
import org.ionhop.impedance.SpectrumReader;

/**
 * The points of the interactive impedance plots, which the JSON of {@code eis} leaves out (it carries the fitted
 * parameters, not the spectra): each spectrum as the library reads it (with the run's column settings), and the
 * fitted circuit simulated by {@link Circuit#simulate} at 20 points per decade over the data's range, as the SVG
 * figures of {@code eis -o} draw it.
 */
final class EisPlotData {
    private EisPlotData() {
    }

    /** {@code {"spectra": [{file, f_Hz, re_ohm, im_ohm, fit: {f_Hz, re_ohm, im_ohm}}]}} for the result of an eis job. */
    static ObjectNode of(JsonNode result, Path jobDir) {
        JsonNode s = result.path("meta").path("settings");
        List<Integer> columns = new ArrayList<>();
        s.path("columns").forEach(c -> columns.add(c.asInt()));
        ImpedanceSettings settings = ImpedanceSettings.defaults().withColumns(columns)
                .withNegateImag(s.path("negateImag").asBoolean(false));
        ObjectNode out = Json.object();
        ArrayNode spectra = out.putArray("spectra");
        for (JsonNode fit : result.path("fits")) {
            Path file = Path.of(fit.path("file").asText());
            if (!file.normalize().startsWith(jobDir.normalize())) {
                continue;  // only the job's own uploads are read again
            }
            Spectrum data = SpectrumReader.read(file, settings.columnMapping());
            ObjectNode o = spectra.addObject();
            o.put("file", String.valueOf(file.getFileName()));
            o.set("temperature_K", fit.path("temperature_K"));
            put(o, data);
            String circuitText = fit.path("circuit").asText(result.path("circuit").asText(""));
            if (circuitText.isEmpty()) {
                continue;
            }
            Circuit c = Circuit.parse(circuitText);
            List<String> names = c.parameterNames();
            double[] p = new double[names.size()];
            for (int k = 0; k < p.length; k++) {
                p[k] = fit.path("parameters").path(names.get(k)).asDouble(Double.NaN);
            }
            o.put("circuit", c.text());
            put(o.putObject("fit"), c.simulate(dense(data), p));
        }
        return out;
    }

    /** 20 frequencies per decade from the highest to the lowest of the data. */
    private static double[] dense(Spectrum s) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (int i = 0; i < s.size(); i++) {
            lo = Math.min(lo, s.frequency(i));
            hi = Math.max(hi, s.frequency(i));
        }
        int n = Math.max(2, (int) Math.ceil(20 * Math.log10(hi / lo)) + 1);
        double[] f = new double[n];
        for (int i = 0; i < n; i++) {
            f[i] = hi * Math.pow(lo / hi, i / (n - 1.0));
        }
        return f;
    }

    private static void put(ObjectNode o, Spectrum s) {
        array(o, "f_Hz", s.frequencyHz());
        array(o, "re_ohm", s.realOhm());
        array(o, "im_ohm", s.imagOhm());
    }

    private static void array(ObjectNode o, String key, double[] v) {
        ArrayNode a = o.putArray(key);
        for (double d : v) {
            if (Double.isFinite(d)) {
                a.add(d);
            } else {
                a.addNull();
            }
        }
    }
}
