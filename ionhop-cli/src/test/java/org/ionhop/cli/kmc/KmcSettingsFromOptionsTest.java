package org.ionhop.cli.kmc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import org.ionhop.cli.CliRun;
import org.ionhop.kmc.KmcSettings;
import org.ionhop.kmc.KmcSource;

/** The options of {@code ionhop kmc} start at the library's defaults, and bad values name the flag and the range. */
class KmcSettingsFromOptionsTest {
    private static final Path REF = Path.of(System.getProperty("ionhop.refdata"));

    private static KmcSettings parse(String... args) {
        KmcCommand cmd = new KmcCommand();
        new CommandLine(cmd).parseArgs(args);
        return cmd.settings();
    }

    @Test
    void noOptionsBesidesTheSourceGiveTheLibraryDefaults() {
        assertThat(parse("--lattice", "sc")).isEqualTo(KmcSettings.defaults());
    }

    @Test
    void aStructureSourceStartsAtItsDefaults() {
        KmcSettings s = parse("--structure", REF.resolve("kmc/kmcpy_example_nasicon.cif").toString());
        KmcSource.StructureSites src = (KmcSource.StructureSites) s.source();
        KmcSource.StructureSites expected = KmcSource.StructureSites.of(src.structure());
        // the structure read from the file is the one object both share; every option is the default
        assertThat(src).isEqualTo(expected);
        assertThat(s.withSource(KmcSettings.defaults().source())).isEqualTo(KmcSettings.defaults());
    }

    @Test
    void optionsReachTheirSettings() {
        KmcSettings s = parse("--lattice", "square", "--size", "6", "--vacancies", "3", "--temperature", "500,600",
                "--rate-law", "random-trap", "--barrier", "0.4", "--disorder", "uniform", "--disorder-sigma", "0.02",
                "--seed", "7", "--threads", "2");
        assertThat(s.source()).isEqualTo(new KmcSource.Lattice(org.ionhop.network.BuiltinLattice.SQUARE, 6, 3.0));
        assertThat(s.vacancies()).isEqualTo(3);
        assertThat(s.temperaturesK()).containsExactly(500.0, 600.0);
        assertThat(s.rateLaw()).isEqualTo(org.ionhop.kmc.RateLaw.RANDOM_TRAP);
        assertThat(s.barrierEv()).isEqualTo(0.4);
        assertThat(s.disorder()).isEqualTo(org.ionhop.kmc.Disorder.Kind.UNIFORM);
        assertThat(s.disorderSigmaEv()).isEqualTo(0.02);
        assertThat(s.seed()).isEqualTo(7);
        assertThat(s.threads()).isEqualTo(2);
    }

    /** Issue 18: the message names the option the user gave and its valid range. */
    @Test
    void tooManyVacanciesNameTheFlagAndTheRange() {
        CliRun r = CliRun.of("kmc", "--lattice", "sc", "--size", "4", "--vacancies", "100", "--steps", "1000");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--vacancies").contains("between 1 and 63").contains("64 sites").contains("100");
        assertThat(r.err().strip().lines().count()).isEqualTo(1);
    }

    @Test
    void tooManyIonsNameTheFlag() {
        CliRun r = CliRun.of("kmc", "--lattice", "sc", "--size", "4", "--ions", "64", "--steps", "1000");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--ions").contains("between 1 and 63");
    }

    @Test
    void aLatticeOfOneCellIsAClearError() {
        CliRun r = CliRun.of("kmc", "--lattice", "sc", "--size", "1");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--size").contains("at least 2").contains("got 1");
    }

    @Test
    void tooFewStepsNameTheFlag() {
        CliRun r = CliRun.of("kmc", "--lattice", "sc", "--steps", "10", "--replicas", "4", "--blocks", "10");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--steps").contains("at least replicas x blocks = 40");
    }

    @Test
    void unknownRateLawAndIsotopesNameTheirFlags() {
        CliRun law = CliRun.of("kmc", "--lattice", "sc", "--rate-law", "arrhenius");
        assertThat(law.exitCode()).isEqualTo(2);
        assertThat(law.err()).contains("--rate-law").contains("kra or random-trap");
        CliRun iso = CliRun.of("kmc", "--lattice", "sc", "--isotopes", "6Li:0.5,7Li:0.4");
        assertThat(iso.exitCode()).isEqualTo(2);
        assertThat(iso.err()).contains("--isotopes");
    }
}
