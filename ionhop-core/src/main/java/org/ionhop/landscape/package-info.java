/**
 * Energy landscape of a mobile ion from a crystal structure by bond-valence site energy (softBV). The facade is
 * {@link org.ionhop.landscape.LandscapeAnalysis} (settings {@link org.ionhop.landscape.BvseSettings}, result
 * {@link org.ionhop.landscape.LandscapeResult}); the one oxidation-state route is
 * {@link org.ionhop.landscape.OxidationStates}, and {@link org.ionhop.landscape.StructureSummary} describes a
 * structure with the states of that route. Inside: the energy model ({@link org.ionhop.landscape.BvseModel}), its
 * evaluation on a {@link org.ionhop.grid.PeriodicGrid} with cell lists ({@link org.ionhop.landscape.GridCalculator}),
 * exact 1D/2D/3D percolation barriers ({@link org.ionhop.grid.GridPercolation},
 * {@link org.ionhop.landscape.PercolationBarriers}), sites, saddles and the site network for the kinetic Monte
 * Carlo. Energies in eV, lengths in Å. Method: {@code docs/bvse.md}.
 */
package org.ionhop.landscape;
