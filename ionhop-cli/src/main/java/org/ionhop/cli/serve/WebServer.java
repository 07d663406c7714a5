package org.ionhop.cli.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.ionhop.Version;
import org.ionhop.cli.common.Json;

/**
 * The HTTP server of {@code ionhop serve}, on the JDK's {@code com.sun.net.httpserver} (no dependency): static pages
 * and bundled libraries from the jar ({@code /web/}), and the JSON API under {@code /api/} (README, "Web app").
 *
 * <p>Every API request except {@code GET /api/health} must carry {@code Authorization: Bearer TOKEN} (401 without
 * it, 403 with a wrong one); the pages keep the token from the URL of the first visit and send it. Jobs and their
 * files belong to the session named by the header {@code X-Ionhop-Session} (the pages make one per browser tab); a
 * job of another session answers 404. Errors are JSON {@code {"error": "one line"}}, never a stack trace.
 */
public final class WebServer implements AutoCloseable {
    private static final Pattern STATIC_PATH = Pattern.compile("/[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*");
    private static final Pattern OPTIONS = Pattern.compile("/api/analyses/([a-z]+)/options");
    private static final Pattern SESSION = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final Pattern JOB = Pattern.compile("/api/jobs/([0-9a-f]{32})(/result|/plot|/files(/[^/]+)?)?");
    private static final Pattern SCREEN = Pattern.compile("/api/screens/([0-9]{1,3})/(columns|rows|points|analyses/(info|bvse))");
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "png", "image/png",
            "svg", "image/svg+xml", "json", "application/json", "txt", "text/plain; charset=utf-8",
            "csv", "text/csv; charset=utf-8", "ico", "image/x-icon");

    private static final com.fasterxml.jackson.databind.ObjectWriter COMPACT = Json.mapper().writer()
            .without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);

    private final ServeSettings settings;
    private final HttpServer server;
    private final ExecutorService handlers;
    private final Jobs jobs;
    private final List<ScreenView> screens = new ArrayList<>();

    /** Binds the port and starts serving. */
    public WebServer(ServeSettings settings) throws IOException {
        this.settings = settings;
        Files.createDirectories(settings.workDir());
        for (Path p : settings.stores()) {
            screens.add(new ScreenView(p));
        }
        this.jobs = new Jobs(settings.workers(), settings.queueSize(), settings.jobTimeoutSeconds(), settings.keepJobs());
        this.server = HttpServer.create(new InetSocketAddress(settings.bind(), settings.port()), 64);
        this.handlers = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "ionhop-serve-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(handlers);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The port listened on (the chosen one when the settings asked for port 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The address to open in a browser, with the token. */
    public String url() {
        String host = settings.bind().contains(":") ? "[" + settings.bind() + "]" : settings.bind();
        return "http://" + host + ":" + port() + "/?token=" + settings.token();
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
        jobs.close();
        screens.forEach(ScreenView::close);
    }

    private void handle(HttpExchange ex) {
        try (ex) {
            try {
                route(ex);
            } catch (BadRequest e) {
                sendError(ex, e.status(), e.getMessage());
            } catch (RuntimeException e) {
                sendError(ex, 500, "internal error: " + Analyses.oneLine(e.toString()));
            }
        } catch (IOException | UncheckedIOException e) {
            // the client went away while we answered: nothing to tell it
        }
    }

    private void route(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getRawPath();
        String method = ex.getRequestMethod();
        if (!path.startsWith("/api/")) {
            requireMethod(method, "GET", "HEAD");
            serveStatic(ex, path);
            return;
        }
        if (path.equals("/api/health")) {
            requireMethod(method, "GET");
            ObjectNode o = Json.object();
            o.put("status", "ok");
            o.put("ionhop_version", Version.get());
            ArrayNode a = o.putArray("analyses");
            Analyses.COMMANDS.keySet().forEach(a::add);
            sendJson(ex, 200, o);
            return;
        }
        authorize(ex);
        String session = session(ex);
        Matcher om = OPTIONS.matcher(path);
        if (om.matches()) {
            requireMethod(method, "GET");
            sendJson(ex, 200, Analyses.options(om.group(1), first(query(ex.getRequestURI()), "mode", null)));
            return;
        }
        if (path.startsWith("/api/analyses/")) {
            requireMethod(method, "POST");
            String analysis = path.substring("/api/analyses/".length());
            List<Multipart.Part> parts = Multipart.parse(readBody(ex),
                    Multipart.boundary(ex.getRequestHeaders().getFirst("Content-Type")), settings.maxFiles());
            sendJson(ex, 202, start(analysis, parts, session));
            return;
        }
        if (path.equals("/api/jobs")) {
            requireMethod(method, "GET");
            ArrayNode a = Json.mapper().createArrayNode();
            for (Job j : jobs.of(session)) {
                a.add(status(j, false));
            }
            sendJson(ex, 200, a);
            return;
        }
        Matcher jm = JOB.matcher(path);
        if (jm.matches()) {
            requireMethod(method, "GET");
            Job j = jobs.get(jm.group(1), session);
            if (j == null) {
                throw new BadRequest(404, "no such job in this session");
            }
            String rest = jm.group(2);
            if (rest == null) {
                sendJson(ex, 200, status(j, true));
            } else if (rest.equals("/result")) {
                if (j.status != Job.Status.DONE) {
                    throw new BadRequest(409, "job is " + j.status.name().toLowerCase(Locale.ROOT) + ", not done");
                }
                send(ex, 200, "application/json", j.stdout.getBytes(StandardCharsets.UTF_8));
            } else if (rest.equals("/plot")) {
                if (j.status != Job.Status.DONE) {
                    throw new BadRequest(404, "plot data only of a finished job");
                }
                if (j.analysis.equals("eis")) {
                    sendJson(ex, 200, EisPlotData.of(Json.mapper().readTree(j.stdout), j.dir));
                } else {
                    // the curves of the command's own figures, kept by the job as it ran (see FigureData)
                    ObjectNode p = Json.object();
                    p.set("figures", j.figures == null ? Json.mapper().createArrayNode() : j.figures);
                    sendJson(ex, 200, p);
                }
            } else if (rest.equals("/files")) {
                ArrayNode a = Json.mapper().createArrayNode();
                files(j).forEach(a::add);
                sendJson(ex, 200, a);
            } else {
                sendJobFile(ex, j, URLDecoder.decode(jm.group(3).substring(1), StandardCharsets.UTF_8));
            }
            return;
        }
        if (path.equals("/api/screens")) {
            requireMethod(method, "GET");
            ArrayNode a = Json.mapper().createArrayNode();
            for (int i = 0; i < screens.size(); i++) {
                ObjectNode o = a.addObject();
                o.put("id", i);
                o.put("name", String.valueOf(screens.get(i).file().getFileName()));
                o.put("rows", screens.get(i).count());
            }
            sendJson(ex, 200, a);
            return;
        }
        Matcher sm = SCREEN.matcher(path);
        if (sm.matches()) {
            int id = Integer.parseInt(sm.group(1));
            if (id >= screens.size()) {
                throw new BadRequest(404, "no results store " + id);
            }
            screen(ex, screens.get(id), sm.group(2), session);
            return;
        }
        throw new BadRequest(404, "no such endpoint: " + method + " " + path);
    }

    private static void requireMethod(String method, String... allowed) {
        for (String a : allowed) {
            if (a.equals(method)) {
                return;
            }
        }
        throw new BadRequest(405, "method " + method + " not allowed here; expected " + String.join(" or ", allowed));
    }

    /** 401 without a bearer token, 403 with a wrong one (compared in constant time). */
    private void authorize(HttpExchange ex) {
        String h = ex.getRequestHeaders().getFirst("Authorization");
        if (h == null || !h.regionMatches(true, 0, "Bearer ", 0, 7)) {
            ex.getResponseHeaders().set("WWW-Authenticate", "Bearer");
            throw new BadRequest(401, "missing token: send Authorization: Bearer TOKEN (printed by ionhop serve)");
        }
        byte[] given = h.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, settings.token().getBytes(StandardCharsets.UTF_8))) {
            throw new BadRequest(403, "wrong token");
        }
    }

    private static String session(HttpExchange ex) {
        String s = ex.getRequestHeaders().getFirst("X-Ionhop-Session");
        if (s == null) {
            return "default";
        }
        if (!SESSION.matcher(s).matches()) {
            throw new BadRequest(400, "X-Ionhop-Session: expected 1 to 64 letters, digits or dashes");
        }
        return s;
    }

    /** The request body, refused with 413 beyond the upload limit (before reading when the length is declared). */
    private byte[] readBody(HttpExchange ex) throws IOException {
        long max = settings.maxUploadBytes();
        String declared = ex.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            long n;
            try {
                n = Long.parseLong(declared.strip());
            } catch (NumberFormatException e) {
                throw new BadRequest(400, "bad Content-Length");
            }
            if (n > max) {
                drain(ex.getRequestBody());
                throw new BadRequest(413, "upload too large: " + n + " bytes; the limit is " + max
                        + " (serve --max-upload-mb)");
            }
        }
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        byte[] chunk = new byte[65536];
        try (InputStream in = ex.getRequestBody()) {
            int r;
            while ((r = in.read(chunk)) > 0) {
                buf.write(chunk, 0, r);
                if (buf.size() > max) {
                    drain(in);
                    throw new BadRequest(413, "upload too large; the limit is " + max + " bytes (serve --max-upload-mb)");
                }
            }
        }
        return buf.toByteArray();
    }

    /**
     * Reads and drops what the client still sends (up to {@link #DRAIN_LIMIT_BYTES}) before a refusal is answered:
     * a server that answers and closes while the client is still writing makes the client see a connection reset
     * instead of the 413. Beyond the bound the connection is simply closed.
     */
    private static void drain(InputStream in) {
        byte[] chunk = new byte[65536];
        long seen = 0;
        try {
            int r;
            while (seen < DRAIN_LIMIT_BYTES && (r = in.read(chunk)) > 0) {
                seen += r;
            }
        } catch (IOException ignored) {
            // the client went away: nothing left to drain
        }
    }

    private static final long DRAIN_LIMIT_BYTES = 64L * 1024 * 1024;

    private ObjectNode start(String analysis, List<Multipart.Part> parts, String session) {
        Analyses.commandWords(analysis, modeOf(parts));  // 404/400 before anything is written
        String id = Jobs.newId();
        Path dir = settings.workDir().resolve(session).resolve(id);
        List<String> args;
        try {
            Files.createDirectories(dir.resolve("out"));
            args = Analyses.args(analysis, parts, dir.resolve("in"), dir.resolve("out"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (BadRequest e) {
            deleteTree(dir);
            throw e;
        }
        Job j = new Job(id, session, analysis, args, dir);
        jobs.submit(j);
        return status(j, false);
    }

    private static String modeOf(List<Multipart.Part> parts) {
        for (Multipart.Part p : parts) {
            if (p.name().equals("mode") && !p.isFile()) {
                return p.text().strip();
            }
        }
        return null;
    }

    /** The status of a job; with its result (the command's JSON) once done. */
    private ObjectNode status(Job j, boolean withResult) {
        ObjectNode o = Json.object();
        Job.Status s = j.status;
        o.put("id", j.id);
        o.put("analysis", j.analysis);
        o.put("status", s.name().toLowerCase(Locale.ROOT));
        ObjectNode p = o.putObject("progress");
        p.put("done", j.done);
        p.put("total", j.total);
        o.put("elapsed_s", Math.round(j.elapsedSeconds() * 1000) / 1000.0);
        if (s == Job.Status.FAILED || s == Job.Status.TIMEOUT) {
            o.put("error", j.error);
        }
        if (s == Job.Status.DONE) {
            ArrayNode f = o.putArray("files");
            files(j).forEach(f::add);
            if (withResult) {
                try {
                    JsonNode r = Json.mapper().readTree(j.stdout);
                    o.set("result", r);
                } catch (IOException e) {
                    o.put("error", "the command printed no JSON");
                }
            }
        }
        return o;
    }

    /** Names of the files a job wrote (only these can be fetched). */
    private static List<String> files(Job j) {
        if (!Files.isDirectory(j.outDir())) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(j.outDir())) {
            return s.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Sends a file of a job: the name must equal one of the listed names; no path is built from the request. */
    private void sendJobFile(HttpExchange ex, Job j, String name) throws IOException {
        if (j.status != Job.Status.DONE || !files(j).contains(name)) {
            throw new BadRequest(404, "no such file of this job");
        }
        byte[] data = Files.readAllBytes(j.outDir().resolve(name));
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        send(ex, 200, TYPES.getOrDefault(ext, "application/octet-stream"), data);
    }

    private void screen(HttpExchange ex, ScreenView view, String what, String session) throws IOException {
        Map<String, List<String>> q = query(ex.getRequestURI());
        List<ScreenView.Filter> filters = new ArrayList<>();
        for (String f : q.getOrDefault("filter", List.of())) {
            filters.add(ScreenView.filter(f));
        }
        switch (what) {
            case "columns" -> {
                requireMethod(ex.getRequestMethod(), "GET");
                sendJson(ex, 200, ScreenView.columns());
            }
            case "rows" -> {
                requireMethod(ex.getRequestMethod(), "GET");
                String sort = first(q, "sort", "file");
                boolean desc = first(q, "desc", "false").equals("true") || first(q, "desc", "0").equals("1");
                sendJson(ex, 200, view.rows(filters, ScreenView.column(sort), desc, integer(q, "offset", 0),
                        integer(q, "limit", 50)));
            }
            case "points" -> {
                requireMethod(ex.getRequestMethod(), "GET");
                sendJson(ex, 200, view.points(filters, ScreenView.column(first(q, "x", "volume_A3")),
                        ScreenView.column(first(q, "y", "barrier_1d_eV")), integer(q, "limit", 5000)));
            }
            default -> {
                // analyses/info or analyses/bvse of a row: the file named by the store, never by the request
                requireMethod(ex.getRequestMethod(), "POST");
                String analysis = what.substring("analyses/".length());
                Map<String, String> row = view.row(first(q, "key", ""));
                if (row == null) {
                    throw new BadRequest(404, "no such row in the store");
                }
                Path file = Path.of(row.get("file"));
                if (row.get("file").contains("!") || !Files.isRegularFile(file)) {
                    throw new BadRequest(404, row.get("file") + ": the row's input file is not readable here");
                }
                byte[] data = Files.readAllBytes(file);
                String sha = HexFormat.of().formatHex(sha256(data));
                if (!first(q, "key", "").startsWith(sha + "#")) {
                    throw new BadRequest(409, row.get("file") + ": changed since it was screened (sha256 differs)");
                }
                List<Multipart.Part> parts = new ArrayList<>();
                parts.add(new Multipart.Part("file", String.valueOf(file.getFileName()), data));
                String type = ex.getRequestHeaders().getFirst("Content-Type");
                if (type != null && type.startsWith("multipart/")) {
                    for (Multipart.Part p : Multipart.parse(readBody(ex), Multipart.boundary(type), 0)) {
                        parts.add(p);  // options only: a file part is refused by the limit of 0 files
                    }
                }
                if (analysis.equals("bvse") && !row.get("mobile_ion").isEmpty()
                        && parts.stream().noneMatch(p -> p.name().equals("ion") || p.name().equals("--ion"))) {
                    parts.add(new Multipart.Part("ion", null, row.get("mobile_ion").getBytes(StandardCharsets.UTF_8)));
                }
                sendJson(ex, 202, start(analysis, parts, session));
            }
        }
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, List<String>> query(URI uri) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return m;
        }
        for (String kv : raw.split("&")) {
            int eq = kv.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? kv : kv.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8);
            m.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
        }
        return m;
    }

    private static String first(Map<String, List<String>> q, String key, String dflt) {
        List<String> v = q.get(key);
        return v == null || v.isEmpty() ? dflt : v.get(0);
    }

    private static int integer(Map<String, List<String>> q, String key, int dflt) {
        try {
            return Integer.parseInt(first(q, key, Integer.toString(dflt)));
        } catch (NumberFormatException e) {
            throw new BadRequest(400, key + ": expected an integer");
        }
    }

    /**
     * A page or bundled library from the jar ({@code /web/...}). The path must be plain names joined by slashes (no
     * {@code ..}, no encoded characters), so it cannot leave {@code /web/}.
     */
    private void serveStatic(HttpExchange ex, String path) throws IOException {
        String p = path.equals("/") ? "/index.html" : path;
        if (!STATIC_PATH.matcher(p).matches() || p.contains("..")) {
            throw new BadRequest(404, "not found");
        }
        byte[] data;
        try (InputStream in = WebServer.class.getResourceAsStream("/web" + p)) {
            if (in == null) {
                throw new BadRequest(404, "not found: " + p);
            }
            data = in.readAllBytes();
        }
        String ext = p.substring(p.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        ex.getResponseHeaders().set("Cache-Control", p.startsWith("/vendor/") ? "max-age=86400" : "no-cache");
        send(ex, 200, TYPES.getOrDefault(ext, "application/octet-stream"), data);
    }

    private static void sendError(HttpExchange ex, int status, String message) throws IOException {
        ObjectNode o = Json.object();
        o.put("error", Analyses.oneLine(message));
        sendJson(ex, status, o);
    }

    private static void sendJson(HttpExchange ex, int status, JsonNode body) throws IOException {
        // compact (the points of a scatter plot are 40 % smaller without indentation); a job's result is sent as the
        // command printed it, see /result
        send(ex, status, "application/json", COMPACT.writeValueAsBytes(body));
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        var h = ex.getResponseHeaders();
        h.set("Content-Type", type);
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Referrer-Policy", "no-referrer");
        h.set("Content-Security-Policy", "default-src 'self'; img-src 'self' data: blob:; "
                + "style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-eval'; frame-ancestors 'none'");
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a file left in the work directory is harmless
                }
            });
        } catch (IOException e) {
            // same
        }
    }
}
