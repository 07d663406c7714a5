package org.ionhop.structure;

/** Where the oxidation states of a structure came from, so outputs can say so. */
public enum OxidationSource {
    /** Read from the file (CIF {@code _atom_type_oxidation_number} or labels such as {@code Li1+}). */
    GIVEN,
    /** Supplied by the user. */
    USER,
    /** Guessed (e.g. by a bond-valence sum method). */
    GUESSED,
    /** Not known for every site. */
    NONE
}
