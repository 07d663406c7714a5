package org.ionhop.cli.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The line of every key and array element of a JSON or YAML file, so that messages about a value (read from a
 * Jackson tree, which keeps no locations) can name the line as {@link org.ionhop.io.InputFormatException} demands.
 * Paths are written as in messages: {@code species[2].name}, {@code hops[0].image}.
 */
public final class JsonLines {
    private final Map<String, Integer> byPointer;

    private JsonLines(Map<String, Integer> byPointer) {
        this.byPointer = byPointer;
    }

    /** Indexes a file with the parser of {@code mapper} (JSON or YAML), in one streaming pass. */
    public static JsonLines index(ObjectMapper mapper, Path file) throws IOException {
        Map<String, Integer> out = new HashMap<>();
        try (JsonParser p = mapper.getFactory().createParser(Files.newBufferedReader(file))) {
            for (JsonToken tok = p.nextToken(); tok != null; tok = p.nextToken()) {
                // At a key the context's pointer ends with that key; at an array element, with its index. A
                // structure start has already opened its own context, so its pointer is the parent's.
                boolean element = p.getParsingContext().inArray() && tok != JsonToken.END_ARRAY;
                if (tok == JsonToken.FIELD_NAME || element || tok.isStructStart()) {
                    var ctx = tok.isStructStart() ? p.getParsingContext().getParent() : p.getParsingContext();
                    if (ctx != null && (tok == JsonToken.FIELD_NAME || ctx.inArray())) {
                        out.putIfAbsent(ctx.pathAsPointer().toString(), p.currentTokenLocation().getLineNr());
                    }
                }
            }
        }
        return new JsonLines(out);
    }

    /**
     * The 1-based line of a path such as "species[2].name"; when that key is absent, the line of its nearest
     * enclosing key or element; 0 if none is known.
     */
    public int lineOf(String path) {
        String ptr = "/" + path.replace("[", ".").replace("]", "").replace('.', '/');
        while (!ptr.isEmpty()) {
            Integer line = byPointer.get(ptr);
            if (line != null) {
                return line;
            }
            ptr = ptr.substring(0, ptr.lastIndexOf('/'));
        }
        return 0;
    }
}
