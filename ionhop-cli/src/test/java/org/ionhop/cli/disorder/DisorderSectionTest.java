package org.ionhop.cli.disorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ionhop.cli.CliRun;
import org.ionhop.cli.common.Json;
import org.ionhop.cli.report.SectionOutput;

/**
 * {@code ionhop report} on a disorder series: three Br-for-Cl substitution ensembles of rock-salt LiCl (1x1x2 cell,
 * 8 Cl positions; 3 seeded random orderings each, BVSE on a 0.5 Å grid, no kMC), recognised by content, drawn and
 * tabulated with the command's own numbers.
 */
class DisorderSectionTest {
    @TempDir
    static Path dir;

    /** The --json output of each ensemble, by fraction 0.25, 0.5, 0.75 (written in this order: 0.5 first). */
    static final List<Path> JSON = new ArrayList<>();

    /** Rock-salt LiCl (Fm-3m, a = 5.13 Å). */
    private static Path licl() throws Exception {
        Path f = dir.resolve("LiCl.cif");
        Files.writeString(f, """
                data_LiCl
                _cell_length_a 5.13
                _cell_length_b 5.13
                _cell_length_c 5.13
                _cell_angle_alpha 90
                _cell_angle_beta 90
                _cell_angle_gamma 90
                _symmetry_space_group_name_H-M 'F m -3 m'
                loop_
                _atom_type_symbol
                _atom_type_oxidation_number
                Li1+ 1
                Cl1- -1
                loop_
                _atom_site_label
                _atom_site_type_symbol
                _atom_site_fract_x
                _atom_site_fract_y
                _atom_site_fract_z
                Li1 Li1+ 0 0 0
                Cl1 Cl1- 0.5 0.5 0.5
                """);
        return f;
    }

    @BeforeAll
    static void ensembles() throws Exception {
        Path cif = licl();
        // given out of order, so that the section's sorting by fraction is seen
        for (String x : List.of("0.5", "0.25", "0.75")) {
            CliRun r = CliRun.of("disorder", "variant", cif.toString(), "--supercell", "1,1,2", "--substitute",
                    "Cl1=Br:" + x, "--oxidation", "Br=-1", "-n", "3", "--seed", "7", "--screen", "--no-kmc",
                    "--grid", "0.5", "-o", dir.resolve("out" + x).toString(), "--json");
            assertThat(r.exitCode()).as(r.err()).isZero();
            Path f = dir.resolve("ens" + x + ".json");
            Files.writeString(f, r.out());
            JSON.add(f);
        }
    }

    private static JsonNode read(Path p) throws Exception {
        return Json.mapper().readTree(p.toFile());
    }

    @Test
    void theSeriesTableAndJsonCarryTheEnsemblesNumbersSortedByFraction() throws Exception {
        JsonNode first = read(JSON.get(0));
        // the fraction is recorded in the command's JSON
        assertThat(first.get("disorder_fractions").get(0).get("operation").asText()).isEqualTo("substitution");
        assertThat(first.get("disorder_fractions").get(0).get("sites").asText()).isEqualTo("Cl1=Br");
        assertThat(first.get("disorder_fractions").get(0).get("fraction").asDouble()).isEqualTo(0.5);

        Path out = dir.resolve("report");
        List<String> args = new ArrayList<>(List.of("report"));
        JSON.forEach(p -> args.add(p.toString()));
        args.addAll(List.of("-o", out.toString()));
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode sec = read(out.resolve("report.json")).path("sections").path("disorder");
        assertThat(sec.path("abscissa").path("operation").asText()).isEqualTo("substitution");
        JsonNode points = sec.path("points");
        assertThat(points).hasSize(3);
        String html = Files.readString(out.resolve("index.html"));
        double[] expected = {0.25, 0.5, 0.75};
        int withSpread = 0;
        for (int i = 0; i < 3; i++) {
            JsonNode p = points.get(i);
            assertThat(p.get("fraction").asDouble()).isEqualTo(expected[i]);
            assertThat(p.get("orderings").asInt()).isEqualTo(3);
            JsonNode ens = read(Path.of(p.get("file").asText()));
            assertThat(ens.path("disorder_fractions").get(0).get("fraction").asDouble()).isEqualTo(expected[i]);
            JsonNode ds = ens.path("ensemble").path("descriptors");
            assertThat(p.get("descriptors")).hasSize(ds.size());
            StringBuilder row = new StringBuilder("<tr><td>" + SectionOutput.num(expected[i]) + "</td><td>3</td>");
            for (int k = 0; k < ds.size(); k++) {
                JsonNode d = ds.get(k);
                JsonNode mine = p.get("descriptors").get(k);
                assertThat(mine.get("name").asText()).isEqualTo(d.get("name").asText());
                assertThat(mine.get("mean")).isEqualTo(d.get("mean"));
                assertThat(mine.get("se")).isEqualTo(d.get("se"));
                double se = d.get("se").isNumber() ? d.get("se").asDouble() : Double.NaN;
                if (se > 0) {
                    withSpread++;
                }
                row.append("<td>").append(SectionOutput.escape(SectionOutput.withErr(
                        d.get("mean").isNumber() ? d.get("mean").asDouble() : Double.NaN, se))).append("</td>");
            }
            // the table row is the ensemble's numbers, formatted as the report formats mean ± SE
            assertThat(html).contains(row.append("</tr>").toString());
        }
        // the orderings differ: some descriptor has a real error bar
        assertThat(withSpread).isPositive();
        assertThat(out.resolve("disorder_series.json")).isNotEmptyFile();
        assertThat(read(out.resolve("disorder_series.json")).path("meta").path("command").asText())
                .isEqualTo("report disorder");
    }

    /**
     * The figure of barrier_1d_eV has an error bar at each fraction: a vertical line with a 4-point cap at each end,
     * whose length in pixels is proportional to 2 SE (one linear axis), so the ratio of two bars is the ratio of
     * the ensembles' standard errors.
     */
    @Test
    void theFigureHasStandardErrorBars() throws Exception {
        Path out = dir.resolve("report-svg");
        List<String> args = new ArrayList<>(List.of("report"));
        JSON.forEach(p -> args.add(p.toString()));
        args.addAll(List.of("-o", out.toString()));
        assertThat(CliRun.of(args.toArray(String[]::new)).exitCode()).isZero();
        String svg = Files.readString(out.resolve("disorder_barrier_1d_eV.svg"));
        List<double[]> lines = new ArrayList<>();
        Matcher m = Pattern.compile("<line[^>]*x1=\"([-0-9.]+)\" x2=\"([-0-9.]+)\" y1=\"([-0-9.]+)\" "
                + "y2=\"([-0-9.]+)\"").matcher(svg);
        while (m.find()) {
            lines.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4))});
        }
        // bars: vertical segments with a horizontal cap of 4 points centred on them at both ends (grid lines and
        // ticks have none)
        List<double[]> bars = new ArrayList<>();
        for (double[] v : lines) {
            if (v[0] == v[1] && v[2] != v[3] && cap(lines, v[0], v[2]) && cap(lines, v[0], v[3])) {
                bars.add(v);
            }
        }
        bars.sort(java.util.Comparator.comparingDouble(v -> v[0]));
        double[] se = new double[3];
        for (int i = 0; i < 3; i++) {
            JsonNode d = read(JSON.get(List.of(1, 0, 2).get(i))).path("ensemble").path("descriptors").get(0);
            assertThat(d.get("name").asText()).isEqualTo("barrier_1d_eV");
            se[i] = d.get("se").asDouble();
        }
        assertThat(java.util.Arrays.stream(se).min().orElseThrow()).isPositive();
        assertThat(bars).hasSize(3);
        double len0 = Math.abs(bars.get(0)[3] - bars.get(0)[2]);
        for (int i = 1; i < 3; i++) {
            double len = Math.abs(bars.get(i)[3] - bars.get(i)[2]);
            // pixel coordinates are written to double precision: the ratio agrees to far better than 1e-6
            assertThat(len / len0).isCloseTo(se[i] / se[0], org.assertj.core.api.Assertions.within(1e-6 * se[i] / se[0]));
        }
    }

    private static boolean cap(List<double[]> lines, double x, double y) {
        return lines.stream().anyMatch(h -> h[2] == y && h[3] == y && Math.abs(h[0] - (x - 2)) < 1e-9
                && Math.abs(h[1] - (x + 2)) < 1e-9);
    }

    @Test
    void theOutputFolderIsTakenAndOtherJsonIsNot(@TempDir Path tmp) throws Exception {
        // an ewald JSON and a variant without --screen: JSON of the disorder command, but no ensemble
        CliRun ew = CliRun.of("disorder", "ewald", dir.resolve("LiCl.cif").toString(), "--json");
        Path ewald = tmp.resolve("ewald.json");
        Files.writeString(ewald, ew.out());
        CliRun plain = CliRun.of("disorder", "variant", dir.resolve("LiCl.cif").toString(), "--supercell", "1,1,2",
                "--substitute", "Cl1=Br:0.5", "--oxidation", "Br=-1", "-n", "2", "-o", tmp.resolve("plain").toString(),
                "--json");
        assertThat(plain.exitCode()).as(plain.err()).isZero();
        Path variant = tmp.resolve("variant_no_screen.json");
        Files.writeString(variant, plain.out());

        CliRun none = CliRun.of("report", ewald.toString(), variant.toString(), "-o", tmp.resolve("r0").toString());
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("no report section applies");

        // two -o folders (variant.json inside) and the two non-ensembles: two points
        Path out = tmp.resolve("r1");
        CliRun r = CliRun.of("report", dir.resolve("out0.25").toString(), dir.resolve("out0.75").toString(),
                ewald.toString(), variant.toString(), "-o", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode points = read(out.resolve("report.json")).path("sections").path("disorder").path("points");
        assertThat(points).hasSize(2);
        assertThat(points.get(0).get("fraction").asDouble()).isEqualTo(0.25);
        assertThat(points.get(1).get("fraction").asDouble()).isEqualTo(0.75);
        JsonNode fromFolder = read(dir.resolve("out0.75").resolve("variant.json"));
        assertThat(points.get(1).get("descriptors").get(0).get("mean"))
                .isEqualTo(fromFolder.path("ensemble").path("descriptors").get(0).get("mean"));
    }
}
