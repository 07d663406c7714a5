package org.ionhop.cli.landscape;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.ionhop.cli.common.AtomicFiles;
import org.ionhop.cli.common.Charts;
import org.ionhop.cli.common.Json;
import org.ionhop.cli.common.NetworkJson;
import org.ionhop.grid.CubeFile;
import org.ionhop.grid.GrdFile;
import org.ionhop.grid.PeriodicGrid;
import org.ionhop.landscape.HopProfile;
import org.ionhop.landscape.LandscapeResult;
import org.ionhop.structure.Site;

/**
 * The files of a BVSE run, shared by {@code bvse} and the report: the site network (for {@code kmc --network}), the
 * hop profiles (CSV), optionally the cube and grd files of the landscape (relative to its minimum) and the two plots.
 */
final class BvseFiles {
    private BvseFiles() {
    }

    /** File stem of the outputs of an input ("LiFePO4" for "LiFePO4.cif"). */
    static String stem(Path input) {
        String n = String.valueOf(input.getFileName());
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /**
     * Writes the files into dir.
     *
     * @return the files written by kind ("cube", "grd", "network", "profiles", "profile_plot", "slice_plot")
     */
    static Map<String, Path> write(Path input, LandscapeResult r, Path dir, boolean volumetric, boolean plots) {
        Map<String, Path> files = new LinkedHashMap<>();
        String stem = stem(input);
        String title = "BVSE " + r.ion().symbol() + " in " + r.formula() + " (" + input.getFileName() + ")";
        // the two volumetric files (megabytes of text) are written on another core while the plots are drawn
        CompletableFuture<Void> volumetricFiles = null;
        if (volumetric) {
            Path cube = dir.resolve(stem + "_bvse.cube");
            Path grd = dir.resolve(stem + "_bvse.grd");
            files.put("cube", cube);
            files.put("grd", grd);
            volumetricFiles = CompletableFuture.runAsync(() -> {
                PeriodicGrid relative = r.grid().minus(r.grid().min());
                List<CubeFile.Atom> atoms = new ArrayList<>();
                for (Site s : r.structure().sites()) {
                    atoms.add(new CubeFile.Atom(s.element().atomicNumber(), s.frac()));
                }
                AtomicFiles.write(cube, out -> CubeFile.write(relative, atoms, title,
                        "BVSE energy in eV relative to the minimum; a slowest, c fastest", CubeFile.Values.FIXED_6, out));
                AtomicFiles.write(grd, out -> GrdFile.write(relative, title, out));
            });
        }
        Path net = dir.resolve(stem + "_network.json");
        NetworkJson.write(r.network(), Json.meta("bvse", List.of(input), null, LandscapeJson.units()), net);
        files.put("network", net);
        Path csv = dir.resolve(stem + "_profiles.csv");
        AtomicFiles.writeString(csv, profilesCsv(r));
        files.put("profiles", csv);
        if (plots) {
            Path profile = dir.resolve(stem + "_profile.svg");
            Charts.writeSvg(LandscapePlots.profile(r), profile);
            files.put("profile_plot", profile);
            Path slice = dir.resolve(stem + "_slice.svg");
            Charts.writeSvg(LandscapePlots.slice(r, 640, 560), slice, 640, 560);
            files.put("slice_plot", slice);
        }
        if (volumetricFiles != null) {
            try {
                volumetricFiles.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException x) {
                    throw x;
                }
                throw e;
            }
        }
        return files;
    }

    private static String profilesCsv(LandscapeResult r) {
        StringBuilder sb = new StringBuilder("# energy along hops (straight segments site-saddle-site), eV relative to "
                + "the lowest site; distance in Å\nprofile,distance_A,energy_eV\n");
        List<HopProfile> all = new ArrayList<>(r.hopProfiles());
        if (r.lowestPath() != null) {
            all.add(r.lowestPath());
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
}
