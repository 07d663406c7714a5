package org.ionhop.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.ionhop.testing.RefData;

class PairDistancesTest {
    @Test
    void rockSaltDistancesAreHalfTheEdgeAndHalfTheFaceDiagonal() {
        double a = 5.6402;
        Structure nacl = Structure.of(Lattice.fromParameters(a, a, a, 90, 90, 90), List.of(
                Site.of(Element.Na, 0, 0, 0), Site.of(Element.Na, 0, 0.5, 0.5), Site.of(Element.Na, 0.5, 0, 0.5),
                Site.of(Element.Na, 0.5, 0.5, 0), Site.of(Element.Cl, 0.5, 0.5, 0.5), Site.of(Element.Cl, 0.5, 0, 0),
                Site.of(Element.Cl, 0, 0.5, 0), Site.of(Element.Cl, 0, 0, 0.5)), "NaCl");
        Map<String, Double> d = new HashMap<>();
        PairDistances.shortest(nacl, 5).forEach(p -> d.put(p.label(), p.distanceA()));
        assertThat(d.get("Na-Cl")).isCloseTo(a / 2, within(1e-12));
        assertThat(d.get("Na-Na")).isCloseTo(a / Math.sqrt(2), within(1e-12));
        assertThat(d.get("Cl-Cl")).isCloseTo(a / Math.sqrt(2), within(1e-12));
        // Around Na: 6 Cl at a/2 and 8 Cl at a sqrt(3)/2; 12 Na at a/sqrt(2) and 6 at a.
        double[] r = {a / 2 - 1e-6, a / 2 + 1e-6, a / Math.sqrt(2) + 1e-6, a * Math.sqrt(3) / 2 + 1e-6, a + 1e-6};
        Map<Element, double[]> n = PairDistances.cumulativeCoordination(nacl, Element.Na, r);
        assertThat(n.get(Element.Cl)).containsExactly(new double[] {0, 6, 6, 14, 14}, within(1e-12));
        assertThat(n.get(Element.Na)).containsExactly(new double[] {0, 0, 12, 12, 18}, within(1e-12));
    }

    @Test
    void agreesWithAllPairsMinimumImageOnRealStructures() {
        for (String f : new String[] {"structures/LiFePO4_pymatgen.cif", "structures/Li3V2PO43_pymatgen.cif",
                "kmc/kmcpy_tests_Na3SbS4_cubic.cif"}) {
            Structure s = StructureReader.read(RefData.path(f));
            // These cells are larger than twice every shortest distance, so the minimum image over distinct sites
            // (an O(N^2) route through Lattice) is the answer.
            Map<String, Double> brute = new HashMap<>();
            for (int i = 0; i < s.numSites(); i++) {
                for (int j = i + 1; j < s.numSites(); j++) {
                    Site a = s.sites().get(i);
                    Site b = s.sites().get(j);
                    // Key independent of the label order.
                    String key = a.element().ordinal() <= b.element().ordinal()
                            ? a.element() + "/" + b.element() : b.element() + "/" + a.element();
                    brute.merge(key, s.lattice().minimumImageDistance(a.frac(), b.frac()), Math::min);
                }
            }
            Map<String, Double> fast = new HashMap<>();
            PairDistances.shortest(s, 20).forEach(p -> fast.put(p.first().ordinal() <= p.second().ordinal()
                    ? p.first() + "/" + p.second() : p.second() + "/" + p.first(), p.distanceA()));
            assertThat(fast).as(f).hasSameSizeAs(brute);
            brute.forEach((k, v) -> assertThat(fast.get(k)).as("%s %s", f, k).isCloseTo(v, within(1e-9)));
        }
    }
}
