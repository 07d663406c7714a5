package org.ionhop.structure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The operations of all 230 space-group types in their 530 Hall settings, read from the bundled resource
 * {@code spacegroups.txt} (generated from spglib's database by {@code tools/spacegroups/generate_spacegroups.py}).
 * Used when a CIF gives a space-group symbol or number but no operations.
 */
public final class SpaceGroupTable {
    private static final String RESOURCE = "spacegroups.txt";

    private final List<SpaceGroup> settings;
    private final Map<Integer, SpaceGroup> standardByNumber = new HashMap<>();
    private final Map<String, SpaceGroup> bySymbol = new HashMap<>();

    private static final class Holder {
        static final SpaceGroupTable INSTANCE = new SpaceGroupTable();
    }

    private SpaceGroupTable() {
        settings = Collections.unmodifiableList(load());
        for (SpaceGroup g : settings) {
            if (g.standard()) {
                standardByNumber.put(g.number(), g);
            }
        }
        // Symbols: the standard setting wins for a bare symbol; every setting is reachable with its choice.
        for (SpaceGroup g : settings) {
            putSymbol(normalise(g.hallSymbol()), g);
            String[] names = {g.hermannMauguin(), g.fullSymbol(), g.international()};
            for (String n : names) {
                String key = normalise(n);
                if (!g.choice().isEmpty()) {
                    putSymbol(key + ":" + normalise(g.choice()), g);
                }
                if (g.standard() || !bySymbol.containsKey(key)) {
                    bySymbol.put(key, g);
                }
            }
        }
        // Monoclinic symbols are usually written without the 1s of unique axis b: "P 1 21/n 1" is "P21/n".
        for (SpaceGroup g : settings) {
            if (g.number() >= 3 && g.number() <= 15 && g.choice().startsWith("b")) {
                String shortForm = String.join(" ", java.util.Arrays.stream(g.fullSymbol().split(" "))
                        .filter(t -> !t.equals("1")).toList());
                putSymbol(normalise(shortForm), g);
            }
        }
        for (SpaceGroup g : standardByNumber.values()) {
            bySymbol.put(normalise(g.hermannMauguin()), g);
            bySymbol.put(normalise(g.fullSymbol()), g);
            bySymbol.put(normalise(g.international()), g);
        }
    }

    private void putSymbol(String key, SpaceGroup g) {
        bySymbol.putIfAbsent(key, g);
    }

    /** The shared table (loaded once). */
    public static SpaceGroupTable get() {
        return Holder.INSTANCE;
    }

    /** All 530 settings in Hall-number order. */
    public List<SpaceGroup> settings() {
        return settings;
    }

    /** The default setting of International Tables number 1-230. */
    public Optional<SpaceGroup> byNumber(int number) {
        return Optional.ofNullable(standardByNumber.get(number));
    }

    /**
     * Looks up a Hermann-Mauguin symbol ("P n m a", "Pnma", "P 21/n 21/m 21/a", "Fd-3m:1", "R -3 c H",
     * "R-3c:R") or a Hall symbol ("-P 2ac 2n"). Spaces, underscores and case do not matter; a bare symbol
     * means the default setting.
     */
    public Optional<SpaceGroup> bySymbol(String symbol) {
        if (symbol == null || symbol.isBlank()) {
            return Optional.empty();
        }
        String key = normalise(symbol);
        SpaceGroup g = bySymbol.get(key);
        if (g == null) {
            // CIF writers append the setting without a colon: "R -3 c H", "F d -3 m S" / "Z" (origin 1 / 2).
            String trimmed = symbol.trim();
            int sp = trimmed.lastIndexOf(' ');
            if (sp > 0) {
                String setting = trimmed.substring(sp + 1).toUpperCase(Locale.ROOT);
                String base = normalise(trimmed.substring(0, sp));
                String choice = switch (setting) {
                    case "S" -> "1";
                    case "Z" -> "2";
                    default -> setting.toLowerCase(Locale.ROOT);
                };
                g = bySymbol.get(base + ":" + choice);
            }
        }
        return Optional.ofNullable(g);
    }

    /** Lower case without spaces and underscores, so "P 21/n 21/m 21/a" and "P2_1/n2_1/m2_1/a" agree. */
    static String normalise(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '_' && c != '\t') {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    private static List<SpaceGroup> load() {
        List<SpaceGroup> out = new ArrayList<>(530);
        InputStream in = SpaceGroupTable.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("space-group table " + RESOURCE + " missing from the class path");
        }
        // Most settings share their coset representatives and centring vectors ("x,y,z", "-x,-y,-z", ...): parsing
        // each distinct text once roughly halves the start-up cost of the table (issue 18, section 0).
        Map<String, SymmetryOperation> parsed = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(parseLine(line, parsed));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static SpaceGroup parseLine(String line, Map<String, SymmetryOperation> parsed) {
        String[] c = line.split("\\|", -1);
        List<int[]> centring = new ArrayList<>();
        for (String v : c[8].split(";")) {
            SymmetryOperation shift = parsed.computeIfAbsent("c" + v, k -> {
                String[] t = v.split(",");
                return SymmetryOperation.parse("x+" + t[0] + ",y+" + t[1] + ",z+" + t[2]);
            });
            centring.add(shift.translation24());
        }
        List<SymmetryOperation> ops = new ArrayList<>();
        for (String rep : c[9].split(";")) {
            SymmetryOperation op = parsed.computeIfAbsent(rep, SymmetryOperation::parse);
            for (int[] shift : centring) {
                ops.add(op.plusTranslation(shift));
            }
        }
        return new SpaceGroup(Integer.parseInt(c[0]), Integer.parseInt(c[1]), "1".equals(c[2]), c[3], c[4], c[5],
                c[7], c[6], ops);
    }
}
