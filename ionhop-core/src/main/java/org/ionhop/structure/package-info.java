/**
 * Crystal structures: {@link org.ionhop.structure.Lattice} (triclinic cells, fractional/Cartesian
 * conversion, exact minimum image), {@link org.ionhop.structure.Site}, {@link org.ionhop.structure.Structure}
 * (composition, formula, density, supercells), readers for CIF and POSCAR, and periodic neighbour search.
 * Lengths in Å, angles in degrees, masses in amu, charges in e.
 */
package org.ionhop.structure;
