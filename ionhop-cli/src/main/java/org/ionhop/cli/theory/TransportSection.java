package org.ionhop.cli.theory;

import org.ionhop.cli.report.ReportContext;
import org.ionhop.cli.report.ReportSection;
import org.ionhop.cli.report.SectionOutput;

/** Report section: Transport theory. */
public final class TransportSection implements ReportSection {
    @Override
    public String id() {
        return "transport";
    }

    @Override
    public String title() {
        return "Transport theory";
    }

    @Override
    public boolean appliesTo(ReportContext ctx) {
        return false;
    }

    @Override
    public void render(ReportContext ctx, SectionOutput out) {
        out.paragraph("Transport theory");
    }
}
