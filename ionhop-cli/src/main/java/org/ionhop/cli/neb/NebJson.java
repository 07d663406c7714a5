package org.ionhop.cli.neb;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.ionhop.cli.common.Json;
import org.ionhop.cli.common.UnitNames;
import org.ionhop.neb.NebImageResult;
import org.ionhop.neb.NebResult;
import org.ionhop.neb.NetworkMatch;

/** JSON of {@code ionhop neb}: Jackson mix-ins on the core records (core stays free of Jackson). */
final class NebJson {
    private static final ObjectMapper MAPPER = Json.mapper().copy()
            .addMixIn(NebResult.class, ResultMixIn.class)
            .addMixIn(NebImageResult.class, ImageMixIn.class);

    private NebJson() {
    }

    @JsonPropertyOrder({"source", "images", "barrier_forward_eV", "barrier_reverse_eV", "E_KRA_eV",
        "reaction_energy_eV", "saddle_reaction_coordinate_A", "saddle_image", "highest_image", "converged",
        "convergence", "max_force_eV_A", "endpoints_are_minima", "first_image_energy_eV", "moving_atom",
        "moving_species", "moving_displacement_A", "notes"})
    @JsonIgnoreProperties({"settings", "splineS", "splineE", "movingStartCartA", "convergence"})
    interface ResultMixIn {
        @JsonProperty("barrier_forward_eV")
        double barrierForwardEv();

        @JsonProperty("barrier_reverse_eV")
        double barrierReverseEv();

        @JsonProperty("E_KRA_eV")
        double kraEv();

        @JsonProperty("reaction_energy_eV")
        double reactionEnergyEv();

        @JsonProperty("saddle_reaction_coordinate_A")
        double saddleReactionCoordinateA();

        @JsonProperty("saddle_image")
        int saddleImage();

        @JsonProperty("highest_image")
        int highestImage();

        @JsonProperty("converged")
        boolean converged();

        @JsonProperty("max_force_eV_A")
        double maxForceEvA();

        @JsonProperty("endpoints_are_minima")
        boolean endpointsAreMinima();

        @JsonProperty("first_image_energy_eV")
        double firstImageEnergyEv();

        @JsonProperty("moving_atom")
        int movingAtom();

        @JsonProperty("moving_species")
        String movingSpecies();

        @JsonProperty("moving_displacement_A")
        double[] movingDisplacementA();
    }

    @JsonPropertyOrder({"index", "reaction_coordinate_A", "energy_eV", "force_parallel_eV_A",
        "max_perpendicular_force_eV_A", "climbing"})
    interface ImageMixIn {
        @JsonProperty("reaction_coordinate_A")
        double reactionCoordinateA();

        @JsonProperty("energy_eV")
        double energyEv();

        @JsonProperty("force_parallel_eV_A")
        double forceParallelEvA();

        @JsonProperty("max_perpendicular_force_eV_A")
        double maxPerpendicularForceEvA();
    }

    /** The output object: the result, the network match when asked for, and meta. */
    static ObjectNode of(NebResult r, boolean networkGiven, NetworkMatch match, List<Path> inputs, Object settings) {
        ObjectNode o = tree(r, networkGiven, match);
        o.set("meta", Json.meta("neb", inputs, null, UnitNames.of("energy", "length", "force"), settings));
        return o;
    }

    /** The result and the network match when asked for, without meta (the report's entry for one band). */
    static ObjectNode tree(NebResult r, boolean networkGiven, NetworkMatch match) {
        ObjectNode o = MAPPER.valueToTree(r);
        o.put("convergence", r.convergence().name().toLowerCase(Locale.ROOT));
        if (networkGiven) {
            if (match == null) {
                o.putNull("network_match");
            } else {
                o.set("network_match", match(match));
            }
        }
        return o;
    }

    static ObjectNode match(NetworkMatch m) {
        ObjectNode n = Json.object();
        n.put("hop", m.hopIndex());
        n.put("from", m.hop().from());
        n.put("to", m.hop().to());
        var im = n.putArray("image");
        for (int v : m.hop().image()) {
            im.add(v);
        }
        n.put("type", m.hop().type());
        n.put("reversed", m.reversed());
        Json.putFinite(n, "mismatch_A", m.mismatchA());
        Json.putFinite(n, "E_KRA_eV", m.networkKraEv());
        Json.putFinite(n, "neb_E_KRA_eV", m.nebKraEv());
        Json.putFinite(n, "delta_eV", m.deltaEv());
        Json.putFinite(n, "network_reaction_energy_eV", m.networkReactionEnergyEv());
        return n;
    }
}
