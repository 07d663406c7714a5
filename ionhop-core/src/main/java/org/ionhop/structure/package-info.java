/**
 * Crystal structures: {@link org.ionhop.structure.Lattice} (triclinic cells, fractional/Cartesian
 * conversion, exact minimum image), {@link org.ionhop.structure.Site}, {@link org.ionhop.structure.Structure}
 * (composition, formula, density, supercells); readers and writers ({@link org.ionhop.structure.StructureReader},
 * {@link org.ionhop.structure.CifReader}, {@link org.ionhop.structure.CifWriter},
 * {@link org.ionhop.structure.PoscarReader}, {@link org.ionhop.structure.PoscarWriter}); symmetry
 * ({@link org.ionhop.structure.SymmetryOperation}, {@link org.ionhop.structure.SpaceGroupTable} with all 530
 * settings of the 230 space groups); periodic neighbour search with cell lists
 * ({@link org.ionhop.structure.CellList}, {@link org.ionhop.structure.NeighborList},
 * {@link org.ionhop.structure.PairDistances}); and {@link org.ionhop.structure.OxidationStateGuesser}.
 * Lengths in Å, angles in degrees, masses in amu, charges in e.
 */
package org.ionhop.structure;
