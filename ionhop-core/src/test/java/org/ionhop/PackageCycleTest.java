package org.ionhop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The core packages import each other without a cycle (Tarjan's strongly connected components on the package
 * graph built from the import statements and fully qualified references of the main sources), and the shared fit
 * code depends on no domain package.
 */
class PackageCycleTest {
    private static final Pattern REF = Pattern.compile("\\borg\\.ionhop\\.([a-z]+)\\.[A-Z]");

    static Map<String, TreeSet<String>> graph() throws IOException {
        Map<String, TreeSet<String>> g = new TreeMap<>();
        Path root = Path.of("src/main/java/org/ionhop");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Path rel = root.relativize(f);
                if (rel.getNameCount() < 2) {
                    continue; // classes at the root (Version)
                }
                String pkg = rel.getName(0).toString();
                TreeSet<String> deps = g.computeIfAbsent(pkg, k -> new TreeSet<>());
                // code only: Javadoc links are not dependencies
                String code = Files.readString(f).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
                Matcher m = REF.matcher(code);
                while (m.find()) {
                    if (!m.group(1).equals(pkg)) {
                        deps.add(m.group(1));
                    }
                }
            }
        }
        return g;
    }

    @Test
    void noPackageCycle() throws IOException {
        Map<String, TreeSet<String>> g = graph();
        assertThat(g).containsKeys("fit", "impedance", "nmr");
        List<List<String>> cycles = new ArrayList<>();
        new Tarjan(g, cycles).run();
        assertThat(cycles).as("package cycles").isEmpty();
    }

    @Test
    void fitDependsOnNoDomainAndNmrNotOnImpedance() throws IOException {
        Map<String, TreeSet<String>> g = graph();
        assertThat(g.get("fit")).isEmpty();
        assertThat(g.get("nmr")).doesNotContain("impedance");
        assertThat(g.get("impedance")).doesNotContain("nmr");
    }

    /** Strongly connected components with more than one package. */
    private static final class Tarjan {
        private final Map<String, TreeSet<String>> g;
        private final List<List<String>> out;
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> low = new HashMap<>();
        private final Deque<String> stack = new ArrayDeque<>();
        private int next;

        Tarjan(Map<String, TreeSet<String>> g, List<List<String>> out) {
            this.g = g;
            this.out = out;
        }

        void run() {
            for (String v : g.keySet()) {
                if (!index.containsKey(v)) {
                    visit(v);
                }
            }
        }

        private void visit(String v) {
            index.put(v, next);
            low.put(v, next);
            next++;
            stack.push(v);
            for (String w : g.getOrDefault(v, new TreeSet<>())) {
                if (!index.containsKey(w)) {
                    visit(w);
                    low.put(v, Math.min(low.get(v), low.get(w)));
                } else if (stack.contains(w)) {
                    low.put(v, Math.min(low.get(v), index.get(w)));
                }
            }
            if (low.get(v).equals(index.get(v))) {
                List<String> comp = new ArrayList<>();
                String w;
                do {
                    w = stack.pop();
                    comp.add(w);
                } while (!w.equals(v));
                if (comp.size() > 1) {
                    out.add(comp);
                }
            }
        }
    }
}
