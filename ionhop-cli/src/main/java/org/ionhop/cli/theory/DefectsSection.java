package org.ionhop.cli.theory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ionhop.cli.report.InputKind;
import org.ionhop.cli.report.ReportContext;
import org.ionhop.cli.report.ReportSection;
import org.ionhop.cli.report.SectionOutput;
import org.ionhop.defects.BrouwerDiagram;
import org.ionhop.defects.DefectStudy;
import org.ionhop.defects.DefectStudyResult;
import org.ionhop.defects.MechanismMap;

/**
 * Report section: the defect chemistry of every defect-model input (files named *defect*.yaml/.yml/.json), through
 * the same {@link DefectStudy} call and renderers as {@code ionhop defects}.
 */
public final class DefectsSection implements ReportSection {
    @Override
    public int order() {
        return 50;
    }

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
        return ctx.has(InputKind.DEFECTS);
    }

    @Override
    public void render(ReportContext ctx, SectionOutput out) {
        var arr = out.json().putArray("models");
        for (Path file : ctx.inputsOf(InputKind.DEFECTS)) {
            DefectStudyResult a = DefectStudy.run(DefectInput.read(file));
            String stem = DefectsCommand.stem(file);
            out.rawHtml("<h3>" + SectionOutput.escape(a.modelName()) + "</h3>");
            out.paragraph(String.format(Locale.ROOT, "Equilibrium at T = %.0f K and the file's chemical potentials; "
                    + "Fermi level %s eV from the valence-band maximum (%s).", a.temperatureK(),
                    SectionOutput.num(a.fermiLevelEv()), DefectCharts.fermiLevelOrigin(a)));
            List<List<String>> rows = new ArrayList<>();
            for (DefectStudyResult.Concentration c : a.concentrations()) {
                rows.add(List.of(c.species().toString(), String.valueOf(c.charge()),
                        SectionOutput.num(c.formationEnergyEv()), SectionOutput.num(c.siteFraction()),
                        SectionOutput.num(c.perCm3())));
            }
            out.table(List.of("species", "charge", "G_f (eV)", "site fraction", "per cm³"), rows);
            List<List<String>> regimes = new ArrayList<>();
            for (BrouwerDiagram.Regime r : a.brouwer().regimes()) {
                StringBuilder b = new StringBuilder();
                r.rationalSlopes().forEach((kv, v) -> b.append(kv).append(' ').append(v.fraction()).append("; "));
                regimes.add(List.of(SectionOutput.num(r.from()) + " … " + SectionOutput.num(r.to()), r.condition(),
                        b.toString()));
            }
            out.table(List.of(a.scan().label(), "neutrality", "slopes (" + a.scan().slopeUnit() + ")"), regimes);
            a.warnings().forEach(w -> out.note("Warning: " + w));
            out.figure(DefectCharts.brouwer(a), stem + "-brouwer.svg", "Brouwer diagram with its regimes (shaded).");
            if (a.hasCarriers()) {
                List<List<String>> sw = new ArrayList<>();
                for (MechanismMap.Switch x : a.profile().switches()) {
                    sw.add(List.of(SectionOutput.num(x.x()), x.from() + " → " + x.to()));
                }
                if (!sw.isEmpty()) {
                    out.table(List.of(a.scan().label() + String.format(Locale.ROOT, " at %.0f K", a.temperatureK()),
                            "dominant carrier switch"), sw);
                }
                out.figure(DefectCharts.map(a), stem + "-mechanism-map.svg",
                        "Mechanism map: the carrier with the largest Eq. 1 conductivity at each scan value and T.");
                out.figure(DefectCharts.conductivity(a), stem + "-conductivity.svg",
                        "Partial ionic conductivities along the scan at the reference temperature.");
                out.figure(DefectCharts.activation(a), stem + "-activation.svg",
                        "Activation energy of sigma T at fixed scan value (central differences of full solutions).");
            }
            out.note("Dilute Boltzmann statistics; electrons and holes (if given) enter neutrality only. Method and "
                    + "conventions: docs/defects.md.");
            var node = TheoryJson.body(a);
            node.put("file", file.toString());
            arr.add(node);
        }
    }
}
