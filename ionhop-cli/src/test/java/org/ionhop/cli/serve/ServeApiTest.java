package org.ionhop.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import org.ionhop.cli.Main;
import org.ionhop.cli.common.Json;

/**
 * The JSON API of {@code ionhop serve} over real HTTP: status codes, the shape of every answer, the token, limits,
 * traversal attempts, session separation, and that a job's result is the JSON the command line prints for the same
 * arguments.
 */
class ServeApiTest {
    private static final Path EXAMPLES = Path.of("../examples");
    private static final String TOKEN = "test-token-0123456789";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @TempDir
    static Path tmp;
    private static WebServer server;
    private static Path work;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        work = tmp.resolve("work");
        Path store = StoreFixture.write(tmp.resolve("screen.duckdb"), EXAMPLES.resolve("LiFePO4_pymatgen.cif"), 300);
        // 200 kB uploads, 3 files: small limits to test them
        server = new WebServer(new ServeSettings("127.0.0.1", 0, TOKEN, work, List.of(store), 200 * 1024, 3, 300, 8, 1));
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    // ---------- helpers

    record Reply(int status, String body) {
        JsonNode json() {
            try {
                return Json.mapper().readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    private static Reply send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = HTTP.send(b.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.Builder req(String path, String session) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + TOKEN)
                .header("X-Ionhop-Session", session);
    }

    private static Reply get(String path) {
        return send(req(path, "s1").GET());
    }

    /** A multipart body: {name, fileName-or-null, content} triples. */
    static final class Form {
        final String boundary = "----ionhop" + UUID.randomUUID();
        final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

        Form field(String name, String value) {
            return part(name, null, value.getBytes(StandardCharsets.UTF_8));
        }

        Form file(String name, Path file) throws IOException {
            return part(name, file.getFileName().toString(), Files.readAllBytes(file));
        }

        Form part(String name, String fileName, byte[] data) {
            String h = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                    + (fileName == null ? "" : "; filename=\"" + fileName + "\"") + "\r\n\r\n";
            out.writeBytes(h.getBytes(StandardCharsets.UTF_8));
            out.writeBytes(data);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            return this;
        }

        byte[] bytes() {
            java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream();
            o.writeBytes(out.toByteArray());
            o.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return o.toByteArray();
        }
    }

    private static Reply post(String path, Form f, String session) {
        return send(req(path, session).header("Content-Type", "multipart/form-data; boundary=" + f.boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(f.bytes())));
    }

    private static JsonNode await(String id, String session) throws InterruptedException {
        long end = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < end) {
            Reply r = send(req("/api/jobs/" + id, session).GET());
            assertThat(r.status()).isEqualTo(200);
            JsonNode j = r.json();
            String s = j.path("status").asText();
            if (!s.equals("queued") && !s.equals("running")) {
                return j;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job " + id + " did not finish in 120 s");
    }

    // ---------- health, token

    @Test
    void healthNeedsNoTokenAndListsTheAnalyses() {
        Reply r = send(HttpRequest.newBuilder(URI.create(base + "/api/health")).GET());
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("status").asText()).isEqualTo("ok");
        assertThat(r.json().path("analyses")).hasSize(7);
    }

    @Test
    void everyOtherEndpointNeedsTheToken() {
        for (String path : List.of("/api/jobs", "/api/screens", "/api/screens/0/rows", "/api/analyses/eis/options",
                "/api/jobs/0123456789abcdef0123456789abcdef")) {
            Reply none = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
            assertThat(none.status()).as(path).isEqualTo(401);
            assertThat(none.json().path("error").asText()).contains("token");
            Reply wrong = send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer nope")
                    .GET());
            assertThat(wrong.status()).as(path).isEqualTo(403);
        }
        Reply run = send(HttpRequest.newBuilder(URI.create(base + "/api/analyses/info"))
                .header("Content-Type", "multipart/form-data; boundary=x").POST(HttpRequest.BodyPublishers.ofString(
                        "--x--\r\n")));
        assertThat(run.status()).isEqualTo(401);
    }

    @Test
    void defaultAddressIsLoopbackAndTheUrlCarriesTheToken() {
        assertThat(server.url()).startsWith("http://127.0.0.1:").endsWith("/?token=" + TOKEN);
        ServeCommand c = new ServeCommand();
        new CommandLine(c).parseArgs();
        assertThat(c.bind).isNull();  // so serve listens on 127.0.0.1
        assertThat(c.port).isEqualTo(8321);
    }

    // ---------- analyses

    @Test
    void infoJobGivesTheJsonOfTheCommandLine() throws Exception {
        Reply started = post("/api/analyses/info", new Form().file("file", EXAMPLES.resolve("LiFePO4_pymatgen.cif")),
                "s1");
        assertThat(started.status()).isEqualTo(202);
        assertThat(started.json().path("id").asText()).matches("[0-9a-f]{32}");
        assertThat(started.json().path("status").asText()).isIn("queued", "running");
        JsonNode done = await(started.json().path("id").asText(), "s1");
        assertThat(done.path("status").asText()).isEqualTo("done");
        JsonNode result = done.path("result");
        assertThat(result.path("formula").asText()).isEqualTo("Li4Fe4P4O16");
        // the same command line, run as `ionhop` runs it, prints the same JSON (time stamp aside)
        String stored = result.path("file").asText();
        assertThat(Path.of(stored).normalize()).startsWith(work.normalize());
        StringWriter out = new StringWriter();
        CommandLine cl = Main.newCommandLine(false, new String[] {"info"});
        cl.setOut(new PrintWriter(out));
        assertThat(cl.execute("info", stored, "--json")).isZero();
        JsonNode cli = Json.mapper().readTree(out.toString());
        assertThat(withoutCreated(result)).isEqualTo(withoutCreated(cli));
        // raw result: exactly what the command printed
        Reply raw = get("/api/jobs/" + done.path("id").asText() + "/result");
        assertThat(raw.status()).isEqualTo(200);
        assertThat(withoutCreated(raw.json())).isEqualTo(withoutCreated(cli));
        // listed among the session's jobs
        assertThat(get("/api/jobs").json().findValuesAsText("id")).contains(done.path("id").asText());
    }

    private static JsonNode withoutCreated(JsonNode n) {
        JsonNode c = n.deepCopy();
        ((ObjectNode) c.path("meta")).remove("created");
        return c;
    }

    @Test
    void eisJobWithOptionsGivesResultAndPlotData() throws Exception {
        Path z = EXAMPLES.resolve("eis/impedancepy_Circuit3_EIS_1.z");
        Reply started = post("/api/analyses/eis", new Form().file("file", z).field("circuit", "R0-p(R1,CPE1)")
                .field("--multistart", "2"), "s1");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        JsonNode done = await(started.json().path("id").asText(), "s1");
        assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("done");
        JsonNode fit = done.path("result").path("fits").get(0);
        assertThat(done.path("result").path("meta").path("settings").path("multiStarts").asInt()).isEqualTo(2);
        JsonNode plot = get("/api/jobs/" + done.path("id").asText() + "/plot").json();
        JsonNode s = plot.path("spectra").get(0);
        assertThat(s.path("f_Hz")).hasSize(fit.path("points").asInt());
        // the simulated fit at the highest frequency approaches R0 (the capacitor shorts R1): Z' -> R0
        double r0 = fit.path("parameters").path("R0").asDouble();
        double reHigh = s.path("fit").path("re_ohm").get(0).asDouble();
        double fHigh = s.path("fit").path("f_Hz").get(0).asDouble();
        double r1 = fit.path("parameters").path("R1").asDouble();
        double tau = r1 * fit.path("parameters").path("CPE1_Q").asDouble();  // n = 1: an ideal RC
        double expected = r0 + r1 / (1 + Math.pow(2 * Math.PI * fHigh * tau, 2));
        assertThat(reHigh).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-3 * r1));
    }

    /** Submits a job and returns its final status (result included), checked to be done. */
    private static JsonNode runJob(String analysis, Form form) throws InterruptedException {
        Reply started = post("/api/analyses/" + analysis, form, "s1");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        return started.json();
    }

    private static JsonNode plotOf(JsonNode started) throws InterruptedException {
        JsonNode done = await(started.path("id").asText(), "s1");
        assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("done");
        Reply p = get("/api/jobs/" + started.path("id").asText() + "/plot");
        assertThat(p.status()).as(p.body()).isEqualTo(200);
        ObjectNode out = (ObjectNode) p.json();
        out.set("result", done.path("result"));
        return out;
    }

    private static JsonNode figure(JsonNode plot, String fileSuffix) {
        for (JsonNode f : plot.path("figures")) {
            if (f.path("file").asText().endsWith(fileSuffix)) {
                return f;
            }
        }
        throw new AssertionError("no figure *" + fileSuffix + " in " + plot.path("figures").findValuesAsText("file"));
    }

    private static JsonNode series(JsonNode figure, String namePrefix) {
        for (JsonNode s : figure.path("series")) {
            if (s.path("name").asText().startsWith(namePrefix)) {
                return s;
            }
        }
        throw new AssertionError("no series " + namePrefix + "* in " + figure.path("series").findValuesAsText("name"));
    }

    private static double last(JsonNode a) {
        return a.get(a.size() - 1).asDouble();
    }

    /**
     * The plot data of md, kmc, nmr t1/pfg and defects are the curves of the command's own figures: each is checked
     * against the command's JSON of the same job by an independent relation (slope = 2 d D, the BPP formula, ...).
     */
    @Test
    void plotDataOfEveryAnalysisMatchesItsJson() throws Exception {
        // all submitted first so that they run while the first is checked; small runs (about 2 s in all)
        JsonNode md = runJob("md", new Form().file("file", EXAMPLES.resolve("md/randomwalk_600K_vasprun.xml.gz"))
                .file("file", EXAMPLES.resolve("md/randomwalk_800K_vasprun.xml.gz")).field("ion", "Li"));
        JsonNode kmc = runJob("kmc", new Form().field("lattice", "sc").field("size", "4").field("vacancies", "1")
                .field("temperature", "600,800").field("steps", "40000").field("replicas", "2").field("threads", "1"));
        JsonNode t1 = runJob("nmr", new Form().field("mode", "t1").file("file", EXAMPLES.resolve("nmr/li_t1.txt")));
        JsonNode pfg = runJob("nmr", new Form().field("mode", "pfg").file("file", EXAMPLES.resolve("nmr/decay.txt"))
                .field("nucleus", "7Li").field("delta-ms", "2").field("big-delta-ms", "50"));
        JsonNode defects = runJob("defects", new Form().file("file",
                EXAMPLES.resolve("acceptor_oxide_pO2_defects.yaml")));

        // md: MSD on log-log axes; the fitted line has slope 2 d D* (d = 3) and spans the fit window, shaded
        JsonNode mp = plotOf(md);
        JsonNode run = mp.path("result").path("results").get(0);
        JsonNode msd = mp.path("figures").get(0);
        assertThat(msd.path("x").path("log").asBoolean()).isTrue();
        assertThat(msd.path("y").path("log").asBoolean()).isTrue();
        assertThat(msd.path("x").path("label").asText()).isEqualTo("lag time (ps)");
        assertThat(msd.path("y").path("label").asText()).isEqualTo("MSD (Å²)");
        JsonNode fit = series(msd, "fit D* ");
        double slopeA2PerPs = (last(fit.path("y")) - fit.path("y").get(0).asDouble())
                / (last(fit.path("x")) - fit.path("x").get(0).asDouble());
        double dCm2PerS = slopeA2PerPs / 6 * 1e-4;  // 1 Å²/ps = 1e-4 cm²/s
        assertThat(dCm2PerS).isCloseTo(run.path("D_tracer_cm2_s").asDouble(),
                org.assertj.core.data.Percentage.withPercentage(1e-6));
        assertThat(msd.path("bands").get(0).path("from").asDouble())
                .isCloseTo(run.path("fit").path("start_ps").asDouble(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(figure(mp, "md_arrhenius.svg").path("series").get(0).path("err")).hasSize(2);

        // kmc: the tracer MSD per ion at the end of the run is 6 D* t (Einstein), within the error of D*
        JsonNode kp = plotOf(kmc);
        JsonNode tracer = series(figure(kp, "kmc-msd.svg"), "tracer 600 K");
        JsonNode first = kp.path("result").path("sweep").get(0);
        double dA2PerPs = last(tracer.path("y")) / (6 * last(tracer.path("x")));
        assertThat(dA2PerPs * 1e-4).isCloseTo(first.path("D_tracer_cm2_s").asDouble(),
                org.assertj.core.data.Offset.offset(3 * first.path("D_tracer_err_cm2_s").asDouble()));
        assertThat(figure(kp, "kmc-arrhenius.svg").path("y").path("log").asBoolean()).isTrue();

        // nmr t1: data against 1000/T with error bars; the curve at the lowest data temperature is the BPP formula
        // C [J(w) + 4 J(2w)], J(w) = tau / (1 + (w tau)^2), tau = tau0 exp(Ea / kT), from the fitted parameters
        JsonNode tp = plotOf(t1);
        JsonNode r = tp.path("result");
        JsonNode bpp = figure(tp, ".svg");
        assertThat(bpp.path("x").path("label").asText()).isEqualTo("1000 / T (1/K)");
        JsonNode data = series(bpp, "data");
        assertThat(data.path("err")).hasSize(r.path("points").asInt());
        JsonNode curve = series(bpp, "BPP");
        double tMin = 1000 / curve.path("x").get(0).asDouble();
        double tau = r.path("tau0_s").asDouble() * Math.exp(r.path("Ea_eV").asDouble() / (8.617333262e-5 * tMin));
        double w = 2 * Math.PI * r.path("larmor_Hz").asDouble();
        double bppRate = r.path("prefactor_C_per_s2").asDouble()
                * (tau / (1 + w * w * tau * tau) + 4 * tau / (1 + 4 * w * w * tau * tau));
        assertThat(curve.path("y").get(0).asDouble()).isCloseTo(bppRate,
                org.assertj.core.data.Percentage.withPercentage(1e-6));

        // nmr pfg: S/S0 on a log axis against b; the fit is exp(-b D)
        JsonNode pp = plotOf(pfg);
        JsonNode decay = figure(pp, ".svg");
        assertThat(decay.path("y").path("log").asBoolean()).isTrue();
        JsonNode pfit = series(decay, "D* = ");
        double bLast = last(pfit.path("x"));
        double dM2PerS = pp.path("result").path("D_star_cm2_s").asDouble() * 1e-4;
        assertThat(last(pfit.path("y"))).isCloseTo(Math.exp(-bLast * dM2PerS),
                org.assertj.core.data.Percentage.withPercentage(1e-3));

        // defects: the Brouwer diagram, one curve per defect, the same numbers as the JSON's brouwer table
        JsonNode dp = plotOf(defects);
        JsonNode brouwer = figure(dp, "-brouwer.svg");
        JsonNode table = dp.path("result").path("brouwer");
        assertThat(brouwer.path("x").path("label").asText()).isEqualTo(table.path("label").asText());
        assertThat(brouwer.path("series")).hasSize(table.path("log10_per_cm3").size());
        JsonNode vo = series(brouwer, "V_O^..");
        assertThat(vo.path("x")).isEqualTo(table.path("x"));
        assertThat(vo.path("y")).isEqualTo(table.path("log10_per_cm3").path("V_O^.."));
        assertThat(brouwer.path("bands")).hasSize(table.path("regimes").size());
    }

    @Test
    void badRequestsAreAnsweredWithOneLine() throws Exception {
        Path cif = EXAMPLES.resolve("LiFePO4_pymatgen.cif");
        Reply unknown = post("/api/analyses/nosuch", new Form().file("file", cif), "s1");
        assertThat(unknown.status()).isEqualTo(404);
        Reply option = post("/api/analyses/bvse", new Form().file("file", cif).field("no-such-option", "1"), "s1");
        assertThat(option.status()).isEqualTo(400);
        assertThat(option.json().path("error").asText()).contains("--no-such-option");
        Reply value = post("/api/analyses/bvse", new Form().file("file", cif).field("grid", "abc"), "s1");
        assertThat(value.status()).isEqualTo(400);
        assertThat(value.json().path("error").asText()).contains("--grid").doesNotContain("\n");
        Reply reserved = post("/api/analyses/bvse", new Form().file("file", cif).field("--output", "x"), "s1");
        assertThat(reserved.status()).isEqualTo(400);
        Reply nmr = post("/api/analyses/nmr", new Form().field("mode", "nosuch"), "s1");
        assertThat(nmr.status()).isEqualTo(400);
        Reply notMultipart = send(req("/api/analyses/info", "s1").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(notMultipart.status()).isEqualTo(415);
        Reply method = send(req("/api/analyses/info", "s1").GET());
        assertThat(method.status()).isEqualTo(405);
        // a broken structure: the job fails with the command's one-line error, and the server goes on serving
        Reply broken = post("/api/analyses/info", new Form().part("file", "broken.cif",
                "data_x\n_cell_length_a 3.0\n_cell_length_b abc\n".getBytes(StandardCharsets.UTF_8)), "s1");
        assertThat(broken.status()).isEqualTo(202);
        JsonNode failed = await(broken.json().path("id").asText(), "s1");
        assertThat(failed.path("status").asText()).isEqualTo("failed");
        assertThat(failed.path("error").asText()).startsWith("ionhop: ").contains("broken.cif")
                .doesNotContain("\n").doesNotContain("Exception");
        assertThat(send(HttpRequest.newBuilder(URI.create(base + "/api/health")).GET()).status()).isEqualTo(200);
    }

    @Test
    void optionsComeFromTheCommand() {
        JsonNode o = get("/api/analyses/kmc/options").json();
        assertThat(o.path("command").asText()).isEqualTo("kmc");
        List<String> names = o.path("options").findValuesAsText("name");
        assertThat(names).contains("--temperature", "--lattice", "--structure", "--vacancies")
                .doesNotContain("--json", "--output", "--help");
        JsonNode pfg = get("/api/analyses/nmr/options?mode=pfg").json();
        assertThat(pfg.path("command").asText()).isEqualTo("nmr pfg");
        assertThat(pfg.path("modes")).hasSize(5);
    }

    // ---------- limits

    @Test
    void uploadsAreLimitedInSizeAndCount() throws Exception {
        Reply big = post("/api/analyses/info", new Form().part("file", "big.cif", new byte[300 * 1024]), "s1");
        assertThat(big.status()).isEqualTo(413);
        Path cif = EXAMPLES.resolve("LiFePO4_pymatgen.cif");
        Reply many = post("/api/analyses/eis", new Form().file("file", cif).file("file", cif).file("file", cif)
                .file("file", cif), "s1");
        assertThat(many.status()).isEqualTo(413);
        assertThat(many.json().path("error").asText()).contains("at most 3");
    }

    @Test
    void slowJobsTimeOutAndAFullQueueRefuses() throws Exception {
        // a server of its own: one worker, a queue of one, 3 s per job
        try (WebServer small = new WebServer(new ServeSettings("127.0.0.1", 0, TOKEN, tmp.resolve("small"), List.of(),
                200 * 1024, 3, 3, 1, 1))) {
            String saved = base;
            base = "http://127.0.0.1:" + small.port();
            try {
                Form slow = new Form().field("lattice", "sc").field("size", "10").field("steps", "2000000000")
                        .field("vacancies", "100").field("threads", "1");
                List<String> ids = new ArrayList<>();
                int refused = 0;
                for (int i = 0; i < 3; i++) {
                    Reply r = post("/api/analyses/kmc", slow, "q");
                    if (r.status() == 202) {
                        ids.add(r.json().path("id").asText());
                    } else {
                        assertThat(r.status()).isEqualTo(503);
                        assertThat(r.json().path("error").asText()).contains("queue is full");
                        refused++;
                    }
                }
                assertThat(refused).isEqualTo(1);
                // both accepted runs hit the 3 s limit: reported at once, and the kMC stops at its next progress
                // report, so the second job gets the worker and times out in turn
                for (String id : ids) {
                    JsonNode j = await(id, "q");
                    assertThat(j.path("status").asText()).isEqualTo("timeout");
                    assertThat(j.path("error").asText()).contains("time limit");
                    assertThat(j.path("elapsed_s").asDouble()).isBetween(2.9, 30.0);
                }
            } finally {
                base = saved;
            }
        }
    }

    // ---------- traversal, sessions

    @Test
    void traversalAttemptsFindNothing() throws Exception {
        for (String p : List.of("/../pom.xml", "/%2e%2e/pom.xml", "/vendor/../../org/ionhop/cli/Main.class",
                "/..%2F..%2Fetc%2Fpasswd", "/org/ionhop/cli/Main.class", "//etc/passwd", "/web/../index.html")) {
            Reply r = send(HttpRequest.newBuilder(URI.create(base + p)).GET());
            assertThat(r.status()).as(p).isEqualTo(404);
            assertThat(r.body()).doesNotContain("root:").doesNotContain("<project");
        }
        // an uploaded file named with a path is stored under a generated folder with a safe name
        Reply up = post("/api/analyses/info", new Form().part("file", "../../../evil.cif",
                Files.readAllBytes(EXAMPLES.resolve("LiFePO4_pymatgen.cif"))), "s1");
        assertThat(up.status()).isEqualTo(202);
        JsonNode done = await(up.json().path("id").asText(), "s1");
        Path stored = Path.of(done.path("result").path("file").asText());
        assertThat(stored.getFileName().toString()).isEqualTo("evil.cif");
        assertThat(stored.normalize()).startsWith(work.normalize());
        assertThat(tmp.resolve("evil.cif")).doesNotExist();
        try (Stream<Path> all = Files.walk(tmp)) {
            assertThat(all.filter(p -> p.getFileName().toString().equals("evil.cif")))
                    .allMatch(p -> p.normalize().startsWith(work.normalize()));
        }
        // a job's files: only names the job wrote
        String id = done.path("id").asText();
        for (String f : List.of("..%2F..%2Fin%2F1%2Fevil.cif", "..", "%2Fetc%2Fpasswd", "evil.cif")) {
            assertThat(get("/api/jobs/" + id + "/files/" + f).status()).as(f).isEqualTo(404);
        }
        // a value that looks like a path is refused; a file option takes only an uploaded file
        Reply path = post("/api/analyses/kmc", new Form().field("structure", "/etc/passwd"), "s1");
        assertThat(path.status()).isEqualTo(400);
        Reply slash = post("/api/analyses/kmc", new Form().field("lattice", "../../etc/passwd"), "s1");
        assertThat(slash.status()).isEqualTo(400);
        Reply at = post("/api/analyses/kmc", new Form().field("lattice", "@pom.xml"), "s1");
        assertThat(at.status()).isEqualTo(202);  // accepted as a lattice name (no @file expansion) ...
        JsonNode atJob = await(at.json().path("id").asText(), "s1");
        assertThat(atJob.path("error").asText()).contains("@pom.xml");  // ... and refused by the command
    }

    @Test
    void sessionsDoNotSeeEachOthersJobs() throws Exception {
        Reply a = post("/api/analyses/info", new Form().file("file", EXAMPLES.resolve("LiFePO4_pymatgen.cif")), "alice");
        String id = a.json().path("id").asText();
        await(id, "alice");
        assertThat(send(req("/api/jobs/" + id, "bob").GET()).status()).isEqualTo(404);
        assertThat(send(req("/api/jobs/" + id + "/result", "bob").GET()).status()).isEqualTo(404);
        assertThat(send(req("/api/jobs", "bob").GET()).json().findValuesAsText("id")).doesNotContain(id);
        assertThat(send(req("/api/jobs", "../x").GET()).status()).isEqualTo(400);
    }

    // ---------- screens

    @Test
    void screenRowsAreSortedFilteredAndPaged() {
        JsonNode list = get("/api/screens").json();
        assertThat(list.get(0).path("rows").asLong()).isEqualTo(300);
        assertThat(get("/api/screens/0/columns").json().findValuesAsText("name")).contains("barrier_1d_eV", "file");
        JsonNode asc = get("/api/screens/0/rows?sort=barrier_1d_eV&limit=20").json();
        assertThat(asc.path("total").asLong()).isEqualTo(300);
        int b1 = indexOf(asc.path("columns"), "barrier_1d_eV");
        List<Double> values = new ArrayList<>();
        asc.path("rows").forEach(r -> values.add(r.get(b1).asDouble()));
        assertThat(values).hasSize(20).isSorted();
        JsonNode desc = get("/api/screens/0/rows?sort=barrier_1d_eV&desc=true&limit=5").json();
        assertThat(desc.path("rows").get(0).get(b1).asDouble()).isGreaterThanOrEqualTo(values.get(19));
        // filter: only rows with 1D barrier <= 0.5 eV, and their count is the total
        JsonNode f = get("/api/screens/0/rows?sort=barrier_1d_eV&limit=1000&filter=barrier_1d_eV:le:0.5").json();
        assertThat(f.path("rows")).hasSize(f.path("total").asInt());
        f.path("rows").forEach(r -> assertThat(r.get(b1).asDouble()).isLessThanOrEqualTo(0.5));
        // paging: the second page starts where the first ended
        JsonNode p2 = get("/api/screens/0/rows?sort=barrier_1d_eV&limit=10&offset=10").json();
        assertThat(p2.path("rows").get(0).get(b1).asDouble()).isEqualTo(values.get(10));
        // text filter and the real row
        JsonNode lfp = get("/api/screens/0/rows?filter=formula:eq:LiFePO4").json();
        assertThat(lfp.path("total").asInt()).isEqualTo(1);
        // bad requests
        assertThat(get("/api/screens/0/rows?sort=file;DROP%20TABLE%20results").status()).isEqualTo(400);
        assertThat(get("/api/screens/0/rows?filter=barrier_1d_eV:le:abc").status()).isEqualTo(400);
        assertThat(get("/api/screens/0/rows?filter=nosuch:eq:1").status()).isEqualTo(400);
        assertThat(get("/api/screens/0/rows?limit=100000").status()).isEqualTo(400);
        assertThat(get("/api/screens/7/rows").status()).isEqualTo(404);
        assertThat(get("/api/screens/0/rows?filter=formula:eq:x'%20OR%20'1'='1").json().path("total").asInt()).isZero();
    }

    private static int indexOf(JsonNode names, String name) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).asText().equals(name)) {
                return i;
            }
        }
        throw new AssertionError(name);
    }

    @Test
    void scatterPointsAndARowsStructure() throws Exception {
        JsonNode p = get("/api/screens/0/points?x=volume_A3&y=barrier_1d_eV&limit=100").json();
        assertThat(p.path("x")).hasSize(100);
        assertThat(p.path("sampled").asBoolean()).isTrue();
        assertThat(get("/api/screens/0/points?x=formula&y=barrier_1d_eV").status()).isEqualTo(400);
        // the real row's structure runs info from the file the store names
        String key = StoreFixture.sha256(EXAMPLES.resolve("LiFePO4_pymatgen.cif")) + "#LiFePO4";
        Reply r = send(req("/api/screens/0/analyses/info?key=" + java.net.URLEncoder.encode(key,
                StandardCharsets.UTF_8), "s1").POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(r.status()).as(r.body()).isEqualTo(202);
        assertThat(await(r.json().path("id").asText(), "s1").path("result").path("formula").asText())
                .isEqualTo("Li4Fe4P4O16");
        Reply missing = send(req("/api/screens/0/analyses/info?key=" + "0".repeat(63) + "1%23b1", "s1")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(missing.status()).isEqualTo(404);  // synthetic row: no such file here
    }
}
