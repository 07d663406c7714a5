package org.ionhop.cli.landscape;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.ionhop.cli.common.AtomicFiles;
import org.ionhop.cli.common.Json;
import org.ionhop.cli.common.NetworkJson;
import org.ionhop.io.ProgressListener;
import org.ionhop.landscape.PercolationBarriers;
import org.ionhop.landscape.GridFiles;
import org.ionhop.landscape.HopProfile;
import org.ionhop.landscape.LandscapeAnalysis;
import org.ionhop.landscape.LandscapeOptions;
import org.ionhop.landscape.LandscapeResult;
import org.ionhop.landscape.OxidationStates;
import org.ionhop.landscape.SoftBvParameters;
import org.ionhop.network.NetworkHop;
import org.ionhop.network.NetworkSite;
import org.ionhop.structure.Element;
import org.ionhop.structure.Structure;
import org.ionhop.structure.StructureReader;

/**
 * One BVSE run as the command line and the report do it: read, assign oxidation states, compute, write the
 * grid files, the site network, the profile table and the two plots, and describe it all as JSON.
 */
final class BvseRun {
    /** The caveat every output carries (physics.md). */
    static final String ESTIMATE_NOTE = "BVSE barriers are estimates from an empirical bond-valence force field "
            + "(static framework, no relaxation); use them to rank materials and to seed kinetic Monte Carlo. "
            + "NEB or AIMD calculations refine them.";

    final Path file;
    final Structure structure;
    final LandscapeResult result;
    final Map<String, Path> files = new LinkedHashMap<>();

    private BvseRun(Path file, Structure structure, LandscapeResult result) {
        this.file = file;
        this.structure = structure;
        this.result = result;
    }

    /** Reads the file, resolves oxidation states and runs the workflow. */
    static BvseRun run(Path file, Element ion, Map<Element, Integer> oxidation, LandscapeOptions o,
                       ProgressListener progress) {
        Structure s = StructureReader.read(file);
        Structure withOx = OxidationStates.resolve(s, oxidation, SoftBvParameters.bundled());
        int charge = oxidation.containsKey(ion) ? oxidation.get(ion) : LandscapeAnalysis.mobileCharge(withOx, ion);
        return new BvseRun(file, withOx, LandscapeAnalysis.run(withOx, ion, charge, o, progress));
    }

    /** Parses "Li=1,Fe=2,O=-2". */
    static Map<Element, Integer> parseOxidation(String spec) {
        Map<Element, Integer> out = new LinkedHashMap<>();
        if (spec == null || spec.isBlank()) {
            return out;
        }
        for (String part : spec.split(",")) {
            String[] kv = part.trim().split("=");
            if (kv.length != 2) {
                throw new IllegalArgumentException("--oxidation: expected El=q pairs separated by commas, found \""
                        + part.trim() + "\"");
            }
            Element e = Element.fromSymbol(kv[0].trim()).orElseThrow(() -> new IllegalArgumentException(
                    "--oxidation: unknown element \"" + kv[0].trim() + "\""));
            try {
                out.put(e, Integer.parseInt(kv[1].trim().replace("+", "")));
            } catch (NumberFormatException ex) {
                throw new IllegalArgumentException("--oxidation: expected an integer charge for " + e.symbol()
                        + ", found \"" + kv[1].trim() + "\"");
            }
        }
        return out;
    }

    /** File stem for outputs. */
    String stem() {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /** Writes the network JSON, the profile CSV, and optionally the cube and grd files and the plots, into dir. */
    void writeFiles(Path dir, boolean volumetric, boolean plots) {
        double min = result.grid().min();
        String title = "BVSE " + result.model().mobile().symbol() + " in " + structure.formula() + " (" + file.getFileName() + ")";
        // the two volumetric files (megabytes of text) are written on another core while the plots are drawn
        java.util.concurrent.CompletableFuture<Void> volumetricFiles = null;
        if (volumetric) {
            Path cube = dir.resolve(stem() + "_bvse.cube");
            Path grd = dir.resolve(stem() + "_bvse.grd");
            files.put("cube", cube);
            files.put("grd", grd);
            volumetricFiles = java.util.concurrent.CompletableFuture.runAsync(() -> {
                AtomicFiles.write(cube, out -> GridFiles.writeCube(result.grid(), structure, min, title, out));
                AtomicFiles.write(grd, out -> GridFiles.writeGrd(result.grid(), min, title, out));
            });
        }
        Path net = dir.resolve(stem() + "_network.json");
        NetworkJson.write(result.network(), Json.meta("bvse", List.of(file), null, units()), net);
        files.put("network", net);
        Path csv = dir.resolve(stem() + "_profiles.csv");
        AtomicFiles.writeString(csv, profilesCsv());
        files.put("profiles", csv);
        if (plots) {
            Path profile = dir.resolve(stem() + "_profile.svg");
            org.ionhop.cli.common.Charts.writeSvg(LandscapePlots.profile(result), profile);
            files.put("profile_plot", profile);
            Path slice = dir.resolve(stem() + "_slice.svg");
            org.ionhop.cli.common.Charts.writeSvg(LandscapePlots.slice(result), slice, 640, 560);
            files.put("slice_plot", slice);
        }
        if (volumetricFiles != null) {
            try {
                volumetricFiles.join();
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw e;
            }
        }
    }

    private String profilesCsv() {
        StringBuilder sb = new StringBuilder("# energy along hops (straight segments site-saddle-site), eV relative to "
                + "the lowest site; distance in Å\nprofile,distance_A,energy_eV\n");
        List<HopProfile> all = new java.util.ArrayList<>(result.hopProfiles());
        if (result.lowestPath() != null) {
            all.add(result.lowestPath());
        }
        for (HopProfile p : all) {
            double[] d = p.distanceA();
            double[] e = p.energyEv();
            for (int i = 0; i < d.length; i++) {
                sb.append(p.label()).append(',').append(String.format(Locale.ROOT, "%.4f,%.5f", d[i], e[i])).append('\n');
            }
        }
        return sb.toString();
    }

    static Map<String, String> units() {
        Map<String, String> u = new LinkedHashMap<>();
        u.put("energy", "eV");
        u.put("length", "Å");
        u.put("grid_spacing", "Å");
        u.put("time", "s");
        return u;
    }

    /** The JSON result of the issue: barriers, dimensionality, sites, hops, files, meta. */
    ObjectNode json(LandscapeOptions o) {
        ObjectNode j = Json.object();
        j.set("meta", Json.meta("bvse", List.of(file), null, units()));
        j.put("ion", result.model().mobile().symbol());
        j.put("ion_charge", result.model().mobileCharge());
        j.put("formula", structure.formula());
        for (int d = 1; d <= 3; d++) {
            Json.putFinite(j, "barrier_" + d + "d_eV", result.barriers().barrier(d));
        }
        // Conduction dimensionality: directions opening within 0.5 eV of the 1D barrier (PercolationBarriers).
        j.put("dimensionality", result.barriers().conductionDimensionality());
        j.put("dimensionality_window_eV", PercolationBarriers.CONDUCTION_WINDOW_EV);
        j.put("dimensionality_below_cap", result.barriers().dimensionality());
        j.put("search_cap_eV", o.barrierCapEv());
        ArrayNode wraps = j.putArray("percolation_directions");
        int[][] w = result.barriers().wrapping(Math.max(1, result.barriers().dimensionality()));
        if (w != null) {
            for (int[] v : w) {
                wraps.addArray().add(v[0]).add(v[1]).add(v[2]);
            }
        }
        j.put("num_sites", result.network().sites().size());
        j.put("num_hops", result.network().hops().size());
        j.put("oxidation_states_source", structure.oxidationSource().name().toLowerCase(Locale.ROOT));
        ObjectNode ox = j.putObject("oxidation_states");
        structure.sites().forEach(s -> ox.put(s.element().symbol(), s.oxidationState()));
        ObjectNode grid = j.putObject("grid");
        grid.put("spacing_requested_A", o.gridSpacingA());
        grid.putArray("points").add(result.grid().na()).add(result.grid().nb()).add(result.grid().nc());
        grid.put("cutoff_A", o.cutoffA());
        grid.put("minimum_eV", result.grid().min());
        j.putArray("pairs").addAll(result.model().pairsUsed().stream()
                .map(com.fasterxml.jackson.databind.node.TextNode::valueOf).toList());
        ArrayNode sites = j.putArray("sites");
        for (NetworkSite s : result.network().sites()) {
            ObjectNode so = sites.addObject();
            ArrayNode f = so.putArray("frac");
            for (double v : s.frac()) {
                f.add(Math.round(v * 1e5) / 1e5);
            }
            so.put("energy_eV", s.energyEv());
            so.put("type", s.type());
        }
        ArrayNode hopTypes = j.putArray("hop_types");
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (NetworkHop h : result.network().hops()) {
            if (seen.add(h.type())) {
                ObjectNode ho = hopTypes.addObject();
                ho.put("type", h.type());
                ho.put("saddle_energy_eV", h.saddleEnergyEv());
                ho.put("kra_eV", result.network().kraEv(h));
                ho.put("distance_A", result.network().hopLength(h));
            }
        }
        ObjectNode fo = j.putObject("files");
        files.forEach((k, v) -> fo.put(k, v.toString()));
        j.put("seconds", result.seconds());
        j.put("note", ESTIMATE_NOTE);
        return j;
    }
}
