/**
 * Values on a periodic grid over a crystal cell, shared by the energy landscape and the trajectory density: the one
 * grid type {@link org.ionhop.grid.PeriodicGrid}, the one percolation routine
 * {@link org.ionhop.grid.GridPercolation} (union-find with periodic image offsets,
 * {@link org.ionhop.grid.PeriodicUnionFind}), and the grid files: Gaussian cube ({@link org.ionhop.grid.CubeFile},
 * lengths in bohr from {@link org.ionhop.units.Constants#BOHR_RADIUS_A}) and VESTA {@code .grd}
 * ({@link org.ionhop.grid.GrdFile}). Depends on {@code structure} (the lattice), {@code io} and {@code units} only.
 */
package org.ionhop.grid;
