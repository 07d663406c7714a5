package org.ionhop.nmr;

import java.util.List;

import org.ionhop.io.InvalidSettingException;

/**
 * Options of a lineshape deconvolution ({@link NmrAnalysis#lineshape}).
 *
 * @param components one shape per component (empty: from the table's {@code # components = ...} line)
 * @param centres    starting centres (empty, or fewer than the components: the largest peaks)
 */
public record LineshapeSettings(List<LineShape> components, List<Double> centres) {
    /** Copies the lists. */
    public LineshapeSettings {
        components = List.copyOf(components);
        centres = List.copyOf(centres);
        for (double c : centres) {
            InvalidSettingException.finite("centres", c);
        }
    }

    /** Shapes from the table, centres from its peaks. */
    public static LineshapeSettings defaults() {
        return new LineshapeSettings(List.of(), List.of());
    }

    /** With these component shapes. */
    public LineshapeSettings withComponents(List<LineShape> shapes) {
        return new LineshapeSettings(shapes, centres);
    }

    /** With starting centres. */
    public LineshapeSettings withCentres(List<Double> c) {
        return new LineshapeSettings(components, c);
    }
}
