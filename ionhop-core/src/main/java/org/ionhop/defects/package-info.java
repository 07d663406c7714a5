/**
 * Defect chemistry: point defects in Kröger-Vink notation ({@link org.ionhop.defects.KrogerVink}), formation
 * energies that depend on atomic chemical potentials and the Fermi level ({@link org.ionhop.defects.DefectSpecies}),
 * Boltzmann concentrations with charge neutrality ({@link org.ionhop.defects.DefectEquilibrium} on a
 * {@link org.ionhop.defects.DefectModel}), Brouwer diagrams with regime slopes
 * ({@link org.ionhop.defects.BrouwerDiagram}) and mechanism maps with activation energies
 * ({@link org.ionhop.defects.MechanismMap}).
 *
 * <p>Units: energies eV, volumes Å³, concentrations as site fractions (mass action) and numbers per Å³ (neutrality),
 * temperatures K. Conventions in docs/physics.md, "Defects and activation energy", and docs/defects.md.
 */
package org.ionhop.defects;
