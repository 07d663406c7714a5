package org.ionhop.cli.kmc;

import org.ionhop.cli.report.ReportContext;
import org.ionhop.cli.report.ReportSection;
import org.ionhop.cli.report.SectionOutput;

/** Report section: Kinetic Monte Carlo. */
public final class KmcSection implements ReportSection {
    @Override
    public String id() {
        return "kmc";
    }

    @Override
    public String title() {
        return "Kinetic Monte Carlo";
    }

    @Override
    public boolean appliesTo(ReportContext ctx) {
        return false;
    }

    @Override
    public void render(ReportContext ctx, SectionOutput out) {
        out.paragraph("Kinetic Monte Carlo");
    }
}
