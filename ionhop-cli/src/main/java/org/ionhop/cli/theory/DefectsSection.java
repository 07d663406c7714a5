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
import org.ionhop.defects.MechanismMap;
import org.ionhop.units.Units;

/** Report section: the defect chemistry of every defect-model input (files named *defect*.yaml/.yml/.json). */
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
            DefectAnalysis a = DefectAnalysis.run(DefectInput.read(file));
            String stem = DefectsCommand.stem(file);
            var s = a.state();
            out.rawHtml("<h3>" + SectionOutput.escape(a.input().model().name()) + "</h3>");
            out.paragraph(String.format(Locale.ROOT, "Equilibrium at T = %.0f K and the file's chemical potentials; "
                    + "Fermi level %s eV from the valence-band maximum (%s).", a.input().temperatureK(),
                    SectionOutput.num(s.fermiLevelEv()), !Double.isNaN(a.input().model().fixedFermiLevelEv())
                            ? "fixed by a reservoir" : a.input().model().bandEdges() == null
                            ? "the multiplier of charge neutrality: without band edges only mu_i - q mu_e matters"
                            : "from charge neutrality"));
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < s.species().size(); i++) {
                rows.add(List.of(s.species().get(i).name().toString(),
                        String.valueOf(s.species().get(i).name().charge()), SectionOutput.num(s.formationEnergiesEv()[i]),
                        SectionOutput.num(s.siteFractions()[i]), SectionOutput.num(Units.perA3ToPerCm3(s.perA3()[i]))));
            }
            out.table(List.of("species", "charge", "G_f (eV)", "site fraction", "per cm³"), rows);
            List<List<String>> regimes = new ArrayList<>();
            for (BrouwerDiagram.Regime r : a.brouwer().regimes()) {
                StringBuilder b = new StringBuilder();
                r.slopes().forEach((kv, v) -> b.append(kv).append(' ').append(BrouwerDiagram.fraction(v)).append("; "));
                regimes.add(List.of(SectionOutput.num(r.from()) + " … " + SectionOutput.num(r.to()), r.condition(),
                        b.toString()));
            }
            out.table(List.of(a.input().scan().label(), "neutrality", "slopes (" + a.input().scan().slopeUnit() + ")"),
                    regimes);
            a.warnings().forEach(w -> out.note("Warning: " + w));
            out.figure(a.brouwerChart(), stem + "-brouwer.svg", "Brouwer diagram with its regimes (shaded).");
            if (a.map() != null) {
                List<List<String>> sw = new ArrayList<>();
                for (MechanismMap.Switch x : a.profile().switches()) {
                    sw.add(List.of(SectionOutput.num(x.x()), x.from() + " → " + x.to()));
                }
                if (!sw.isEmpty()) {
                    out.table(List.of(a.input().scan().label() + String.format(Locale.ROOT, " at %.0f K",
                            a.input().temperatureK()), "dominant carrier switch"), sw);
                }
                out.figure(a.mapChart(), stem + "-mechanism-map.svg",
                        "Mechanism map: the carrier with the largest Eq. 1 conductivity at each scan value and T.");
                out.figure(a.conductivityChart(), stem + "-conductivity.svg",
                        "Partial ionic conductivities along the scan at the reference temperature.");
                out.figure(a.activationChart(), stem + "-activation.svg",
                        "Activation energy of sigma T at fixed scan value (central differences of full solutions).");
            }
            out.note("Dilute Boltzmann statistics; electrons and holes (if given) enter neutrality only. Method and "
                    + "conventions: docs/defects.md.");
            var node = a.toJson();
            node.put("file", file.toString());
            arr.add(node);
        }
    }
}
