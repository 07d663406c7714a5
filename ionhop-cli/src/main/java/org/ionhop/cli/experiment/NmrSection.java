package org.ionhop.cli.experiment;

import org.ionhop.cli.report.ReportContext;
import org.ionhop.cli.report.ReportSection;
import org.ionhop.cli.report.SectionOutput;

/** Report section: NMR relaxometry and diffusion. */
public final class NmrSection implements ReportSection {
    @Override
    public String id() {
        return "nmr";
    }

    @Override
    public String title() {
        return "NMR relaxometry and diffusion";
    }

    @Override
    public boolean appliesTo(ReportContext ctx) {
        return false;
    }

    @Override
    public void render(ReportContext ctx, SectionOutput out) {
        out.paragraph("NMR relaxometry and diffusion");
    }
}
