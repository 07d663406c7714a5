package org.ionhop.cli.report;

/**
 * One section of the HTML report (structure, landscape, kinetic Monte Carlo, trajectories, defects,
 * transport, impedance, NMR). Each capability contributes its own implementation, registered as a service in
 * {@code META-INF/services/org.ionhop.cli.report.ReportSection} and found by {@link ReportSections}, so that the
 * report package does not depend on the feature packages (no package cycle).
 */
public interface ReportSection {
    /** Position in the report: sections appear in increasing order. */
    int order();

    /** A short id, used as the key in report.json and as the HTML anchor. */
    String id();

    /** The heading shown in the report. */
    String title();

    /** Whether this section has something to say about these inputs. */
    boolean appliesTo(ReportContext ctx);

    /** Computes and writes the section's content (figures into ctx.dir(), HTML and JSON into out). */
    void render(ReportContext ctx, SectionOutput out) throws Exception;
}
