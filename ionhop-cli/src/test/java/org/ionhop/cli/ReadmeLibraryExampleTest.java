package org.ionhop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;

import org.ionhop.impedance.Circuit;
import org.ionhop.impedance.CircuitFitResult;
import org.ionhop.impedance.CircuitFitter;
import org.ionhop.impedance.FitOptions;
import org.ionhop.impedance.Spectrum;
import org.ionhop.impedance.SpectrumReader;
import org.ionhop.io.ProgressListener;
import org.ionhop.network.BuiltinLattice;
import org.ionhop.stats.Measured;
import org.ionhop.kmc.KmcParameters;
import org.ionhop.kmc.KmcResult;
import org.ionhop.kmc.KmcRunner;
import org.ionhop.kmc.KmcSystem;
import org.ionhop.landscape.BvseSettings;
import org.ionhop.landscape.LandscapeAnalysis;
import org.ionhop.landscape.LandscapeResult;
import org.ionhop.landscape.StructureSummary;
import org.ionhop.network.SiteNetwork;
import org.ionhop.structure.Element;
import org.ionhop.structure.Structure;
import org.ionhop.structure.StructureReader;
import org.ionhop.trajectory.AnalysisSettings;
import org.ionhop.trajectory.Displacements;
import org.ionhop.trajectory.LoadSettings;
import org.ionhop.trajectory.TransportAnalysis;
import org.ionhop.trajectory.TransportResult;
import org.junit.jupiter.api.Test;

/**
 * The README's "Library use" example, line for line, so that the README stays true. Each result is checked against
 * the independent value the README names.
 */
class ReadmeLibraryExampleTest {
    private static final Path ROOT = Path.of(System.getProperty("ionhop.root", "..")).normalize();

    @Test
    void readmeExampleRuns() {
        // --- README example starts ---
        Structure s = StructureReader.read(ROOT.resolve("examples/LiFePO4_pymatgen.cif"));
        StructureSummary info = StructureSummary.of(s); // formula, Z, cell, space group, oxidation states + source
        LandscapeResult bvse = LandscapeAnalysis.run(s, BvseSettings.of(Element.Li).withGridSpacingA(0.2),
                ProgressListener.NONE); // oxidation states by the same route as the summary
        double barrier1d = bvse.barriers().barrier1dEv(); // eV above the minimum; NaN if none below the cap

        SiteNetwork cubic = BuiltinLattice.SIMPLE_CUBIC.network(8, 2.5, 0.3, "Li"); // size, hop length Å, E_KRA eV
        KmcSystem sys = new KmcSystem(cubic, 3);
        KmcResult kmc = KmcRunner.run(sys, KmcParameters.of(600, 511, 2_000_000), 4, 42L, ProgressListener.NONE);
        Measured f = kmc.correlationFactor(); // one vacancy: Compaan and Haven's 0.6531

        Displacements d = Displacements.load(ROOT.resolve("examples/Li6PS5Cl_50p_run1_500K_XDATCAR.gz"),
                LoadSettings.of("Li").withFrameIntervalPs(0.1), ProgressListener.NONE); // 2 fs x 50 steps
        TransportResult md = TransportAnalysis.analyse(d, AnalysisSettings.of("Li").withTemperatureK(500));

        Spectrum z = SpectrumReader.read(ROOT.resolve("examples/eis/impedancepy_Circuit3_EIS_1.z"));
        CircuitFitResult fit = CircuitFitter.fit(z, Circuit.parse("R0-p(R1,C1)"), FitOptions.DEFAULT);
        // --- README example ends ---

        // LiFePO4 conducts along b with a BVSE barrier near 0.4 eV (ReferenceStructuresTest has the citations).
        assertThat(barrier1d).isBetween(0.3, 0.5);
        assertThat(info.reducedFormula()).isEqualTo("LiFePO4");
        assertThat(info.oxidationSource()).isEqualTo(bvse.oxidationSource());
        assertThat(f.value()).isCloseTo(0.6531, within(4 * f.err() + 0.005));
        assertThat(md.tracerCm2PerS().value()).isPositive();
        assertThat(md.tracerCm2PerS().err()).isLessThan(md.tracerCm2PerS().value());
        // impedance.py's published fit of this dummy cell: R1 = 4.63e3 ± 3.1 Ohm.
        assertThat(fit.value("R1")).isCloseTo(4631.7, within(5 * fit.error("R1")));
    }
}
