/**
 * Energy landscape of a mobile ion from a crystal structure by bond-valence site energy (softBV): the
 * energy model ({@link org.ionhop.landscape.BvseModel}), its evaluation on a periodic grid with cell lists
 * ({@link org.ionhop.landscape.GridCalculator}), exact 1D/2D/3D percolation barriers
 * ({@link org.ionhop.landscape.Percolation}), sites, saddles and the site network for the kinetic Monte
 * Carlo ({@link org.ionhop.landscape.LandscapeAnalysis}), and grid files ({@link org.ionhop.landscape.GridFiles}).
 * Energies in eV, lengths in Å. Method: {@code docs/bvse.md}.
 */
package org.ionhop.landscape;
