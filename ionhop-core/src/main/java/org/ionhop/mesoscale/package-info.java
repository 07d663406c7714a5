/**
 * Mesoscale transport in composite electrolytes (docs/mesoscale.md): a filler (ceramic particles) dispersed in a
 * matrix (polymer), with an interface shell of its own conductivity around each particle.
 *
 * <p>Entry classes: {@link org.ionhop.mesoscale.CompositeStudy} (facade: sigma against filler fraction with its
 * maximum, sigma(T) and the apparent activation energy, fit of the shell to measured data) configured by
 * {@link org.ionhop.mesoscale.CompositeSettings}; the closed-form effective-medium models and bounds in
 * {@link org.ionhop.mesoscale.EffectiveMedium}; the independent second route, a random resistor network on a voxel
 * grid of random spheres, in {@link org.ionhop.mesoscale.ResistorNetwork}.
 *
 * <p>Units: conductivities in S/cm (prefactors in S/cm or S K/cm by the Arrhenius convention), energies in eV,
 * temperatures in K, particle radius and shell thickness in nm, densities in g/cm^3; fractions are dimensionless.
 */
package org.ionhop.mesoscale;
