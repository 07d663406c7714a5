package org.ionhop.cli.md;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.ionhop.cli.common.AtomicFiles;
import org.ionhop.cli.common.Charts;
import org.ionhop.cli.common.Progress;
import org.ionhop.structure.StructureReader;
import org.ionhop.trajectory.ArrheniusAnalysis;
import org.ionhop.trajectory.CubeWriter;
import org.ionhop.trajectory.DensityGrid;
import org.ionhop.trajectory.Displacements;
import org.ionhop.trajectory.SiteAnalysis;
import org.ionhop.trajectory.TransportAnalysis;
import org.ionhop.trajectory.TransportResult;

/** Runs the trajectory analysis of an {@link MdRequest} and writes its plots and data files. */
final class MdRunner {
    private MdRunner() {
    }

    /** Analyses every trajectory, then the Arrhenius fit; figures and files go to the request's folder. */
    static MdOutcome run(MdRequest req, boolean quiet) {
        List<MdOutcome.Run> runs = new ArrayList<>();
        Set<String> stems = new HashSet<>();
        for (int i = 0; i < req.trajectories().size(); i++) {
            Path p = req.trajectories().get(i);
            String stem = uniqueStem(p, stems);
            Displacements d;
            try (Progress progress = Progress.start("reading " + p.getFileName(), quiet)) {
                d = Displacements.load(p, req.load(), progress);
            }
            try (d) {
                TransportResult r = TransportAnalysis.analyse(d, req.analysis().get(i));
                boolean files = req.outputDir() != null;
                String svg = files ? "msd_" + stem + ".svg" : null;
                String csv = files ? "msd_" + stem + ".csv" : null;
                if (files) {
                    Charts.writeSvg(MdCharts.msd(r), req.outputDir().resolve(svg));
                    AtomicFiles.writeString(req.outputDir().resolve(csv), MdCharts.msdTable(r));
                }
                MdOutcome.DensitySummary density = null;
                DensityGrid grid = null;
                if (req.density() || "density".equals(req.sites())) {
                    grid = DensityGrid.of(d, req.gridSpacingA(), req.smoothA());
                }
                if (req.density()) {
                    density = density(req, d, grid, stem);
                }
                SiteAnalysis sites = null;
                if (req.sites() != null) {
                    List<SiteAnalysis.SitePosition> positions = "density".equals(req.sites())
                            ? SiteAnalysis.sitesFromDensity(grid, 0.1, 1.0)
                            : SiteAnalysis.sitesFrom(StructureReader.read(Path.of(req.sites())), r.ion());
                    sites = SiteAnalysis.analyse(d, r.ion(), positions, req.siteRadiusA(),
                            r.tracer().diffusivityA2PerPs());
                }
                runs.add(new MdOutcome.Run(r, density, sites, svg, csv));
            }
        }
        ArrheniusAnalysis arr = null;
        if (distinctTemperatures(runs) >= 2) {
            arr = ArrheniusAnalysis.ofTracer(runs.stream().map(MdOutcome.Run::result).toList(), req.extrapolateK());
            if (req.outputDir() != null) {
                Charts.writeSvg(MdCharts.arrhenius(runs, arr), req.outputDir().resolve("arrhenius.svg"));
            }
        }
        return new MdOutcome(runs, arr);
    }

    private static long distinctTemperatures(List<MdOutcome.Run> runs) {
        return runs.stream().mapToDouble(r -> r.result().temperatureK()).distinct().count();
    }

    private static MdOutcome.DensitySummary density(MdRequest req, Displacements d, DensityGrid grid, String stem) {
        String cube = req.outputDir() == null ? null : "density_" + stem + ".cube";
        String title = "ionhop probability density of " + String.join(",", req.load().mobile()) + " from "
                + d.header().source();
        if (cube != null) {
            AtomicFiles.write(req.outputDir().resolve(cube), out -> {
                java.io.Writer w = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.US_ASCII);
                CubeWriter.write(grid, d.allSpecies(), d.firstFrameFrac(), title, w);
                w.flush();
            });
        }
        double level = Double.isNaN(req.isoLevel()) ? grid.mean() : req.isoLevel();
        // One exact sweep gives the levels at which the density percolates in 1, 2 and 3 dimensions.
        double[] thr = org.ionhop.landscape.Percolation.superLevelThresholds(grid.values(), grid.na(), grid.nb(),
                grid.nc());
        int dims = 0;
        for (int k = 0; k < 3; k++) {
            if (thr[k] >= level) {
                dims = k + 1;
            }
            thr[k] = Double.isNaN(thr[k]) ? 0 : thr[k];
        }
        return new MdOutcome.DensitySummary(cube, new int[] {grid.na(), grid.nb(), grid.nc()}, grid.max(), grid.mean(),
                level, dims, thr);
    }

    private static String uniqueStem(Path p, Set<String> used) {
        String name = p.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        String stem = name.replaceAll("[^A-Za-z0-9._-]", "_");
        String s = stem;
        for (int k = 2; !used.add(s); k++) {
            s = stem + "_" + k;
        }
        return s;
    }
}
