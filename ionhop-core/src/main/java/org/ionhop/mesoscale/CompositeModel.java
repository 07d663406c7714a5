package org.ionhop.mesoscale;

import java.util.Locale;

/** The effective-medium model that turns phase conductivities and fractions into the composite's conductivity. */
public enum CompositeModel {
    /** Parallel (Wiener upper) bound: layers along the field. */
    PARALLEL,
    /** Series (Wiener lower) bound: layers across the field. */
    SERIES,
    /** Maxwell-Garnett: isolated filler spheres in the matrix (no percolation threshold). */
    MAXWELL_GARNETT,
    /** Symmetric Bruggeman effective medium: both phases as spheres in the effective medium (threshold 1/3). */
    BRUGGEMAN,
    /** Filler cores coated by an interface shell (Hashin coated sphere), in the matrix by symmetric Bruggeman. */
    CORE_SHELL;

    /** The command-line spelling: lower case with hyphens ("maxwell-garnett"). */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The model of a command-line spelling (case and '-'/'_' insensitive). */
    public static CompositeModel parse(String text) {
        String key = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (CompositeModel m : values()) {
            if (m.name().equals(key)) {
                return m;
            }
        }
        throw new IllegalArgumentException("expected a composite model (parallel, series, maxwell-garnett, "
                + "bruggeman, core-shell), got '" + text + "'");
    }

    /**
     * The composite conductivity of this model.
     *
     * @param matrix            matrix conductivity
     * @param filler            filler conductivity
     * @param shell             interface-shell conductivity (used by {@link #CORE_SHELL} only)
     * @param fillerFraction    filler volume fraction
     * @param interfaceFraction interface-shell volume fraction (used by {@link #CORE_SHELL} only)
     */
    public double sigma(double matrix, double filler, double shell, double fillerFraction, double interfaceFraction) {
        return switch (this) {
            case PARALLEL -> EffectiveMedium.parallel(fillerFraction, filler, matrix);
            case SERIES -> EffectiveMedium.series(fillerFraction, filler, matrix);
            case MAXWELL_GARNETT -> EffectiveMedium.maxwellGarnett(matrix, filler, fillerFraction);
            case BRUGGEMAN -> EffectiveMedium.bruggeman(matrix, filler, fillerFraction);
            case CORE_SHELL -> EffectiveMedium.coreShell(matrix, filler, shell, fillerFraction, interfaceFraction);
        };
    }
}
