package org.ionhop.cli.md;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.ionhop.cli.common.AtomicFiles;
import org.ionhop.cli.common.Charts;
import org.ionhop.trajectory.DensityGrid;
import org.ionhop.trajectory.DensityResult;
import org.ionhop.trajectory.TrajectoryRun;
import org.ionhop.trajectory.TrajectoryStudyResult;

/**
 * The files written for one trajectory, named relative to the output folder: the MSD plot and table, and the
 * density cube when the density was computed.
 *
 * @param msdSvg      MSD plot
 * @param msdCsv      MSD table
 * @param densityCube probability density (Gaussian cube), or null
 */
record MdFiles(@JsonProperty("msd_svg") String msdSvg, @JsonProperty("msd_csv") String msdCsv,
               @JsonProperty("density_cube") @JsonInclude(JsonInclude.Include.NON_NULL) String densityCube) {

    /**
     * Writes the plots, tables and cubes of every run into {@code dir}; one entry per run, in order. With no folder
     * (no {@code -o}) nothing is written and the entries name no file.
     */
    static List<MdFiles> write(TrajectoryStudyResult result, Path dir) {
        List<MdFiles> out = new ArrayList<>();
        if (dir == null) {
            result.runs().forEach(r -> out.add(new MdFiles(null, null, null)));
            return out;
        }
        Set<String> stems = new HashSet<>();
        for (TrajectoryRun run : result.runs()) {
            String stem = uniqueStem(run.file(), stems);
            MdFiles f = new MdFiles("msd_" + stem + ".svg", "msd_" + stem + ".csv",
                    run.density() == null ? null : "density_" + stem + ".cube");
            Charts.writeSvg(MdCharts.msd(run.transport()), dir.resolve(f.msdSvg()));
            AtomicFiles.writeString(dir.resolve(f.msdCsv()), MdCharts.msdTable(run.transport()));
            if (f.densityCube() != null) {
                writeCube(run.density(), "ionhop probability density of " + String.join(",",
                        result.settings().ions()) + " from " + run.transport().source(), dir.resolve(f.densityCube()));
            }
            out.add(f);
        }
        return out;
    }

    private static void writeCube(DensityResult d, String title, Path target) {
        AtomicFiles.write(target, stream -> {
            Writer w = new OutputStreamWriter(stream, StandardCharsets.US_ASCII);
            DensityGrid.writeCube(d.grid(), d.atomSpecies(), d.atomFrac(), title, w);
            w.flush();
        });
    }

    /** The file name without .gz and unsafe characters, made unique with _2, _3, ... */
    private static String uniqueStem(Path p, Set<String> used) {
        String name = String.valueOf(p.getFileName());
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
