package org.ionhop.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.ionhop.structure.Element;
import org.ionhop.structure.Structure;
import org.ionhop.structure.StructureReader;

/**
 * BVSE barriers of the corpus structures (src/test/resources/corpus, README there) with disordered, partly vacant
 * cation positions shared with the mobile ion: LLTO's A site (La 0.56 / Li 0.33 / vacancy) and the Li/Al 24d site
 * of Al-doped LLZO. With the occupancy weighting every A cage of LLTO held 56 % of a La3+ core and every 24d site of
 * LLZO 6.7 % of an Al3+ core at zero distance, which blocked the Li paths (1.50 and 1.10 eV at 0.2 Å); with the
 * Boltzmann average over vacant and occupied configurations ({@link BvseModel#configurationalAverage}) the ion
 * passes through the vacant positions.
 *
 * <p>No published BVSE (softBV) percolation barrier was found for any corpus structure in the sources searched
 * (corpus README lists our values and why each has no comparison), so the checks are an independent route (the
 * same framework without the disordered cation, whose every position can cost at most kT ln(1 / v)) and, for LLTO,
 * the published activation energy with a tolerance wide enough for the difference of definitions.
 */
class CorpusBarriersTest {
    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    /** kT at the temperature of the configurational average (eV). */
    private static final double KT = 8.617333262e-5 * BvseModel.DISORDER_TEMPERATURE_K;

    private static LandscapeResult run(Structure s) {
        return LandscapeAnalysis.run(s, BvseSettings.of(Element.Li).withGridSpacingA(0.2), null);
    }

    /** The corpus file with its oxidation states assigned (so that a reduced copy keeps them). */
    private static Structure read(String name) {
        return OxidationStates.resolve(StructureReader.read(CORPUS.resolve(name)), null, SoftBvParameters.bundled());
    }

    @Test
    void lltoConductsThroughItsVacantASitesAtThePublishedActivationEnergy() {
        Structure llto = read("LLTO.cif");
        LandscapeResult r = run(llto);
        double b = r.barriers().barrier1dEv();
        // Independent route: the TiO3 framework without La. Li sits in the O4 windows between two A positions and
        // crosses an A cage between windows; each A position (La 0.56, vacant for the test ion 0.44) costs between 0
        // and kT ln(1 / 0.44) = 0.021 eV at 300 K where La would repel strongly, so site and saddle (each within 2 Å
        // of two A positions) move by at most two such costs against each other.
        LandscapeResult free = run(llto.without(s -> s.element() == Element.La));
        assertThat(b).isCloseTo(free.barriers().barrier1dEv(), within(2 * KT * Math.log(1 / 0.44)));
        // Published: bulk activation energy 0.40 eV of Li3xLa2/3-xTiO3, x ~ 0.1 (Stramare, Thangadurai & Weppner,
        // Chem. Mater. 15 (2003) 3974, review), and DFT frozen-ion barriers of 0.42 eV (1D) and 0.47 eV (2D) in
        // ordered Li0.125La0.625TiO3 (Catti, J. Phys. Chem. C 112 (2008) 11068). The definitions differ (a BVSE
        // percolation barrier of one ion in the averaged cubic cell against a measured Arrhenius slope and a DFT
        // path in an ordered superstructure): the two published values already differ by 0.07 eV, BVSE codes differ
        // by 0.01-0.03 eV with the same input (docs/bvse.md: BVlain and ccnb), and the cubic cell averages the La-rich
        // and La-poor layers of the real structure, so 0.15 eV. The occupancy-weighted model gave 1.50 eV.
        assertThat(b).isCloseTo(0.40, within(0.15));
        // all three directions are equivalent in the cubic average cell
        assertThat(r.barriers().conductionDimensionality()).isEqualTo(3);
    }

    @Test
    void aluminiumOnTheGarnetLiSiteDoesNotBlockIt() {
        // Al3+ on 6.7 % of the 24d Li positions of cubic Li6.4Al0.2La3Zr2O12: the Li network through 24d and 96h is
        // that of the Al-free framework, each 24d position costing at most kT ln(1 / 0.933) = 0.0018 eV (the
        // Al-blocked 24d are avoided); the occupancy weighting put 0.067 of an Al3+ core on every 24d site (1.10 eV).
        Structure llzo = read("LLZO_Al.cif");
        double b = run(llzo).barriers().barrier1dEv();
        double free = run(llzo.without(s -> s.element() == Element.Al)).barriers().barrier1dEv();
        // a saddle and a site are each within 4 Å of at most a few 24d positions: 0.01 eV covers ~5 of them
        assertThat(b).isCloseTo(free, within(0.01));
        assertThat(b).isLessThan(0.6);
    }
}
