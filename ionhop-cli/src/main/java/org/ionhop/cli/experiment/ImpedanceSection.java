package org.ionhop.cli.experiment;

import org.ionhop.cli.report.ReportContext;
import org.ionhop.cli.report.ReportSection;
import org.ionhop.cli.report.SectionOutput;

/** Report section: Impedance spectroscopy. */
public final class ImpedanceSection implements ReportSection {
    @Override
    public String id() {
        return "impedance";
    }

    @Override
    public String title() {
        return "Impedance spectroscopy";
    }

    @Override
    public boolean appliesTo(ReportContext ctx) {
        return false;
    }

    @Override
    public void render(ReportContext ctx, SectionOutput out) {
        out.paragraph("Impedance spectroscopy");
    }
}
