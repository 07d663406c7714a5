package org.ionhop.cli.report;

/**
 * One section of the HTML report (structure, landscape, kinetic Monte Carlo, trajectories, defects,
 * transport, impedance, NMR). Each capability contributes its own implementation, registered in
 * {@link ReportSections}.
 */
public interface ReportSection {
    /** A short id, used as the key in report.json and as the HTML anchor. */
    String id();

    /** The heading shown in the report. */
    String title();

    /** Whether this section has something to say about these inputs. */
    boolean appliesTo(ReportContext ctx);

    /** Computes and writes the section's content (figures into ctx.dir(), HTML and JSON into out). */
    void render(ReportContext ctx, SectionOutput out) throws Exception;
}
