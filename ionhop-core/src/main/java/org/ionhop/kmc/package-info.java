/**
 * Kinetic Monte Carlo of ion hopping: a lattice gas with site exclusion on a {@link org.ionhop.network.SiteNetwork},
 * rejection-free (BKL) event selection in O(log N) on primitive arrays, and on-the-fly transport observables
 * (tracer and charge diffusivity, Haven ratio, correlation factor, occupancies, order parameter).
 * Methodology and every convention: {@code docs/kmc.md}. Units: eV, Å, ps, K, e, amu.
 */
package org.ionhop.kmc;
