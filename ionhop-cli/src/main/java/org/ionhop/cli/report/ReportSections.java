package org.ionhop.cli.report;

import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The report's sections in the order they appear, loaded as services so that this package needs no import of
 * the packages that contribute sections.
 */
public final class ReportSections {
    private ReportSections() {
    }

    /** Every registered section, by {@link ReportSection#order()}; each decides from the inputs whether it applies. */
    public static List<ReportSection> all() {
        return ServiceLoader.load(ReportSection.class, ReportSection.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparingInt(ReportSection::order))
                .toList();
    }
}
