package org.ionhop.kmc;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.ionhop.io.InvalidSettingException;
import org.ionhop.network.BuiltinLattice;
import org.ionhop.network.SiteNetwork;
import org.ionhop.network.StructureNetwork;
import org.ionhop.structure.Structure;

/**
 * Where the sites of a kinetic Monte Carlo study come from: a built-in lattice, a site network, or the mobile-ion
 * sites of a crystal structure. Each variant carries the options that only it has, with their defaults in its
 * {@code of(...)} factory; the options every source shares (ion, barrier, composition) are in {@link KmcSettings}.
 */
public sealed interface KmcSource {
    /** Conventional cells per periodic direction of a built-in lattice. */
    int DEFAULT_SIZE = 8;
    /** Repetitions of a network or structure cell along each axis. */
    int DEFAULT_SUPERCELL = 1;
    /** Nearest-neighbour (hop) distance of a built-in lattice, Å. */
    double DEFAULT_HOP_DISTANCE_A = 3.0;
    /** Largest hop distance between the mobile-ion sites of a structure, Å. */
    double DEFAULT_CUTOFF_A = 3.5;

    /**
     * A built-in lattice with nearest-neighbour hops ({@link BuiltinLattice#network}).
     *
     * @param lattice      which lattice
     * @param size         conventional cells per periodic direction (at least 2: one cell is its own neighbour)
     * @param hopDistanceA nearest-neighbour distance (Å)
     */
    record Lattice(BuiltinLattice lattice, int size, double hopDistanceA) implements KmcSource {
        /** Validates. */
        public Lattice {
            Objects.requireNonNull(lattice, "lattice");
            InvalidSettingException.require(size >= 2, "size",
                    "expected at least 2 cells per periodic direction (a single cell is its own neighbour), got " + size);
            InvalidSettingException.positive("hopDistanceA", hopDistanceA);
        }

        /** The lattice with the default size and hop distance. */
        public static Lattice of(BuiltinLattice lattice) {
            return new Lattice(lattice, DEFAULT_SIZE, DEFAULT_HOP_DISTANCE_A);
        }

        /** A copy with another size. */
        public Lattice withSize(int cells) {
            return new Lattice(lattice, cells, hopDistanceA);
        }

        /** A copy with another hop distance (Å). */
        public Lattice withHopDistanceA(double d) {
            return new Lattice(lattice, size, d);
        }
    }

    /**
     * A site network (sites, hops and saddle energies, for example from the energy landscape or a network file).
     *
     * @param network     the network
     * @param supercell   repeat the network supercell x supercell x supercell times first (at least 1)
     * @param minSites    then repeat it further, n x n x n with n = ceil(cbrt(minSites / sites)), when it has fewer
     *                    sites than this (1: never)
     * @param ionsPerCell mobile ions per cell of the network as given (a structure's occupancy), scaled with the
     *                    repetitions; 0 when unknown (half filling)
     */
    record Network(SiteNetwork network, int supercell, int minSites, int ionsPerCell) implements KmcSource {
        /** Validates. */
        public Network {
            Objects.requireNonNull(network, "network");
            InvalidSettingException.require(supercell >= 1, "supercell", "expected at least 1, got " + supercell);
            InvalidSettingException.require(minSites >= 1, "minSites", "expected at least 1, got " + minSites);
            InvalidSettingException.require(ionsPerCell >= 0, "ionsPerCell", "expected 0 (unknown) or more, got "
                    + ionsPerCell);
        }

        /** The network as it is (no repetition, ion count unknown). */
        public static Network of(SiteNetwork network) {
            return new Network(network, DEFAULT_SUPERCELL, 1, 0);
        }

        /** A copy with another supercell factor. */
        public Network withSupercell(int n) {
            return new Network(network, n, minSites, ionsPerCell);
        }

        /** A copy that is repeated until it has at least {@code sites} sites. */
        public Network withMinSites(int sites) {
            return new Network(network, supercell, sites, ionsPerCell);
        }

        /** A copy with a known number of ions per cell. */
        public Network withIonsPerCell(int n) {
            return new Network(network, supercell, minSites, n);
        }
    }

    /**
     * The sites of the mobile ion ({@link KmcSettings#ion}) in a structure, joined within a cut-off
     * ({@link StructureNetwork#build}); the ions default to the structure's occupancies.
     *
     * @param structure      the structure
     * @param cutoffA        largest hop distance (Å), above {@link StructureNetwork#MIN_HOP_A}
     * @param hopBarriersEv  E_KRA (eV) by hop type ("Li1-Li2@2.43") or label pair ("Li1-Li2")
     * @param siteEnergiesEv site energy (eV) by site label (default 0)
     * @param supercell      repeat the structure supercell x supercell x supercell times before building (at least 1)
     * @param minSites       then repeat the network as {@link Network#minSites} does (1: never)
     */
    record StructureSites(Structure structure, double cutoffA, Map<String, Double> hopBarriersEv,
                          Map<String, Double> siteEnergiesEv, int supercell, int minSites) implements KmcSource {
        /** Validates and copies (keeping the order of the maps). */
        public StructureSites {
            Objects.requireNonNull(structure, "structure");
            InvalidSettingException.require(Double.isFinite(cutoffA) && cutoffA > StructureNetwork.MIN_HOP_A, "cutoffA",
                    "expected a distance above " + StructureNetwork.MIN_HOP_A + " Å, got " + cutoffA);
            hopBarriersEv = finiteValues("hopBarriersEv", hopBarriersEv);
            hopBarriersEv.forEach((k, v) -> InvalidSettingException.require(v >= 0, "hopBarriersEv",
                    "expected barriers of 0 eV or more, got " + k + "=" + v));
            siteEnergiesEv = finiteValues("siteEnergiesEv", siteEnergiesEv);
            InvalidSettingException.require(supercell >= 1, "supercell", "expected at least 1, got " + supercell);
            InvalidSettingException.require(minSites >= 1, "minSites", "expected at least 1, got " + minSites);
        }

        /** The structure with the default cut-off, no per-type barriers or site energies, and no repetition. */
        public static StructureSites of(Structure structure) {
            return new StructureSites(structure, DEFAULT_CUTOFF_A, Map.of(), Map.of(), DEFAULT_SUPERCELL, 1);
        }

        /** A copy with another cut-off (Å). */
        public StructureSites withCutoffA(double c) {
            return new StructureSites(structure, c, hopBarriersEv, siteEnergiesEv, supercell, minSites);
        }

        /** A copy with E_KRA by hop type or label pair (eV). */
        public StructureSites withHopBarriersEv(Map<String, Double> b) {
            return new StructureSites(structure, cutoffA, b, siteEnergiesEv, supercell, minSites);
        }

        /** A copy with site energies by label (eV). */
        public StructureSites withSiteEnergiesEv(Map<String, Double> e) {
            return new StructureSites(structure, cutoffA, hopBarriersEv, e, supercell, minSites);
        }

        /** A copy with another supercell factor. */
        public StructureSites withSupercell(int n) {
            return new StructureSites(structure, cutoffA, hopBarriersEv, siteEnergiesEv, n, minSites);
        }

        /** A copy that is repeated until it has at least {@code sites} sites. */
        public StructureSites withMinSites(int sites) {
            return new StructureSites(structure, cutoffA, hopBarriersEv, siteEnergiesEv, supercell, sites);
        }
    }

    private static Map<String, Double> finiteValues(String setting, Map<String, Double> m) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (m != null) {
            m.forEach((k, v) -> out.put(k, InvalidSettingException.finite(setting, v == null ? Double.NaN : v)));
        }
        return Collections.unmodifiableMap(out);
    }
}
