/**
 * NMR of mobile ions (physics.md, "NMR relaxometry"; docs/nmr.md): relaxation rates against temperature fitted
 * with the BPP spectral density or its asymmetric variant ({@link org.ionhop.nmr.BppFit},
 * {@link org.ionhop.nmr.SpectralDensity}): tau_0, E_a and the jump rate at the rate peak; PFG-NMR echo decays
 * ({@link org.ionhop.nmr.StejskalTanner}): the tracer diffusivity D*; the Haven ratio from D* and the EIS
 * conductivity ({@link org.ionhop.nmr.HavenRatio}); line deconvolution with area fractions
 * ({@link org.ionhop.nmr.LineshapeFit}). Input: numeric text tables ({@link org.ionhop.nmr.NumericTable}).
 * Units: K, s, Hz, eV; D in m^2/s inside the PFG fit (cm^2/s on output).
 */
package org.ionhop.nmr;
