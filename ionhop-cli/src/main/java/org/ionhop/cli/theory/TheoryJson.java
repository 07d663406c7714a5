package org.ionhop.cli.theory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.ionhop.cli.common.Json;

/**
 * JSON of the defect and transport results: the shared mapper ({@link Json#mapper()}) with this package's mix-ins
 * ({@link DefectsJson}, {@link TransportJson}) and arrays of doubles written with {@code null} for non-finite
 * elements, as every number is. The settings in {@code meta} are written by the shared mapper as the records are
 * (component names), so the body's mix-ins do not reshape them.
 */
final class TheoryJson {
    private static final ObjectMapper BODY = createMapper();

    private TheoryJson() {
    }

    private static ObjectMapper createMapper() {
        ObjectMapper m = Json.mapper().copy();
        SimpleModule arrays = new SimpleModule("finite-double-arrays");
        arrays.addSerializer(double[].class, new JsonSerializer<>() {
            @Override
            public void serialize(double[] v, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeStartArray(v, v.length);
                for (double d : v) {
                    if (Double.isFinite(d)) {
                        g.writeNumber(d);
                    } else {
                        g.writeNull();
                    }
                }
                g.writeEndArray();
            }
        });
        m.registerModule(arrays);
        DefectsJson.register(m);
        TransportJson.register(m);
        return m;
    }

    /** A result record as a JSON object (through the mix-ins). */
    static ObjectNode body(Object result) {
        return BODY.valueToTree(result);
    }

    /** {@code meta} followed by the result's keys. */
    static ObjectNode output(String command, List<Path> inputs, Map<String, String> units, Object settings,
                             Object result) {
        return output(command, inputs, units, Json.mapper().valueToTree(settings), result);
    }

    /** {@code meta} (with settings given as a tree) followed by the result's keys. */
    static ObjectNode output(String command, List<Path> inputs, Map<String, String> units, JsonNode settings,
                             Object result) {
        ObjectNode o = Json.object();
        o.set("meta", Json.meta(command, inputs, null, units, settings));
        o.setAll(body(result));
        return o;
    }
}
