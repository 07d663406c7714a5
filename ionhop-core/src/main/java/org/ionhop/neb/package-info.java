/**
 * Nudged-elastic-band (NEB) post-processing: a band of images (VASP NEB folders or an extended-XYZ band) turned
 * into a reaction coordinate, an energy profile interpolated with the tangent forces, forward and reverse barriers,
 * the saddle position, convergence checks, and the match of the hop to a bond-valence site network.
 *
 * <p>Entry points: {@link org.ionhop.neb.NebBand#read} (readers), {@link org.ionhop.neb.NebAnalysis#run} (the
 * facade: {@link org.ionhop.neb.NebSettings} in, {@link org.ionhop.neb.NebResult} out) and
 * {@link org.ionhop.neb.NebNetworks} (match to a {@link org.ionhop.network.SiteNetwork} and substitution of the NEB
 * barrier). Units: eV, Å, eV/Å. Method and validation: {@code docs/neb.md}.
 */
package org.ionhop.neb;
