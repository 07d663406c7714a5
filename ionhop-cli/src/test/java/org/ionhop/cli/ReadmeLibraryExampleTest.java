package org.ionhop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.ionhop.impedance.ImpedanceAnalysis;
import org.ionhop.impedance.ImpedanceResult;
import org.ionhop.impedance.ImpedanceSettings;
import org.ionhop.io.ProgressListener;
import org.ionhop.kmc.KmcSettings;
import org.ionhop.kmc.KmcSource;
import org.ionhop.kmc.KmcStudy;
import org.ionhop.landscape.BvseSettings;
import org.ionhop.landscape.LandscapeAnalysis;
import org.ionhop.landscape.LandscapeResult;
import org.ionhop.landscape.StructureSummary;
import org.ionhop.mesoscale.CompositeResult;
import org.ionhop.mesoscale.CompositeSettings;
import org.ionhop.mesoscale.CompositeStudy;
import org.ionhop.neb.NebAnalysis;
import org.ionhop.neb.NebResult;
import org.ionhop.neb.NebSettings;
import org.ionhop.network.BuiltinLattice;
import org.ionhop.nmr.TracerExchange;
import org.ionhop.nmr.TracerExchangeResult;
import org.ionhop.nmr.TracerExchangeSettings;
import org.ionhop.screen.ScreenColumn;
import org.ionhop.screen.ScreenInputs;
import org.ionhop.screen.ScreenRow;
import org.ionhop.screen.ScreenSettings;
import org.ionhop.screen.ScreenTask;
import org.ionhop.stats.Measured;
import org.ionhop.structure.Element;
import org.ionhop.structure.Structure;
import org.ionhop.structure.StructureReader;
import org.ionhop.trajectory.TrajectorySettings;
import org.ionhop.trajectory.TrajectoryStudy;
import org.ionhop.trajectory.TrajectoryStudyResult;
import org.ionhop.transport.SigmaResult;
import org.ionhop.transport.SigmaSettings;
import org.ionhop.transport.TransportTheory;

/**
 * The README's "Library use" example, line for line (the README block must equal the code between the markers,
 * with {@code ROOT.resolve(} written as {@code Path.of(}), so that the README stays true: one call per facade, each
 * result checked against the independent value the README names.
 */
class ReadmeLibraryExampleTest {
    private static final Path ROOT = Path.of(System.getProperty("ionhop.root", "..")).normalize();
    private static final String START = "// --- README example starts ---";
    private static final String END = "// --- README example ends ---";

    @Test
    void readmeExampleRuns() {
        // --- README example starts ---
        Structure s = StructureReader.read(ROOT.resolve("examples/LiFePO4_pymatgen.cif"));
        StructureSummary info = StructureSummary.of(s); // formula, Z, cell, space group, oxidation states + source
        LandscapeResult bvse = LandscapeAnalysis.run(s, BvseSettings.of(Element.Li).withGridSpacingA(0.2),
                ProgressListener.NONE); // oxidation states resolved inside, by the same route as the summary
        double barrier1d = bvse.barriers().barrier1dEv(); // eV above the minimum; NaN if none below the cap

        KmcSettings ks = KmcSettings.of(KmcSource.Lattice.of(BuiltinLattice.SIMPLE_CUBIC).withHopDistanceA(2.5))
                .withVacancies(1).withTemperaturesK(List.of(600.0)).withSteps(2_000_000).withSeed(42);
        Measured f = KmcStudy.run(ks, ProgressListener.NONE).first().correlationFactor(); // Compaan-Haven 0.6531

        TrajectoryStudyResult md = TrajectoryStudy.run(TrajectorySettings.of(
                ROOT.resolve("examples/Li6PS5Cl_50p_run1_500K_XDATCAR.gz")).withTemperatures(List.of(500.0))
                .withTimestepFs(2, 50), ProgressListener.NONE); // POTIM 2 fs x NBLOCK 50
        Measured dStar = md.runs().get(0).transport().tracerCm2PerS(); // D* with its standard error, cm²/s

        ImpedanceResult eis = ImpedanceAnalysis.run(ImpedanceSettings.of(List.of(
                ROOT.resolve("examples/eis/s04147-140deg.txt"), ROOT.resolve("examples/eis/s04147-170deg.txt")))
                .withDiscGeometry(0.21, 0.8), ProgressListener.NONE); // circuit chosen by BIC, T from the names
        double eaGb = eis.arrhenius().grainBoundary().activationEnergyEv(); // eV, of sigma T

        SigmaResult eq1 = TransportTheory.sigma(SigmaSettings.of(2.44e22, 2.0, 10, 0.30, 300)); // Eq. 1
        CompositeResult composite = CompositeStudy.run(CompositeSettings.defaults()); // effective medium
        NebResult neb = NebAnalysis.run(ROOT.resolve("examples/neb/double_well"), NebSettings.defaults());
        TracerExchangeResult exchange = TracerExchange.run(ROOT.resolve("examples/nmr/tracer_exchange_3pool.txt"),
                TracerExchangeSettings.defaults()); // 6Li exchange rates between components

        ScreenRow row = ScreenTask.run(ScreenInputs.list(List.of(ROOT.resolve("examples/LiFePO4_pymatgen.cif")
                .toString())).get(0), ScreenSettings.of(Element.Li).withKmc(false), ProgressListener.NONE);
        // --- README example ends ---

        // LiFePO4 conducts along b with a BVSE barrier near 0.4 eV (ReferenceStructuresTest has the citations).
        assertThat(barrier1d).isBetween(0.3, 0.5);
        assertThat(info.reducedFormula()).isEqualTo("LiFePO4");
        assertThat(info.oxidationSource()).isEqualTo(bvse.oxidationSource());
        assertThat(f.value()).isCloseTo(0.6531, within(4 * f.err() + 0.005));
        assertThat(dStar.value()).isPositive();
        assertThat(dStar.err()).isLessThan(dStar.value());
        // the grain-boundary arc of the s04147 series: E_a 0.889 eV with this geometry (docs/impedance.md)
        assertThat(eaGb).isBetween(0.7, 1.0);
        // Eq. 1 by hand: sigma = c q^2 a^2 Gamma / (6 k_B T) with Gamma = nu0 exp(-dH/k_B T), f = H_R = 1
        double kt = 8.617333262e-5 * 300;
        double gamma = 10e12 * Math.exp(-0.30 / kt);
        double sigmaByHand = 2.44e22 * Math.pow(1.602176634e-19, 2) * Math.pow(2.0e-8, 2) * gamma
                / (6 * 1.380649e-23 * 300);
        assertThat(eq1.results().get(0).sigmaSPerCm()).isCloseTo(sigmaByHand, within(1e-9 * sigmaByHand));
        assertThat(composite.maximum().sigmaSCm()).isGreaterThan(composite.points().get(0).sigmaSCm());
        // the synthetic double well of examples/neb (tools/SyntheticNebBand.java): forward barrier 0.389811 eV
        assertThat(neb.barrierForwardEv()).isCloseTo(0.389811, within(1e-4));
        assertThat(exchange.firstReceiver()).isNotBlank();
        assertThat(row.status()).isEqualTo("ok");
        assertThat(row.number(ScreenColumn.BARRIER_1D_EV)).isCloseTo(bvse.barriers().barrier1dEv(), within(0.05));
    }

    @Test
    void readmeShowsThisCode() throws IOException {
        String self = Files.readString(Path.of("src/test/java/org/ionhop/cli/ReadmeLibraryExampleTest.java"));
        int a = self.indexOf(START + "\n") + START.length() + 1;
        String code = self.substring(a, self.indexOf("        " + END, a)).replace("ROOT.resolve(", "Path.of(")
                .replaceAll("(?m)^        ", "");
        String readme = Files.readString(ROOT.resolve("README.md"));
        int lib = readme.indexOf("## Library use");
        int open = readme.indexOf("```java\n", lib) + "```java\n".length();
        String block = readme.substring(open, readme.indexOf("```", open));
        assertThat(block).isEqualTo(code);
    }
}
