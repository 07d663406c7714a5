package org.ionhop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.ionhop.cli.common.Json;

/**
 * Files only with {@code -o} (issue 18, 0): without it a command prints its result and writes nothing, and draws no
 * figure, so that no plotting library is even loaded.
 */
class OutputOnRequestTest {
    private static final String EX = "../examples/";
    private static final String LFP = EX + "LiFePO4_pymatgen.cif";
    private static final String KMC = "kmc --lattice sc --size 4 --vacancies 1 --steps 4000 --replicas 1 --threads 1 --json";
    private static final String BVSE = "bvse " + LFP + " --grid 0.5 --json";
    private static final String EIS = "eis " + EX + "eis/impedancepy_Circuit3_EIS_1.z --circuit R0-p(R1,C1) --json";

    @TempDir
    Path tmp;

    private static String[] args(String line, String... more) {
        List<String> a = new ArrayList<>(List.of(line.split(" ")));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    private static List<Path> entries(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    private static JsonNode run(String... args) throws IOException {
        CliRun r = CliRun.of(args);
        assertThat(r.exitCode()).as(r.err()).isZero();
        return Json.mapper().readTree(r.out());
    }

    @Test
    void withoutOutputFolderNothingIsWrittenAndNoFileIsListed() throws IOException {
        Path cwd = Path.of("").toAbsolutePath();
        List<Path> before = entries(cwd);
        assertThat(run(args(KMC)).path("plots")).isEmpty();
        assertThat(run(args(BVSE)).path("files")).isEmpty();
        assertThat(run(args("defects", EX + "Li2S_defects.yaml", "--json")).path("figures")).isEmpty();
        run(args(EIS));
        assertThat(entries(cwd)).as("the working folder (once ionhop-out was made here)").isEqualTo(before);
    }

    @Test
    void withOutputFolderTheFilesAreWrittenAndListed() throws IOException {
        JsonNode kmc = run(args(KMC, "-o", tmp.resolve("kmc").toString()));
        assertThat(kmc.path("plots")).hasSize(2);
        assertThat(tmp.resolve("kmc/kmc-msd.svg")).exists();
        assertThat(tmp.resolve("kmc/kmc.json")).exists();
        JsonNode bvse = run(args(BVSE, "-o", tmp.resolve("bvse").toString()));
        assertThat(Path.of(bvse.path("files").path("slice_plot").asText())).exists();
        assertThat(Path.of(bvse.path("files").path("cube").asText())).exists();
    }

    /** Loads the command line afresh in its own class loader and records every class it defines. */
    private static final class RecordingLoader extends URLClassLoader {
        final Set<String> defined = ConcurrentHashMap.newKeySet();

        RecordingLoader() throws MalformedURLException {
            super("ionhop-isolated", classPath(), ClassLoader.getPlatformClassLoader());
        }

        private static URL[] classPath() throws MalformedURLException {
            List<URL> urls = new ArrayList<>();
            for (String p : System.getProperty("java.class.path").split(File.pathSeparator)) {
                urls.add(Path.of(p).toUri().toURL());
            }
            return urls.toArray(URL[]::new);
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            defined.add(name);
            return super.findClass(name);
        }

        boolean plottingLoaded() {
            return defined.stream().anyMatch(n -> n.startsWith("org.jfree.") || n.startsWith("de.erichseifert."));
        }

        /** Runs {@code ionhop args} in this loader; returns the exit code. */
        int ionhop(String... args) throws ReflectiveOperationException {
            Class<?> main = loadClass(Main.class.getName());
            Object cl = main.getMethod("newCommandLine", boolean.class).invoke(null, false);
            cl.getClass().getMethod("setOut", PrintWriter.class).invoke(cl, new PrintWriter(new StringWriter()));
            cl.getClass().getMethod("setErr", PrintWriter.class).invoke(cl, new PrintWriter(new StringWriter()));
            return (Integer) cl.getClass().getMethod("execute", String[].class).invoke(cl, (Object) args);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {KMC, BVSE, EIS})
    void aJsonRunWithoutOutputFolderLoadsNoPlottingClass(String line) throws Exception {
        try (RecordingLoader loader = new RecordingLoader()) {
            assertThat(loader.ionhop(args(line))).isZero();
            assertThat(loader.defined).as("the loader sees the command's classes").contains(Main.class.getName());
            assertThat(loader.plottingLoaded()).as("JFreeChart or VectorGraphics2D classes loaded").isFalse();
        }
    }

    @Test
    void theSameRunWithOutputFolderDoesLoadThem() throws Exception {
        // the check above can fail: with -o the figures are drawn and the plotting classes are seen
        try (RecordingLoader loader = new RecordingLoader()) {
            assertThat(loader.ionhop(args(KMC, "-o", tmp.toString()))).isZero();
            assertThat(loader.plottingLoaded()).isTrue();
        }
    }
}
