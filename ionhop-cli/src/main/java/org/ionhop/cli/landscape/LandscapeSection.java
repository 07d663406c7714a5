package org.ionhop.cli.landscape;

import org.ionhop.cli.report.ReportContext;
import org.ionhop.cli.report.ReportSection;
import org.ionhop.cli.report.SectionOutput;

/** Report section: Energy landscape (bond-valence site energy). */
public final class LandscapeSection implements ReportSection {
    @Override
    public String id() {
        return "landscape";
    }

    @Override
    public String title() {
        return "Energy landscape (bond-valence site energy)";
    }

    @Override
    public boolean appliesTo(ReportContext ctx) {
        return false;
    }

    @Override
    public void render(ReportContext ctx, SectionOutput out) {
        out.paragraph("Energy landscape (bond-valence site energy)");
    }
}
