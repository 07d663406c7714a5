package org.ionhop.cli.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.ionhop.Version;

/**
 * JSON output of the command line (Jackson stays out of the library). Non-finite numbers are written
 * as {@code null}, because NaN and Infinity are not JSON.
 */
public final class Json {
    private static final ObjectMapper MAPPER = createMapper();

    private Json() {
    }

    private static ObjectMapper createMapper() {
        ObjectMapper m = new ObjectMapper();
        m.enable(SerializationFeature.INDENT_OUTPUT);
        m.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
        SimpleModule finite = new SimpleModule("finite-doubles");
        JsonSerializer<Double> doubles = new JsonSerializer<>() {
            @Override
            public void serialize(Double v, JsonGenerator g, SerializerProvider p) throws IOException {
                if (v == null || !Double.isFinite(v)) {
                    g.writeNull();
                } else {
                    g.writeNumber(v);
                }
            }
        };
        finite.addSerializer(Double.class, doubles);
        finite.addSerializer(double.class, doubles);
        m.registerModule(finite);
        m.registerModule(new MeasuredModule());
        return m;
    }

    /** The shared mapper. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** A new empty object. */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** Puts a double, writing null for NaN or infinity. */
    public static void putFinite(ObjectNode node, String key, double v) {
        if (Double.isFinite(v)) {
            node.put(key, v);
        } else {
            node.putNull(key);
        }
    }

    /** Serialises any value (map, record, node) as indented JSON. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes JSON to a file atomically. */
    public static void writeFile(Path target, Object value) {
        AtomicFiles.writeString(target, write(value) + System.lineSeparator());
    }

    /**
     * The provenance block every output carries: ionhop version, command, inputs, seed (if any),
     * units of the reported numbers, and the time of the run.
     */
    public static ObjectNode meta(String command, List<Path> inputs, Long seed, Map<String, String> units) {
        return meta(command, inputs, seed, units, null);
    }

    /**
     * The provenance block with the settings the analysis ran with (every option, defaults included), so that an
     * output can be reproduced from its {@code meta} alone.
     *
     * @param settings the settings record (serialised as it is), or null
     */
    public static ObjectNode meta(String command, List<Path> inputs, Long seed, Map<String, String> units,
                                  Object settings) {
        ObjectNode meta = object();
        meta.put("ionhop_version", Version.get());
        meta.put("command", command);
        var arr = meta.putArray("inputs");
        for (Path p : inputs) {
            arr.add(p.toString());
        }
        if (seed != null) {
            meta.put("seed", seed);
        } else {
            meta.putNull("seed");
        }
        meta.set("units", MAPPER.valueToTree(units == null ? new LinkedHashMap<>() : units));
        if (settings != null) {
            meta.set("settings", MAPPER.valueToTree(settings));
        }
        meta.put("created", Instant.now().toString());
        return meta;
    }
}
