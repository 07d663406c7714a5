package org.ionhop.cli.mesoscale;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.ionhop.cli.common.JsonLines;
import org.ionhop.io.InputFormatException;
import org.ionhop.io.InvalidSettingException;
import org.ionhop.mesoscale.CompositeData;
import org.ionhop.mesoscale.CompositeModel;
import org.ionhop.mesoscale.CompositeSettings;
import org.ionhop.mesoscale.FractionType;

/**
 * A composite described in a YAML or JSON file (for {@code ionhop report}): every key optional, defaults from
 * {@link CompositeSettings#defaults()}; an optional {@code data} list of [fraction, sigma_S_cm (, err_S_cm)] rows is
 * fitted. Errors name the file, the line and the key.
 *
 * @param file     the file
 * @param name     a title (key {@code name}, default the file name)
 * @param settings the composite
 * @param data     measured points, or null
 */
record CompositeInput(Path file, String name, CompositeSettings settings, CompositeData data) {
    private static final Set<String> KEYS = Set.of("name", "model", "sigma_filler_S_cm", "sigma_matrix_S_cm",
            "sigma_shell_S_cm", "ea_filler_eV", "ea_matrix_eV", "ea_shell_eV", "convention",
            "reference_temperature_K", "fractions", "fraction_type", "density_filler_g_cm3", "density_matrix_g_cm3",
            "radius_nm", "shell_nm", "temperatures_K", "data");

    /** Whether a file name marks a composite description ({@code *composite*.yaml|yml|json}). */
    static boolean matches(Path p) {
        String n = String.valueOf(p.getFileName()).toLowerCase(Locale.ROOT);
        return n.contains("composite") && (n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json"));
    }

    static CompositeInput read(Path file) {
        String lower = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        ObjectMapper mapper = lower.endsWith(".json") ? new ObjectMapper() : new ObjectMapper(new YAMLFactory());
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        JsonNode root;
        JsonLines lines;
        try {
            root = mapper.readTree(Files.newBufferedReader(file));
            lines = JsonLines.index(mapper, file);
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InputFormatException(file, Math.max(0, line), "expected valid YAML/JSON, found a syntax error: "
                    + String.valueOf(e.getOriginalMessage()).strip().lines().findFirst().orElse(""));
        } catch (NoSuchFileException e) {
            throw new InputFormatException(file, 0, "expected an existing file, found none");
        } catch (IOException e) {
            throw new InputFormatException(file, 0, "expected a readable file: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new InputFormatException(file, 1, "expected a mapping of composite settings at the top level");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext();) {
            String k = it.next();
            if (!KEYS.contains(k)) {
                throw new InputFormatException(file, lines.lineOf(k), "unknown key '" + k + "'; expected one of "
                        + new java.util.TreeSet<>(KEYS));
            }
        }
        Reader r = new Reader(file, root, lines);
        CompositeSettings d = CompositeSettings.defaults();
        CompositeSettings s;
        try {
            s = new CompositeSettings(
                    root.has("model") ? r.parse("model", CompositeModel::parse) : d.model(),
                    r.number("sigma_filler_S_cm", d.sigmaFillerSCm()), r.number("sigma_matrix_S_cm", d.sigmaMatrixSCm()),
                    r.number("sigma_shell_S_cm", d.sigmaShellSCm()), r.number("ea_filler_eV", d.eaFillerEv()),
                    r.number("ea_matrix_eV", d.eaMatrixEv()), r.number("ea_shell_eV", d.eaShellEv()),
                    root.has("convention") ? r.parse("convention", v -> new CompositeCommand.ConventionConverter()
                            .convert(v)) : d.convention(),
                    r.number("reference_temperature_K", d.referenceTemperatureK()),
                    root.has("fractions") ? r.numbers("fractions") : d.fractions(),
                    root.has("fraction_type") ? r.parse("fraction_type",
                            v -> FractionType.valueOf(v.strip().toUpperCase(Locale.ROOT))) : d.fractionType(),
                    r.number("density_filler_g_cm3", d.densityFillerGCm3()),
                    r.number("density_matrix_g_cm3", d.densityMatrixGCm3()), r.number("radius_nm", d.radiusNm()),
                    r.number("shell_nm", d.shellNm()),
                    root.has("temperatures_K") ? r.numbers("temperatures_K") : d.temperaturesK());
        } catch (InvalidSettingException e) {
            throw new InputFormatException(file, 0, "composite settings: " + e.getMessage());
        }
        CompositeData data = null;
        if (root.has("data")) {
            JsonNode rows = root.get("data");
            if (!rows.isArray() || rows.size() < 3) {
                throw new InputFormatException(file, lines.lineOf("data"),
                        "data: expected a list of at least 3 rows [fraction, sigma_S_cm (, err_S_cm)]");
            }
            int n = rows.size();
            double[] f = new double[n];
            double[] sg = new double[n];
            double[] er = rows.get(0).size() == 3 ? new double[n] : null;
            for (int i = 0; i < n; i++) {
                JsonNode row = rows.get(i);
                int want = er == null ? 2 : 3;
                if (!row.isArray() || row.size() != want) {
                    throw new InputFormatException(file, lines.lineOf("data[" + i + "]"),
                            "data[" + i + "]: expected [fraction, sigma_S_cm" + (er == null ? "" : ", err_S_cm") + "]");
                }
                for (int k = 0; k < want; k++) {
                    if (!row.get(k).isNumber()) {
                        throw new InputFormatException(file, lines.lineOf("data[" + i + "]"),
                                "data[" + i + "]: expected numbers, found " + row.get(k));
                    }
                }
                f[i] = row.get(0).asDouble();
                sg[i] = row.get(1).asDouble();
                if (er != null) {
                    er[i] = row.get(2).asDouble();
                }
            }
            try {
                data = new CompositeData(f, sg, er);
            } catch (IllegalArgumentException e) {
                throw new InputFormatException(file, lines.lineOf("data"), "data: " + e.getMessage());
            }
        }
        String name = root.has("name") ? root.get("name").asText() : String.valueOf(file.getFileName());
        return new CompositeInput(file, name, s, data);
    }

    /** Typed getters whose errors name file, line and key. */
    private record Reader(Path file, JsonNode root, JsonLines lines) {
        double number(String key, double fallback) {
            JsonNode v = root.get(key);
            if (v == null) {
                return fallback;
            }
            if (!v.isNumber()) {
                throw new InputFormatException(file, lines.lineOf(key), key + ": expected a number, found " + v);
            }
            return v.asDouble();
        }

        List<Double> numbers(String key) {
            JsonNode v = root.get(key);
            List<Double> out = new ArrayList<>();
            if (v.isNumber()) {
                out.add(v.asDouble());
                return out;
            }
            if (!v.isArray()) {
                throw new InputFormatException(file, lines.lineOf(key), key + ": expected a list of numbers, found " + v);
            }
            for (JsonNode x : v) {
                if (!x.isNumber()) {
                    throw new InputFormatException(file, lines.lineOf(key), key + ": expected numbers, found " + x);
                }
                out.add(x.asDouble());
            }
            return out;
        }

        <T> T parse(String key, java.util.function.Function<String, T> parser) {
            try {
                return parser.apply(root.get(key).asText());
            } catch (IllegalArgumentException e) {
                throw new InputFormatException(file, lines.lineOf(key), key + ": " + e.getMessage());
            }
        }
    }
}
