/**
 * Physical constants (CODATA 2018) and conversions between ionhop's internal units
 * (eV, Å, ps, K, e, amu) and reporting units (cm²/s, S/cm). Entry classes: {@link org.ionhop.units.Constants},
 * {@link org.ionhop.units.Units}.
 */
package org.ionhop.units;
