package org.ionhop.cli.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.ionhop.io.InputFormatException;
import org.ionhop.network.NetworkHop;
import org.ionhop.network.NetworkSite;
import org.ionhop.network.SiteNetwork;
import org.ionhop.structure.Lattice;

/**
 * Reads and writes a {@link SiteNetwork} as JSON ({@code docs/network-format.md}): the output of
 * {@code ionhop bvse} and an input of {@code ionhop kmc --network}, which also reads the same keys as YAML.
 */
public final class NetworkJson {
    /** The value of the "format" key. */
    public static final String FORMAT = "ionhop-site-network";
    /** How far a saddle may lie below the higher of its sites (rounding of energies written with 6 digits), eV. */
    static final double SADDLE_TOLERANCE_EV = 1e-6;

    private NetworkJson() {
    }

    /** The JSON tree of a network, with the given provenance block. */
    public static ObjectNode toJson(SiteNetwork n, ObjectNode meta) {
        ObjectNode o = Json.object();
        o.put("format", FORMAT);
        o.put("version", 1);
        if (meta != null) {
            o.set("meta", meta);
        }
        o.put("source", n.source());
        o.put("ion", n.ion());
        o.put("charge", n.charge());
        o.put("energy_unit", "eV");
        o.put("length_unit", "Å");
        ArrayNode lat = o.putArray("lattice");
        for (int i = 0; i < 3; i++) {
            ArrayNode row = lat.addArray();
            for (double v : n.lattice().vector(i)) {
                row.add(v);
            }
        }
        ArrayNode sites = o.putArray("sites");
        for (int i = 0; i < n.sites().size(); i++) {
            NetworkSite s = n.sites().get(i);
            ObjectNode so = sites.addObject();
            so.put("index", i);
            ArrayNode f = so.putArray("frac");
            for (double v : s.frac()) {
                f.add(v);
            }
            Json.putFinite(so, "energy_eV", s.energyEv());
            so.put("type", s.type());
        }
        ArrayNode hops = o.putArray("hops");
        for (NetworkHop h : n.hops()) {
            ObjectNode ho = hops.addObject();
            ho.put("from", h.from());
            ho.put("to", h.to());
            ArrayNode im = ho.putArray("image");
            for (int v : h.image()) {
                im.add(v);
            }
            Json.putFinite(ho, "saddle_energy_eV", h.saddleEnergyEv());
            Json.putFinite(ho, "kra_eV", n.kraEv(h));
            Json.putFinite(ho, "distance_A", n.hopLength(h));
            ho.put("type", h.type());
        }
        return o;
    }

    /** Writes a network atomically. */
    public static void write(SiteNetwork n, ObjectNode meta, Path target) {
        Json.writeFile(target, toJson(n, meta));
    }

    /**
     * Reads a network; malformed files are an {@link InputFormatException} naming the line and the key that is
     * wrong.
     */
    public static SiteNetwork read(Path file) {
        String name = file.toString();
        boolean yaml = isYaml(file);
        String syntax = yaml ? "YAML" : "JSON";
        ObjectMapper mapper = yaml ? new ObjectMapper(new YAMLFactory()) : Json.mapper();
        JsonNode root;
        JsonLines lines;
        try {
            if (!Files.exists(file)) {
                throw new InputFormatException(name, 0, "file not found");
            }
            root = mapper.readTree(file.toFile());
            lines = JsonLines.index(mapper, file);
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            String message = String.valueOf(e.getOriginalMessage()).strip().lines().findFirst().orElse("");
            throw new InputFormatException(name, line, "expected " + syntax + " (" + message + ")");
        } catch (IOException e) {
            throw new InputFormatException(name, 0, "cannot be read (" + e.getMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new InputFormatException(name, 1, "expected a " + syntax + " mapping of format " + FORMAT);
        }
        Reader in = new Reader(name, lines);
        if (!FORMAT.equals(root.path("format").asText())) {
            throw in.error("format", "\"format\": \"" + FORMAT + "\"");
        }
        double[][] m = new double[3][];
        JsonNode lat = root.path("lattice");
        for (int i = 0; i < 3; i++) {
            m[i] = in.vector(lat.path(i), "lattice[" + i + "]", "three numbers, Å");
        }
        Lattice lattice;
        try {
            lattice = Lattice.fromMatrix(m);
        } catch (IllegalArgumentException e) {
            throw in.error("lattice", "a cell of positive volume, found " + e.getMessage());
        }
        List<NetworkSite> sites = new ArrayList<>();
        JsonNode sn = root.path("sites");
        if (!sn.isArray() || sn.isEmpty()) {
            throw in.error("sites", "a non-empty \"sites\" array");
        }
        for (int i = 0; i < sn.size(); i++) {
            JsonNode s = sn.get(i);
            double[] f = in.vector(s.path("frac"), "sites[" + i + "].frac", "three numbers");
            double e = in.number(s.path("energy_eV"), "sites[" + i + "].energy_eV", "a number, eV");
            sites.add(new NetworkSite(f, e, s.path("type").asText("")));
        }
        List<NetworkHop> hops = new ArrayList<>();
        JsonNode hn = root.path("hops");
        if (!hn.isArray()) {
            throw in.error("hops", "a \"hops\" array");
        }
        for (int i = 0; i < hn.size(); i++) {
            NetworkHop h = in.hop(hn.get(i), "hops[" + i + "]", sites.size());
            // A saddle below a site it joins would give a negative barrier out of that site (the kMC's clamp would
            // silently make the hop free): the energies are inconsistent, not a fast hop.
            double high = Math.max(sites.get(h.from()).energyEv(), sites.get(h.to()).energyEv());
            if (h.saddleEnergyEv() < high - SADDLE_TOLERANCE_EV) {
                throw in.error("hops[" + i + "].saddle_energy_eV", String.format(Locale.ROOT, "a saddle energy at or "
                        + "above the energies of the sites it joins (%d: %.6g eV, %d: %.6g eV), found %.6g eV",
                        h.from(), sites.get(h.from()).energyEv(), h.to(), sites.get(h.to()).energyEv(),
                        h.saddleEnergyEv()));
            }
            hops.add(h);
        }
        double charge = root.path("charge").isNumber() ? root.path("charge").asDouble() : 1.0;
        return new SiteNetwork(lattice, root.path("ion").asText("Li"), charge, sites, hops, name);
    }

    /** Networks written by hand may be YAML (same keys; JSON is also valid YAML): chosen by the extension. */
    private static boolean isYaml(Path file) {
        String n = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml");
    }

    /** Typed getters whose errors carry the file, the line of the key and what was expected. */
    private record Reader(String file, JsonLines lines) {
        InputFormatException error(String path, String expected) {
            return new InputFormatException(file, lines.lineOf(path), path + ": expected " + expected);
        }

        NetworkHop hop(JsonNode h, String where, int siteCount) {
            int from = integer(h.path("from"), where + ".from", "a site index");
            int to = integer(h.path("to"), where + ".to", "a site index");
            if (from >= siteCount || to >= siteCount || from < 0 || to < 0) {
                throw error(where, "site indices in 0.." + (siteCount - 1) + ", found " + from + " -> " + to);
            }
            JsonNode image = h.path("image");
            if (!image.isArray() || image.size() != 3) {
                throw error(where + ".image", "three integers");
            }
            int[] im = new int[3];
            for (int k = 0; k < 3; k++) {
                // A fractional image (0.5) would be truncated to a different hop; refuse it.
                im[k] = integer(image.get(k), where + ".image", "three integers");
            }
            double saddle = number(h.path("saddle_energy_eV"), where + ".saddle_energy_eV", "a number, eV");
            try {
                return new NetworkHop(from, to, im, saddle, h.path("type").asText(""));
            } catch (IllegalArgumentException e) {
                throw error(where, "a valid hop: " + e.getMessage());
            }
        }

        double[] vector(JsonNode a, String path, String what) {
            if (!a.isArray() || a.size() != 3) {
                throw error(path, what);
            }
            double[] v = new double[3];
            for (int i = 0; i < 3; i++) {
                v[i] = number(a.get(i), path, what);
            }
            return v;
        }

        double number(JsonNode v, String path, String what) {
            if (!v.isNumber()) {
                throw error(path, what + ", found " + (v.isMissingNode() ? "nothing" : v));
            }
            return v.asDouble();
        }

        int integer(JsonNode v, String path, String what) {
            if (!v.isIntegralNumber() || !v.canConvertToInt()) {
                throw error(path, what + ", found " + (v.isMissingNode() ? "nothing" : v));
            }
            return v.asInt();
        }
    }
}
