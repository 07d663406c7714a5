package org.ionhop.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ionhop.io.InputFormatException;
import org.ionhop.io.TextSource;

/**
 * Tokenizer and parser for CIF 1.1 and CIF 2.0 syntax (Hall, Allen, Brown, Acta Cryst. A47, 655 (1991);
 * Bernstein et al., J. Appl. Cryst. 49, 277 (2016)): data blocks, {@code loop_}, quoted strings (in CIF 1.1 a
 * quote closes only before white space), CIF 2.0 triple-quoted strings, lists and tables, semicolon text
 * fields, comments. Save frames are read into their enclosing block. Values keep their line numbers so that the
 * reader's messages can name them.
 */
final class CifParser {
    private enum Kind { DATA, LOOP, SAVE, TAG, VALUE, EOF }

    private record Token(Kind kind, String text, long line, boolean quoted) {
    }

    private final TextSource src;
    private String line;
    private int pos;
    private boolean cif2;
    private Token pushedBack;

    private CifParser(TextSource src) {
        this.src = src;
    }

    /** Parses every data block of the source. */
    static List<CifBlock> parse(TextSource src) {
        return new CifParser(src).blocks();
    }

    private List<CifBlock> blocks() {
        List<CifBlock> blocks = new ArrayList<>();
        line = src.nextLine();
        if (line != null && line.startsWith("\uFEFF")) {
            line = line.substring(1);
        }
        cif2 = line != null && line.startsWith("#\\#CIF_2.0");
        CifBlock block = null;
        for (Token t = next(); t.kind != Kind.EOF; t = next()) {
            switch (t.kind) {
                case DATA -> {
                    block = new CifBlock(t.text.substring(5), t.line);
                    blocks.add(block);
                }
                case SAVE -> {
                    // Save frames (dictionaries) are not structure data; their items are read like block items.
                }
                case LOOP -> readLoop(requireBlock(block, t), t);
                case TAG -> {
                    Token v = next();
                    if (v.kind == Kind.EOF && "_eof".equalsIgnoreCase(t.text)) {
                        // Crystallographica 2 ends its files with a bare _eof marker: the end, not a truncation.
                        pushedBack = v;
                        continue;
                    }
                    if (v.kind != Kind.VALUE) {
                        throw new InputFormatException(src.name(), v.kind == Kind.EOF ? src.lineNumber() : v.line,
                                "expected a value for " + t.text + ", found " + describe(v));
                    }
                    CifBlock b = requireBlock(block, t);
                    String tag = normaliseTag(t.text);
                    b.put(tag, new CifBlock.Value(v.text, v.line, v.quoted));
                    b.tagLine(tag, t.line);
                }
                case VALUE -> throw new InputFormatException(src.name(), t.line,
                        "expected a tag (_name), loop_ or data_ block, found value '" + abbreviate(t.text) + "'");
                default -> throw new IllegalStateException(t.kind.name());
            }
        }
        return blocks;
    }

    private CifBlock requireBlock(CifBlock block, Token t) {
        if (block == null) {
            throw new InputFormatException(src.name(), t.line, "expected a data_ block header before " + t.text);
        }
        return block;
    }

    private void readLoop(CifBlock block, Token loopToken) {
        List<String> tags = new ArrayList<>();
        Token t = next();
        while (t.kind == Kind.TAG) {
            String tag = normaliseTag(t.text);
            tags.add(tag);
            block.tagLine(tag, t.line);
            t = next();
        }
        if (tags.isEmpty()) {
            throw new InputFormatException(src.name(), t.line, "expected tags after loop_ (line " + loopToken.line
                    + "), found " + describe(t));
        }
        List<CifBlock.Value> values = new ArrayList<>();
        while (t.kind == Kind.VALUE) {
            values.add(new CifBlock.Value(t.text, t.line, t.quoted));
            t = next();
        }
        pushedBack = t;
        if (values.size() % tags.size() != 0) {
            long at = values.isEmpty() ? loopToken.line : values.get(values.size() - 1).line();
            // Recorded on the block rather than thrown: SpringerMaterials files carry a powder-pattern block with
            // blank columns after the structure block, and a defect there must not cost the structure. The reader
            // raises it when the block it uses is the defective one.
            block.defect(new InputFormatException(src.name(), at, "the loop_ of line " + loopToken.line + " has "
                    + values.size() + " values for " + tags.size() + " tags; expected a multiple of " + tags.size()
                    + " (is the file truncated?)"));
            return;
        }
        List<CifBlock.Value[]> rows = new ArrayList<>(values.size() / tags.size());
        for (int i = 0; i < values.size(); i += tags.size()) {
            rows.add(values.subList(i, i + tags.size()).toArray(new CifBlock.Value[0]));
        }
        block.addLoop(new CifBlock.Loop(List.copyOf(tags), rows));
    }

    /** Tags are case-insensitive; DDLm category.attribute names map onto the DDL1 names. */
    static String normaliseTag(String tag) {
        return tag.toLowerCase(Locale.ROOT).replace('.', '_');
    }

    private static String describe(Token t) {
        return switch (t.kind) {
            case EOF -> "the end of the file (is it truncated?)";
            case TAG -> "tag " + t.text;
            case LOOP -> "loop_";
            case DATA -> "a new data block " + t.text;
            case SAVE -> t.text;
            case VALUE -> "'" + abbreviate(t.text) + "'";
        };
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    // ---- tokenizer ----

    private Token next() {
        if (pushedBack != null) {
            Token t = pushedBack;
            pushedBack = null;
            return t;
        }
        while (true) {
            if (line == null) {
                return new Token(Kind.EOF, "", src.lineNumber(), false);
            }
            while (pos < line.length() && Character.isWhitespace(line.charAt(pos))) {
                pos++;
            }
            if (pos >= line.length() || line.charAt(pos) == '#') {
                advanceLine();
                continue;
            }
            long at = src.lineNumber();
            char c = line.charAt(pos);
            if (c == ';' && pos == 0) {
                return textField(at);
            }
            if (c == '\'' || c == '"') {
                return quoted(c, at);
            }
            if (cif2 && (c == '[' || c == '{')) {
                return bracketed(at);
            }
            int start = pos;
            while (pos < line.length() && !Character.isWhitespace(line.charAt(pos))) {
                pos++;
            }
            return classify(line.substring(start, pos), at);
        }
    }

    private void advanceLine() {
        line = src.nextLine();
        pos = 0;
    }

    private Token classify(String word, long at) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (word.startsWith("_")) {
            return new Token(Kind.TAG, word, at, false);
        }
        if (lower.startsWith("data_")) {
            return new Token(Kind.DATA, word, at, false);
        }
        if (lower.equals("loop_")) {
            return new Token(Kind.LOOP, word, at, false);
        }
        if (lower.startsWith("save_") || lower.equals("global_") || lower.equals("stop_")) {
            return new Token(Kind.SAVE, word, at, false);
        }
        return new Token(Kind.VALUE, word, at, false);
    }

    private Token textField(long at) {
        StringBuilder sb = new StringBuilder(line.substring(1));
        while (true) {
            advanceLine();
            if (line == null) {
                throw new InputFormatException(src.name(), src.lineNumber(), "unexpected end of file in the text field"
                        + " opened by ';' on line " + at + "; expected a line starting with ';'");
            }
            if (line.startsWith(";")) {
                pos = 1;
                return new Token(Kind.VALUE, sb.toString().strip(), at, true);
            }
            sb.append('\n').append(line);
        }
    }

    private Token quoted(char q, long at) {
        if (cif2 && line.startsWith(String.valueOf(q).repeat(3), pos)) {
            return tripleQuoted(q, at);
        }
        int start = pos + 1;
        int i = start;
        while (i < line.length()) {
            if (line.charAt(i) == q && (cif2 || i + 1 == line.length() || Character.isWhitespace(line.charAt(i + 1)))) {
                pos = i + 1;
                return new Token(Kind.VALUE, line.substring(start, i), at, true);
            }
            i++;
        }
        InputFormatException unclosed = new InputFormatException(src.name(), at, "expected a closing " + q
                + " for the quoted value starting '" + abbreviate(line.substring(pos)) + "'");
        if (cif2) {
            throw unclosed;
        }
        return quotedOverLines(q, at, line.substring(start), unclosed);
    }

    /** Most lines a quoted value may run over before the missing closing quote is reported. */
    private static final int MAX_QUOTED_LINES = 20;

    /**
     * A quoted value that runs over the end of its line, which CIF 1.1 does not allow but Crystallographica 2 writes
     * for its comment items ({@code _cgraph_comments 'Praezisionsbestimmung ...} with the closing quote lines
     * later). Accepted when a closing quote followed by white space comes within {@value #MAX_QUOTED_LINES} lines
     * and no line before it starts a tag, loop or block (which would mean the quote is really missing); otherwise
     * the error for the unclosed quote is raised.
     */
    private Token quotedOverLines(char q, long at, String first, InputFormatException unclosed) {
        StringBuilder sb = new StringBuilder(first);
        for (int n = 0; n < MAX_QUOTED_LINES; n++) {
            advanceLine();
            if (line == null) {
                throw unclosed;
            }
            String head = line.strip().toLowerCase(Locale.ROOT);
            if (head.startsWith("_") || head.startsWith("loop_") || head.startsWith("data_") || line.startsWith(";")) {
                throw unclosed;
            }
            for (int i = 0; i < line.length(); i++) {
                if (line.charAt(i) == q && (i + 1 == line.length() || Character.isWhitespace(line.charAt(i + 1)))) {
                    sb.append('\n').append(line, 0, i);
                    pos = i + 1;
                    return new Token(Kind.VALUE, sb.toString().strip(), at, true);
                }
            }
            sb.append('\n').append(line);
        }
        throw unclosed;
    }

    private Token tripleQuoted(char q, long at) {
        String delim = String.valueOf(q).repeat(3);
        StringBuilder sb = new StringBuilder();
        int from = pos + 3;
        while (true) {
            int end = line.indexOf(delim, from);
            if (end >= 0) {
                sb.append(line, from, end);
                pos = end + 3;
                return new Token(Kind.VALUE, sb.toString(), at, true);
            }
            sb.append(line.substring(from)).append('\n');
            advanceLine();
            from = 0;
            if (line == null) {
                throw new InputFormatException(src.name(), src.lineNumber(), "unexpected end of file; expected the "
                        + delim + " closing the string opened on line " + at);
            }
        }
    }

    /** A CIF 2.0 list or table, kept as its raw text (the structure reader does not need its elements). */
    private Token bracketed(long at) {
        StringBuilder sb = new StringBuilder();
        int depth = 0;
        while (true) {
            while (pos < line.length()) {
                char c = line.charAt(pos++);
                sb.append(c);
                if (c == '[' || c == '{') {
                    depth++;
                } else if ((c == ']' || c == '}') && --depth == 0) {
                    return new Token(Kind.VALUE, sb.toString(), at, true);
                }
            }
            sb.append('\n');
            advanceLine();
            if (line == null) {
                throw new InputFormatException(src.name(), src.lineNumber(), "unexpected end of file; expected the"
                        + " bracket closing the list opened on line " + at);
            }
        }
    }
}
