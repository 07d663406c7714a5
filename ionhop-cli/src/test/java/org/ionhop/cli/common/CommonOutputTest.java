package org.ionhop.cli.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ionhop.Version;
import org.ionhop.io.InputFormatException;
import org.ionhop.network.NetworkHop;
import org.ionhop.network.NetworkSite;
import org.ionhop.network.SiteNetwork;
import org.ionhop.structure.Lattice;

class CommonOutputTest {
    @TempDir
    Path tmp;

    @Test
    void atomicWriteLeavesTheEarlierFileWhenTheWriterFails() throws IOException {
        Path f = tmp.resolve("result.json");
        AtomicFiles.writeString(f, "old");
        assertThatThrownBy(() -> AtomicFiles.write(f, out -> {
            out.write("half".getBytes());
            throw new IOException("disk full");
        })).hasMessageContaining("disk full");
        assertThat(Files.readString(f)).isEqualTo("old");
        try (var s = Files.list(tmp)) {
            assertThat(s.toList()).containsExactly(f); // no temporary file left behind
        }
    }

    @Test
    void stagedDirectoryIsPublishedOnlyOnCommit() throws IOException {
        Path target = tmp.resolve("report");
        try (AtomicFiles.StagedDirectory d = new AtomicFiles.StagedDirectory(target)) {
            AtomicFiles.writeString(d.dir().resolve("index.html"), "first");
            d.commit();
        }
        try (AtomicFiles.StagedDirectory d = new AtomicFiles.StagedDirectory(target)) {
            AtomicFiles.writeString(d.dir().resolve("index.html"), "second, failed");
            // no commit: the run failed
        }
        assertThat(Files.readString(target.resolve("index.html"))).isEqualTo("first");
        try (var s = Files.list(tmp)) {
            assertThat(s.toList()).containsExactly(target);
        }
        try (AtomicFiles.StagedDirectory d = new AtomicFiles.StagedDirectory(target)) {
            AtomicFiles.writeString(d.dir().resolve("index.html"), "third");
            d.commit();
        }
        assertThat(Files.readString(target.resolve("index.html"))).isEqualTo("third");
    }

    @Test
    void nonFiniteNumbersBecomeJsonNull() throws IOException {
        ObjectNode o = Json.object();
        Json.putFinite(o, "nan", Double.NaN);
        Json.putFinite(o, "inf", Double.POSITIVE_INFINITY);
        Json.putFinite(o, "x", 1.5);
        JsonNode back = Json.mapper().readTree(Json.write(o));
        assertThat(back.get("nan").isNull()).isTrue();
        assertThat(back.get("inf").isNull()).isTrue();
        assertThat(back.get("x").asDouble()).isEqualTo(1.5);
        String boxed = Json.write(Map.of("v", Double.NaN));
        assertThat(Json.mapper().readTree(boxed).get("v").isNull()).isTrue();
    }

    @Test
    void metaRecordsVersionInputsSeedAndUnits() {
        ObjectNode m = Json.meta("kmc", List.of(Path.of("a.cif")), 42L, Map.of("D", "cm^2/s"));
        assertThat(m.get("ionhop_version").asText()).isEqualTo(Version.get()).isNotEqualTo("unknown");
        assertThat(m.get("inputs").get(0).asText()).isEqualTo("a.cif");
        assertThat(m.get("seed").asLong()).isEqualTo(42L);
        assertThat(m.get("units").get("D").asText()).isEqualTo("cm^2/s");
    }

    @Test
    void svgChartsAreWrittenWithTheirData() throws IOException {
        JFreeChart c = Charts.arrhenius("test", "sigma T (S K/cm)", List.of(
                Charts.Series.points("data", new double[] {2.0, 2.5, 3.0}, new double[] {1e-2, 1e-3, 1e-4},
                        new double[] {1e-3, 1e-4, 1e-5})));
        Path svg = tmp.resolve("a.svg");
        Charts.writeSvg(c, svg);
        String text = Files.readString(svg);
        assertThat(text).startsWith("<?xml").contains("<svg").contains("</svg>");
        // The top axis labels temperatures: 1000/2.5 = 400 K lies inside the range.
        assertThat(text).contains("400");
    }

    @Test
    void siteNetworkRoundTripsThroughJson() {
        Lattice lat = Lattice.fromParameters(4, 5, 6, 90, 95, 100);
        SiteNetwork n = new SiteNetwork(lat, "Na", 1.0,
                List.of(new NetworkSite(new double[] {0, 0, 0}, 0.0, "A"),
                        new NetworkSite(new double[] {0.5, 0.5, 0.5}, 0.12, "B")),
                List.of(new NetworkHop(0, 1, new int[] {0, -1, 0}, 0.4, "h0"),
                        new NetworkHop(0, 0, new int[] {1, 0, 0}, 0.3, "h1")), "test");
        Path f = tmp.resolve("n.network.json");
        NetworkJson.write(n, Json.meta("test", List.of(), null, Map.of()), f);
        SiteNetwork back = NetworkJson.read(f);
        assertThat(back.sites()).hasSize(2);
        assertThat(back.hops()).hasSize(2);
        assertThat(back.ion()).isEqualTo("Na");
        assertThat(back.sites().get(1).energyEv()).isEqualTo(0.12);
        assertThat(back.hops().get(0).image()).containsExactly(0, -1, 0);
        // E_KRA = saddle - mean of the end energies = 0.4 - 0.06.
        assertThat(back.kraEv(back.hops().get(0))).isCloseTo(0.34, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(back.hopLength(back.hops().get(1))).isCloseTo(4.0, org.assertj.core.api.Assertions.within(1e-12));
        for (int i = 0; i < 3; i++) {
            assertThat(back.lattice().vector(i)).containsExactly(lat.vector(i));
        }
    }

    @Test
    void malformedNetworkNamesTheKey() throws IOException {
        Path f = tmp.resolve("bad.json");
        Files.writeString(f, "{\"format\":\"ionhop-site-network\",\"lattice\":[[1,0,0],[0,1,0],[0,0,1]],"
                + "\"sites\":[{\"frac\":[0,0,0],\"energy_eV\":\"zero\"}],\"hops\":[]}");
        assertThatThrownBy(() -> NetworkJson.read(f)).isInstanceOf(InputFormatException.class)
                .hasMessageContaining("sites[0].energy_eV");
        // Written over several lines, as NetworkJson.write does: the message names the line of the bad value.
        Files.writeString(f, """
                {"format": "ionhop-site-network",
                 "lattice": [[4, 0, 0], [0, 4, 0], [0, 0, 4]],
                 "sites": [
                   {"frac": [0, 0, 0], "energy_eV": 0},
                   {"frac": [0.5, 0, 0], "energy_eV": 0.1}],
                 "hops": [
                   {"from": 0, "to": 1, "image": [0, 0, 0], "saddle_energy_eV": 0.4},
                   {"from": 0, "to": 1, "image": [0.5, 0, 0], "saddle_energy_eV": 0.4}]}
                """);
        assertThatThrownBy(() -> NetworkJson.read(f)).isInstanceOf(InputFormatException.class)
                .hasMessageContaining("bad.json, line 8").hasMessageContaining("hops[1].image")
                .hasMessageContaining("three integers");
        Files.writeString(f, Files.readString(f).replace("\"to\": 1, \"image\": [0.5", "\"to\": 7, \"image\": [0"));
        assertThatThrownBy(() -> NetworkJson.read(f)).isInstanceOf(InputFormatException.class)
                .hasMessageContaining("line 8").hasMessageContaining("0..1");
        Files.writeString(f, "{\"format\": ");
        assertThatThrownBy(() -> NetworkJson.read(f)).isInstanceOf(InputFormatException.class)
                .hasMessageContaining("line 1").hasMessageContaining("expected JSON");
    }
}
