package org.ionhop.trajectory;

/** How the framework's centre-of-mass drift is removed from the mobile ions' displacements. */
public enum DriftCorrection {
    /** Subtract the mass-weighted centre-of-mass displacement of the framework atoms (default). */
    MASS_WEIGHTED,
    /** Subtract the plain average displacement of the framework atoms (as pymatgen's DiffusionAnalyzer does). */
    UNWEIGHTED,
    /** Leave the displacements as they are (single-species systems, or already corrected data). */
    NONE
}
