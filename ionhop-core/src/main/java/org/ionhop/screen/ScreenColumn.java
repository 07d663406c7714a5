package org.ionhop.screen;

/**
 * The columns of a screen's results, defined once for the local store, the Spark dataset and every export, in
 * this order. Names carry their units; a number that does not exist (no percolating path below the cap, no kMC
 * estimate) is empty (SQL NULL), never 0.
 */
public enum ScreenColumn {
    /** SHA-256 (hex) of the decompressed input file. */
    INPUT_SHA256("input_sha256", Type.TEXT, "SHA-256 of the input file's bytes"),
    /** The path as given, or {@code archive!member}. */
    FILE("file", Type.TEXT, "input path as given (archive!member for archive members)"),
    /** CIF data block. */
    BLOCK("block", Type.TEXT, "CIF data block name"),
    /** Hash of the settings. */
    SETTINGS_HASH("settings_hash", Type.TEXT, "hash of the settings that decide the numbers"),
    /** ionhop version. */
    IONHOP_VERSION("ionhop_version", Type.TEXT, "ionhop version that made the row"),
    /** ok / error / timeout. */
    STATUS("status", Type.TEXT, "ok, error or timeout"),
    /** One-line error or note. */
    MESSAGE("message", Type.TEXT, "the one-line error (status error/timeout) or a note"),
    /** Wall time spent. */
    SECONDS("seconds", Type.REAL, "wall-clock seconds spent on the structure"),
    /** Reduced formula. */
    FORMULA("formula", Type.TEXT, "reduced formula (occupancy-weighted)"),
    /** Formula units per cell. */
    FORMULA_UNITS_Z("formula_units_Z", Type.INTEGER, "formula units per cell"),
    /** Space group as given or found. */
    SPACE_GROUP("space_group", Type.TEXT, "space group from the file"),
    /** Space group found in the atoms. */
    SPACE_GROUP_DETECTED("space_group_detected", Type.TEXT, "space group found in the atoms at "
            + org.ionhop.structure.SpaceGroupFinder.DEFAULT_TOLERANCE_A + " Å, as \"Pnma (62)\" (empty: none found, or "
            + "more than " + org.ionhop.structure.SpaceGroupFinder.MAX_SITES_FOR_SUMMARY + " sites: not searched)"),
    /** Cell volume. */
    VOLUME_A3("volume_A3", Type.REAL, "cell volume in Å^3"),
    /** Mass density. */
    DENSITY_G_CM3("density_g_cm3", Type.REAL, "density in g/cm^3"),
    /** Sites in the cell. */
    NUM_SITES("num_sites", Type.INTEGER, "sites in the cell after symmetry expansion"),
    /** Mobile element. */
    MOBILE_ION("mobile_ion", Type.TEXT, "mobile element"),
    /** Mobile ions per cell. */
    MOBILE_ION_COUNT("mobile_ion_count", Type.REAL, "mobile ions per cell (occupancy-weighted)"),
    /** Mobile-ion number density. */
    MOBILE_ION_DENSITY_CM3("mobile_ion_density_cm3", Type.REAL, "mobile-ion number density in 1/cm^3"),
    /** Volume per anion. */
    VOLUME_PER_ANION_A3("volume_per_anion_A3", Type.REAL, "cell volume per anion in Å^3"),
    /** Whether any site is partially occupied. */
    PARTIAL_OCCUPANCY("partial_occupancy", Type.BOOLEAN, "whether any site is partially occupied"),
    /** Where the oxidation states came from. */
    OXIDATION_SOURCE("oxidation_source", Type.TEXT, "where the oxidation states came from"),
    /** Net charge of the cell with the states used. */
    OXIDATION_RESIDUAL_E("oxidation_residual_e", Type.REAL, "net charge of the cell with the states used, in e"),
    /** 1D percolation barrier. */
    BARRIER_1D_EV("barrier_1d_eV", Type.REAL, "1D percolation barrier in eV (empty: none below the cap)"),
    /** 2D percolation barrier. */
    BARRIER_2D_EV("barrier_2d_eV", Type.REAL, "2D percolation barrier in eV"),
    /** 3D percolation barrier. */
    BARRIER_3D_EV("barrier_3d_eV", Type.REAL, "3D percolation barrier in eV"),
    /** Conduction dimensionality. */
    DIMENSIONALITY("dimensionality", Type.INTEGER, "conduction dimensionality (directions open within 0.5 eV of the 1D barrier)"),
    /** Sites of the landscape network. */
    LANDSCAPE_SITES("landscape_sites", Type.INTEGER, "mobile-ion sites found in the landscape"),
    /** Hops of the landscape network. */
    LANDSCAPE_HOPS("landscape_hops", Type.INTEGER, "hops between them"),
    /** Spread of site energies. */
    SITE_ENERGY_SPREAD_EV("site_energy_spread_eV", Type.REAL, "standard deviation of the landscape site energies in eV"),
    /** Share of sites within k_B T at 300 K of the lowest. */
    SITES_WITHIN_KT300("sites_within_kT300", Type.REAL, "share of landscape sites within k_B T (300 K) of the lowest"),
    /** Distinct anion environments of the mobile ion. */
    ANION_ENVIRONMENTS("anion_environments", Type.INTEGER, "distinct anion environments of the mobile-ion sites"),
    /** Anion species around the mobile ion. */
    ANION_SPECIES("anion_species", Type.INTEGER, "anion species in the first shells of the mobile ion"),
    /** Evenness of sharing between anion species. */
    ANION_BALANCE("anion_balance", Type.REAL, "evenness (Shannon, 0-1) of the mobile ion's anion neighbours by species"),
    /** kMC conductivity at 300 K. */
    SIGMA_300K_S_CM("sigma_300K_S_cm", Type.REAL, "kMC estimate of sigma at 300 K in S/cm (extrapolated; static force field)"),
    /** Its standard error. */
    SIGMA_300K_ERR_S_CM("sigma_300K_err_S_cm", Type.REAL, "its standard error in S/cm"),
    /** kMC activation energy. */
    EA_EV("Ea_eV", Type.REAL, "kMC activation energy of sigma T in eV"),
    /** Its standard error. */
    EA_ERR_EV("Ea_err_eV", Type.REAL, "its standard error in eV");

    /** Storage types, mapped by each store to its own. */
    public enum Type {
        /** A string. */
        TEXT,
        /** A 64-bit float. */
        REAL,
        /** A 32-bit integer. */
        INTEGER,
        /** A boolean. */
        BOOLEAN
    }

    private final String columnName;
    private final Type type;
    private final String description;

    ScreenColumn(String columnName, Type type, String description) {
        this.columnName = columnName;
        this.type = type;
        this.description = description;
    }

    /** The column's name in stores and exports. */
    public String columnName() {
        return columnName;
    }

    /** The storage type. */
    public Type type() {
        return type;
    }

    /** What the column holds, with its unit. */
    public String description() {
        return description;
    }
}
