package org.ionhop.cli.report;

import java.util.List;

import org.ionhop.cli.experiment.ImpedanceSection;
import org.ionhop.cli.experiment.NmrSection;
import org.ionhop.cli.kmc.KmcSection;
import org.ionhop.cli.landscape.LandscapeSection;
import org.ionhop.cli.md.TrajectorySection;
import org.ionhop.cli.structure.StructureSection;
import org.ionhop.cli.theory.DefectsSection;
import org.ionhop.cli.theory.TransportSection;

/** The report's sections in the order they appear. */
public final class ReportSections {
    private ReportSections() {
    }

    /** Every section; each decides from the inputs whether it applies. */
    public static List<ReportSection> all() {
        return List.of(new StructureSection(), new LandscapeSection(), new KmcSection(), new TrajectorySection(),
                new DefectsSection(), new TransportSection(), new ImpedanceSection(), new NmrSection());
    }
}
