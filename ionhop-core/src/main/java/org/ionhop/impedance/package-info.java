/**
 * Impedance spectroscopy (physics.md, "Impedance"; docs/impedance.md). Spectra are read by
 * {@link org.ionhop.impedance.SpectrumReader} (generic tables, BioLogic .mpt, Gamry .DTA, ZPlot/ZView .z),
 * equivalent circuits parsed by {@link org.ionhop.impedance.Circuit} (impedance.py syntax) and fitted by complex
 * nonlinear least squares ({@link org.ionhop.impedance.CircuitFitter}, Levenberg-Marquardt from Hipparchus via
 * {@link org.ionhop.fit.NonlinearLeastSquares}). Arcs are labelled by capacitance
 * ({@link org.ionhop.impedance.ArcAssignment}); temperature series are fitted in one go with Arrhenius laws
 * ({@link org.ionhop.impedance.TemperatureSeries}). Data validity: {@link org.ionhop.impedance.LinKK};
 * distribution of relaxation times: {@link org.ionhop.impedance.Drt}. Units: Hz, Ohm, F, s, cm, S/cm, K, eV.
 */
package org.ionhop.impedance;
