/**
 * Transport theory shared by every module: the Arrhenius fit ({@link org.ionhop.transport.ArrheniusFit}),
 * Nernst-Einstein ({@link org.ionhop.transport.NernstEinstein}), the seeds' Eq. 1 forward and inverse
 * ({@link org.ionhop.transport.HoppingConductivity}), Vineyard attempt frequencies
 * ({@link org.ionhop.transport.Vineyard}), phonon-assisted hopping ({@link org.ionhop.transport.PhononAssistedHopping}),
 * the isotope effect ({@link org.ionhop.transport.IsotopeEffect}), configurational entropy
 * ({@link org.ionhop.transport.ConfigurationalEntropy}) and the cross-check of measured and simulated numbers
 * ({@link org.ionhop.transport.ConsistencyCheck}). Units: eV, Å, ps (THz), K, e, amu; sigma in S/cm.
 */
package org.ionhop.transport;
