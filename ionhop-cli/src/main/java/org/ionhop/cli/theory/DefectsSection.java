package org.ionhop.cli.theory;

import org.ionhop.cli.report.ReportContext;
import org.ionhop.cli.report.ReportSection;
import org.ionhop.cli.report.SectionOutput;

/** Report section: Defect chemistry. */
public final class DefectsSection implements ReportSection {
    @Override
    public String id() {
        return "defects";
    }

    @Override
    public String title() {
        return "Defect chemistry";
    }

    @Override
    public boolean appliesTo(ReportContext ctx) {
        return false;
    }

    @Override
    public void render(ReportContext ctx, SectionOutput out) {
        out.paragraph("Defect chemistry");
    }
}
