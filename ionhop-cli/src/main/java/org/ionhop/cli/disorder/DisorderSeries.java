package org.ionhop.cli.disorder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import org.ionhop.cli.common.Json;

/**
 * A series of disorder ensembles for the report: the JSON of {@code ionhop disorder variant ... --screen --json}
 * (or the folder {@code -o DIR} with its {@code variant.json}), one per disorder fraction, recognised by content
 * (a {@code meta.command} of {@code disorder variant} and an {@code ensemble} block), never by name.
 */
final class DisorderSeries {
    private DisorderSeries() {
    }

    /**
     * One descriptor of one ensemble as the command wrote it.
     *
     * @param mean mean over the orderings
     * @param se   standard error of the mean (NaN for one ordering)
     * @param sd   spread between orderings
     * @param n    orderings that gave a value
     */
    record Stat(double mean, double se, double sd, int n) {
    }

    /**
     * One ensemble: its file, the fraction of each disorder operation and its descriptors.
     *
     * @param file        the JSON file read
     * @param formula     formula of the parent (the variants' formulas differ with the fraction)
     * @param orderings   number of orderings
     * @param fractions   operation key ("exchange Cl,S[P=0]") to fraction, in the order the operations apply
     * @param descriptors descriptor name to statistics, in the command's order
     */
    record Ensemble(Path file, String formula, int orderings, Map<String, Double> fractions,
                    Map<String, Stat> descriptors) {
    }

    /** The JSON of a path: the file itself, or {@code variant.json} in a folder. */
    static Path jsonOf(Path p) {
        return Files.isDirectory(p) ? p.resolve(DisorderFiles.RESULT) : p;
    }

    /** Whether a path holds a disorder ensemble (reads it; anything else, unreadable or not JSON, is not). */
    static boolean matches(Path p) {
        return read(p).isPresent();
    }

    /** The ensemble a path holds, or empty when it holds none (not JSON, another command, no --screen). */
    static Optional<Ensemble> read(Path p) {
        Path f = jsonOf(p);
        if (!Files.isRegularFile(f) || !String.valueOf(f.getFileName()).toLowerCase(Locale.ROOT).endsWith(".json")) {
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = Json.mapper().readTree(f.toFile());
        } catch (IOException e) {
            return Optional.empty();
        }
        if (root == null || !"disorder variant".equals(root.path("meta").path("command").asText())
                || !root.path("ensemble").isObject() || !root.path("ensemble").path("descriptors").isArray()) {
            return Optional.empty();
        }
        Map<String, Stat> ds = new LinkedHashMap<>();
        for (JsonNode d : root.path("ensemble").path("descriptors")) {
            ds.put(d.path("name").asText(), new Stat(num(d.path("mean")), num(d.path("se")), num(d.path("sd")),
                    d.path("n").asInt()));
        }
        int orderings = root.path("orderings").isArray() ? root.path("orderings").size()
                : root.path("ensemble").path("rows").size();
        return Optional.of(new Ensemble(p, root.path("parent_formula").asText(), orderings, fractions(root), ds));
    }

    /**
     * The fraction of each operation: {@code disorder_fractions}, or for JSON written before that key from the
     * settings in {@code meta.settings.disorder}.
     */
    private static Map<String, Double> fractions(JsonNode root) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (root.path("disorder_fractions").isArray()) {
            for (JsonNode f : root.path("disorder_fractions")) {
                out.put(f.path("operation").asText() + " " + f.path("sites").asText(), num(f.path("fraction")));
            }
            return out;
        }
        JsonNode s = root.path("meta").path("settings").path("disorder");
        for (JsonNode x : s.path("substitutions")) {
            out.put("substitution " + text(x.path("sites")) + "=" + x.path("element").asText(), num(x.path("fraction")));
        }
        for (JsonNode x : s.path("exchanges")) {
            out.put("exchange " + text(x.path("a")) + "," + text(x.path("b")), num(x.path("fraction")));
        }
        for (JsonNode x : s.path("vacancies")) {
            out.put("vacancy " + text(x.path("sites")), num(x.path("fraction")));
        }
        return out;
    }

    private static String text(JsonNode selector) {
        return selector.isTextual() ? selector.asText() : selector.path("text").asText();
    }

    /** A number; null and non-numbers (NaN is written as null or "NaN") are NaN. */
    private static double num(JsonNode n) {
        if (n.isNumber()) {
            return n.asDouble();
        }
        if (n.isTextual()) {
            try {
                return Double.parseDouble(n.asText());
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }

    /**
     * The operation the series varies: the first one present in every ensemble whose fraction differs between
     * them, else the first one present in every ensemble; empty when the ensembles share none.
     */
    static Optional<String> abscissa(List<Ensemble> es) {
        List<String> common = new ArrayList<>();
        if (!es.isEmpty()) {
            for (String k : es.get(0).fractions().keySet()) {
                if (es.stream().allMatch(e -> e.fractions().containsKey(k))) {
                    common.add(k);
                }
            }
        }
        for (String k : common) {
            double first = es.get(0).fractions().get(k);
            if (es.stream().anyMatch(e -> Double.compare(e.fractions().get(k), first) != 0)) {
                return Optional.of(k);
            }
        }
        return common.stream().findFirst();
    }
}
