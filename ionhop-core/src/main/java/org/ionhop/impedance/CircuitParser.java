package org.ionhop.impedance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Recursive-descent parser for circuit strings. Grammar:
 * <pre>
 *   series   := term ('-' term)*
 *   term     := 'p(' series (',' series)+ ')' | element
 *   element  := PREFIX [A-Za-z0-9_]*
 * </pre>
 */
final class CircuitParser {
    private final String s;
    private int pos;
    private final List<CircuitElement> elements = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private int offset;

    private CircuitParser(String s) {
        this.s = s;
    }

    static Circuit parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty circuit string");
        }
        String compact = text.replaceAll("\\s+", "");
        CircuitParser p = new CircuitParser(compact);
        CircuitNode root = p.series();
        if (p.pos != compact.length()) {
            throw p.fail("expected '-' or the end of the circuit");
        }
        return new Circuit(compact, root, p.elements);
    }

    private CircuitNode series() {
        List<CircuitNode> parts = new ArrayList<>();
        parts.add(term());
        while (pos < s.length() && s.charAt(pos) == '-') {
            pos++;
            parts.add(term());
        }
        return parts.size() == 1 ? parts.get(0) : new CircuitNode.Series(parts);
    }

    private CircuitNode term() {
        if (s.startsWith("p(", pos)) {
            pos += 2;
            List<CircuitNode> branches = new ArrayList<>();
            branches.add(series());
            while (pos < s.length() && s.charAt(pos) == ',') {
                pos++;
                branches.add(series());
            }
            if (pos >= s.length() || s.charAt(pos) != ')') {
                throw fail("expected ',' or ')' closing p(");
            }
            pos++;
            if (branches.size() < 2) {
                throw fail("p(...) needs at least two branches");
            }
            return new CircuitNode.Parallel(branches);
        }
        return element();
    }

    private CircuitNode element() {
        int start = pos;
        while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) {
            pos++;
        }
        if (start == pos) {
            throw fail("expected an element name or p(");
        }
        String name = s.substring(start, pos);
        ElementType type = ElementType.ofName(name);
        if (type == null) {
            pos = start;
            throw fail("unknown element '" + name + "' (known: R, C, L, CPE (or Q), W, Wo, Ws)");
        }
        if (!names.add(name)) {
            pos = start;
            throw fail("element name '" + name + "' is used twice");
        }
        CircuitElement e = new CircuitElement(name, type, offset);
        offset += type.parameterCount();
        elements.add(e);
        return new CircuitNode.Leaf(e);
    }

    private IllegalArgumentException fail(String what) {
        return new IllegalArgumentException("circuit '" + s + "', position " + (pos + 1) + ": " + what);
    }
}
