package org.ionhop.cli.md;

import org.ionhop.cli.report.ReportContext;
import org.ionhop.cli.report.ReportSection;
import org.ionhop.cli.report.SectionOutput;

/** Report section: Molecular-dynamics trajectories. */
public final class TrajectorySection implements ReportSection {
    @Override
    public String id() {
        return "trajectory";
    }

    @Override
    public String title() {
        return "Molecular-dynamics trajectories";
    }

    @Override
    public boolean appliesTo(ReportContext ctx) {
        return false;
    }

    @Override
    public void render(ReportContext ctx, SectionOutput out) {
        out.paragraph("Molecular-dynamics trajectories");
    }
}
