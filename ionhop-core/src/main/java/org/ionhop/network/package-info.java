/**
 * The site network of a mobile ion (sites with energies, hops with saddle energies and periodic images):
 * produced by the energy landscape ({@code landscape}), by built-in lattices or by a structure's sites, and
 * consumed by the kinetic Monte Carlo ({@code kmc}). Energies in eV, positions fractional, lengths in Å.
 */
package org.ionhop.network;
