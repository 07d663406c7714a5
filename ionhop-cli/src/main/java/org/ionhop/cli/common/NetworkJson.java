package org.ionhop.cli.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.ionhop.io.InputFormatException;
import org.ionhop.network.NetworkHop;
import org.ionhop.network.NetworkSite;
import org.ionhop.network.SiteNetwork;
import org.ionhop.structure.Lattice;

/**
 * Reads and writes a {@link SiteNetwork} as JSON ({@code docs/network-format.md}): the output of
 * {@code ionhop bvse} and an input of {@code ionhop kmc --network}.
 */
public final class NetworkJson {
    /** The value of the "format" key. */
    public static final String FORMAT = "ionhop-site-network";

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

    /** Reads a network; malformed files are an {@link InputFormatException} naming the key that is wrong. */
    public static SiteNetwork read(Path file) {
        String name = file.toString();
        JsonNode root;
        try {
            if (!Files.exists(file)) {
                throw new InputFormatException(name, 0, "file not found");
            }
            root = Json.mapper().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InputFormatException(name, line, "expected JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new InputFormatException(name, 0, "cannot be read (" + e.getMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new InputFormatException(name, 0, "expected a JSON object of format " + FORMAT);
        }
        if (!FORMAT.equals(root.path("format").asText())) {
            throw new InputFormatException(name, 0, "expected \"format\": \"" + FORMAT + "\"");
        }
        double[][] m = new double[3][];
        JsonNode lat = root.path("lattice");
        for (int i = 0; i < 3; i++) {
            m[i] = vector(lat.path(i), 3, name, "lattice[" + i + "] (three numbers, Å)");
        }
        Lattice lattice;
        try {
            lattice = Lattice.fromMatrix(m);
        } catch (IllegalArgumentException e) {
            throw new InputFormatException(name, 0, "lattice: " + e.getMessage());
        }
        List<NetworkSite> sites = new ArrayList<>();
        JsonNode sn = root.path("sites");
        if (!sn.isArray() || sn.isEmpty()) {
            throw new InputFormatException(name, 0, "expected a non-empty \"sites\" array");
        }
        for (int i = 0; i < sn.size(); i++) {
            JsonNode s = sn.get(i);
            double[] f = vector(s.path("frac"), 3, name, "sites[" + i + "].frac (three numbers)");
            double e = number(s.path("energy_eV"), name, "sites[" + i + "].energy_eV (a number, eV)");
            sites.add(new NetworkSite(f, e, s.path("type").asText("")));
        }
        List<NetworkHop> hops = new ArrayList<>();
        JsonNode hn = root.path("hops");
        if (!hn.isArray()) {
            throw new InputFormatException(name, 0, "expected a \"hops\" array");
        }
        for (int i = 0; i < hn.size(); i++) {
            JsonNode h = hn.get(i);
            String where = "hops[" + i + "]";
            int from = integer(h.path("from"), name, where + ".from (a site index)");
            int to = integer(h.path("to"), name, where + ".to (a site index)");
            if (from >= sites.size() || to >= sites.size() || from < 0 || to < 0) {
                throw new InputFormatException(name, 0, where + ": site index out of range 0.." + (sites.size() - 1));
            }
            double[] imd = vector(h.path("image"), 3, name, where + ".image (three integers)");
            int[] im = {(int) imd[0], (int) imd[1], (int) imd[2]};
            double saddle = number(h.path("saddle_energy_eV"), name, where + ".saddle_energy_eV (a number, eV)");
            try {
                hops.add(new NetworkHop(from, to, im, saddle, h.path("type").asText("")));
            } catch (IllegalArgumentException e) {
                throw new InputFormatException(name, 0, where + ": " + e.getMessage());
            }
        }
        double charge = root.path("charge").isNumber() ? root.path("charge").asDouble() : 1.0;
        return new SiteNetwork(lattice, root.path("ion").asText("Li"), charge, sites, hops, name);
    }

    private static double[] vector(JsonNode a, int n, String file, String what) {
        if (!a.isArray() || a.size() != n) {
            throw new InputFormatException(file, 0, "expected " + what);
        }
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = number(a.get(i), file, what);
        }
        return v;
    }

    private static double number(JsonNode v, String file, String what) {
        if (!v.isNumber()) {
            throw new InputFormatException(file, 0, "expected " + what + ", found " + (v.isMissingNode() ? "nothing" : v));
        }
        return v.asDouble();
    }

    private static int integer(JsonNode v, String file, String what) {
        if (!v.isIntegralNumber()) {
            throw new InputFormatException(file, 0, "expected " + what + ", found " + (v.isMissingNode() ? "nothing" : v));
        }
        return v.asInt();
    }
}
