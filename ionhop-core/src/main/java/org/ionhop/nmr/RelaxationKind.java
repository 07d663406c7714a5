package org.ionhop.nmr;

/** Which relaxation rate a data set holds. */
public enum RelaxationKind {
    /** Spin-lattice relaxation in the laboratory frame, 1/T1, probing omega_0 (MHz). */
    T1,
    /** Spin-lattice relaxation in the rotating frame, 1/T1rho, probing the locking frequency omega_1 (kHz). */
    T1RHO
}
