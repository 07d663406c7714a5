package org.ionhop.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code data_} block of a CIF: its items by tag, whether given singly or as a loop column. Tags are stored
 * in lower case with DDLm dots replaced by underscores ({@code _atom_site.fract_x} is {@code _atom_site_fract_x}).
 */
final class CifBlock {
    /**
     * One value as written in the file.
     *
     * @param text   the text (quotes removed)
     * @param line   1-based line where the value starts
     * @param quoted whether it was quoted or a text field (then {@code ?} and {@code .} are plain text)
     */
    record Value(String text, long line, boolean quoted) {
        /** CIF's "unknown" ({@code ?}) and "inapplicable" ({@code .}). */
        boolean isMissing() {
            return !quoted && (".".equals(text) || "?".equals(text));
        }
    }

    /** A loop: its tags and the rows of values. */
    record Loop(List<String> tags, List<Value[]> rows) {
    }

    private final String name;
    private final long line;
    private final Map<String, Value> items = new HashMap<>();
    private final Map<String, Long> tagLines = new HashMap<>();
    private final Map<String, Loop> loopOf = new HashMap<>();
    private org.ionhop.io.InputFormatException defect;

    CifBlock(String name, long line) {
        this.name = name;
        this.line = line;
    }

    /** Block name (after {@code data_}). */
    String name() {
        return name;
    }

    /** Line of the {@code data_} keyword. */
    long line() {
        return line;
    }

    void put(String tag, Value v) {
        items.put(tag, v);
    }

    void addLoop(Loop loop) {
        for (String t : loop.tags()) {
            loopOf.put(t, loop);
        }
    }

    /** Whether the tag is present, singly or in a loop. */
    boolean has(String tag) {
        return items.containsKey(tag) || loopOf.containsKey(tag);
    }

    /** A single value (or the first value of a looped tag). */
    Optional<Value> value(String tag) {
        Value v = items.get(tag);
        if (v == null && loopOf.containsKey(tag)) {
            List<Value> col = column(tag);
            v = col.isEmpty() ? null : col.get(0);
        }
        return Optional.ofNullable(v);
    }

    /** All values of a tag: a loop column, or a one-element list for a single item, or empty. */
    List<Value> column(String tag) {
        Loop loop = loopOf.get(tag);
        if (loop == null) {
            Value v = items.get(tag);
            return v == null ? List.of() : List.of(v);
        }
        int idx = loop.tags().indexOf(tag);
        List<Value> out = new ArrayList<>(loop.rows().size());
        for (Value[] row : loop.rows()) {
            out.add(row[idx]);
        }
        return out;
    }

    /** Records the first syntax defect found in this block (a loop whose values do not fill its rows). */
    void defect(org.ionhop.io.InputFormatException e) {
        if (defect == null) {
            defect = e;
        }
    }

    /** The first syntax defect of this block, if any. */
    Optional<org.ionhop.io.InputFormatException> defect() {
        return Optional.ofNullable(defect);
    }

    /** Line where a tag was written (0 if absent). */
    long tagLine(String tag) {
        return tagLines.getOrDefault(tag, 0L);
    }

    void tagLine(String tag, long l) {
        tagLines.put(tag, l);
    }
}
