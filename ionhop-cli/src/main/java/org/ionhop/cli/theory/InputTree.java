package org.ionhop.cli.theory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.ionhop.cli.common.JsonLines;
import org.ionhop.io.InputFormatException;

/**
 * Reads a YAML or JSON input file (chosen by extension; JSON is valid YAML) into a tree and offers typed getters
 * whose errors name the file, the line, the key path and what was expected, as {@link InputFormatException}s.
 * Syntax errors carry the line Jackson reports (first line of its message only: the CLI prints one line). The tree
 * itself keeps no locations, so a second streaming pass records the line of every key (by JSON pointer) for the
 * messages about values.
 */
final class InputTree {
    private final Path file;
    private final JsonNode root;
    private final JsonLines lines;

    private InputTree(Path file, JsonNode root, JsonLines lines) {
        this.file = file;
        this.root = root;
        this.lines = lines;
    }

    /** Parses the file. */
    static InputTree read(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        ObjectMapper mapper = name.endsWith(".json") ? new ObjectMapper() : new ObjectMapper(new YAMLFactory());
        // A key given twice would otherwise keep its last value silently (a pasted line overriding the one above).
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        try {
            JsonNode root = mapper.readTree(Files.newBufferedReader(file));
            if (root == null || !root.isObject()) {
                throw new InputFormatException(file, 1, "expected a YAML/JSON mapping at the top level, found "
                        + (root == null ? "an empty file" : root.getNodeType().toString().toLowerCase(Locale.ROOT)));
            }
            return new InputTree(file, root, JsonLines.index(mapper, file));
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            String message = String.valueOf(e.getOriginalMessage()).strip().lines().findFirst().orElse("");
            throw new InputFormatException(file, Math.max(line, 0), "expected valid " + (name.endsWith(".json")
                    ? "JSON" : "YAML") + ", found a syntax error: " + message);
        } catch (NoSuchFileException e) {
            throw new InputFormatException(file, 0, "expected an existing file, found none");
        } catch (IOException e) {
            throw new InputFormatException(file, 0, "expected a readable file: " + e.getMessage());
        }
    }

    /** The line of a key path such as "species[2].name" (see {@link JsonLines#lineOf}). */
    int lineOf(String path) {
        return lines.lineOf(path);
    }

    /** An error about the value at a key path, with the line of that key. */
    InputFormatException at(String path, String expectedAndFound) {
        return new InputFormatException(file, lineOf(path), path + ": " + expectedAndFound);
    }

    Path file() {
        return file;
    }

    JsonNode root() {
        return root;
    }

    InputFormatException error(String path, String expected, JsonNode found) {
        return at(path, "expected " + expected + ", found "
                + (found == null || found.isMissingNode() ? "nothing" : "'" + found.asText(found.toString()) + "'"));
    }

    /** A required number. */
    double number(JsonNode parent, String key, String path) {
        JsonNode n = parent.get(key);
        if (n == null || !n.isNumber()) {
            throw error(path + key, "a number", n);
        }
        return n.doubleValue();
    }

    /** An optional number. */
    double number(JsonNode parent, String key, String path, double fallback) {
        JsonNode n = parent.get(key);
        if (n == null || n.isNull()) {
            return fallback;
        }
        if (!n.isNumber()) {
            throw error(path + key, "a number", n);
        }
        return n.doubleValue();
    }

    /** A required string. */
    String text(JsonNode parent, String key, String path) {
        JsonNode n = parent.get(key);
        if (n == null || !n.isTextual()) {
            throw error(path + key, "a string", n);
        }
        return n.asText();
    }

    /** A required mapping. */
    JsonNode object(JsonNode parent, String key, String path) {
        JsonNode n = parent.get(key);
        if (n == null || !n.isObject()) {
            throw error(path + key, "a mapping", n);
        }
        return n;
    }

    /** A mapping of element symbol to number (empty when absent). */
    Map<String, Double> numberMap(JsonNode parent, String key, String path) {
        Map<String, Double> out = new LinkedHashMap<>();
        JsonNode n = parent.get(key);
        if (n == null || n.isNull()) {
            return out;
        }
        if (!n.isObject()) {
            throw error(path + key, "a mapping of element to number", n);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = n.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isNumber()) {
                throw error(path + key + "." + e.getKey(), "a number", e.getValue());
            }
            out.put(e.getKey(), e.getValue().doubleValue());
        }
        return out;
    }

    /** A mapping of element symbol to integer (empty when absent). */
    Map<String, Integer> intMap(JsonNode parent, String key, String path) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : numberMap(parent, key, path).entrySet()) {
            double v = e.getValue();
            if (v != Math.rint(v)) {
                throw error(path + key + "." + e.getKey(), "an integer", parent.get(key).get(e.getKey()));
            }
            out.put(e.getKey(), (int) v);
        }
        return out;
    }
}
