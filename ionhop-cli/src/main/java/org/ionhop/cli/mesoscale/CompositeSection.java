package org.ionhop.cli.mesoscale;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.ionhop.cli.report.ReportContext;
import org.ionhop.cli.report.ReportInput;
import org.ionhop.cli.report.ReportSection;
import org.ionhop.cli.report.SectionOutput;
import org.ionhop.mesoscale.CompositeModel;
import org.ionhop.mesoscale.CompositePoint;
import org.ionhop.mesoscale.CompositeResult;
import org.ionhop.mesoscale.CompositeSettings;
import org.ionhop.mesoscale.CompositeStudy;
import org.ionhop.mesoscale.ShellFit;

/**
 * Report section: the composite electrolyte of every {@code *composite*.yaml|yml|json} input, through the same
 * facade as {@code ionhop composite}: sigma against filler fraction with its maximum, the apparent E_a, and the
 * shell fit when the file has data.
 */
public final class CompositeSection implements ReportSection {
    @Override
    public int order() {
        return 90;
    }

    @Override
    public String id() {
        return "composite";
    }

    @Override
    public String title() {
        return "Composite electrolyte";
    }

    @Override
    public boolean appliesTo(ReportContext ctx) {
        return ctx.inputs().stream().map(ReportInput::path).anyMatch(CompositeInput::matches);
    }

    @Override
    public void render(ReportContext ctx, SectionOutput out) {
        var arr = out.json().putArray("composites");
        for (ReportInput in : ctx.inputs()) {
            Path file = in.path();
            if (!CompositeInput.matches(file)) {
                continue;
            }
            CompositeInput input = CompositeInput.read(file);
            CompositeSettings s = input.settings();
            if (s.temperaturesK().isEmpty() && !ctx.temperatures().isEmpty()) {
                s = s.withTemperaturesK(ctx.temperatures());
            }
            CompositeResult r = CompositeStudy.run(s);
            ShellFit fit = input.data() == null ? null : CompositeStudy.fit(s, input.data());
            List<CompositePoint> fitted = fit == null ? null
                    : CompositeStudy.run(s.withShell(fit.sigmaShellSCm().value(), fit.shellNm().value())).curve();
            String stem = String.valueOf(file.getFileName()).replaceAll("\\.[A-Za-z]+$", "")
                    .replaceAll("[^A-Za-z0-9._-]", "_");
            boolean shell = s.model() == CompositeModel.CORE_SHELL;
            out.rawHtml("<h3>" + SectionOutput.escape(input.name()) + "</h3>");
            var kv = SectionOutput.rows();
            kv.put("model", s.model().label());
            kv.put("phases at " + SectionOutput.num(s.referenceTemperatureK()) + " K", String.format(Locale.ROOT,
                    "filler %s S/cm (%s eV), matrix %s S/cm (%s eV)%s", SectionOutput.num(s.sigmaFillerSCm()),
                    SectionOutput.num(s.eaFillerEv()), SectionOutput.num(s.sigmaMatrixSCm()),
                    SectionOutput.num(s.eaMatrixEv()), shell ? String.format(Locale.ROOT,
                            ", shell %s S/cm (%s eV), r = %s nm, t = %s nm", SectionOutput.num(s.sigmaShellSCm()),
                            SectionOutput.num(s.eaShellEv()), SectionOutput.num(s.radiusNm()),
                            SectionOutput.num(s.shellNm())) : ""));
            var m = r.maximum();
            kv.put("maximum", m.interior()
                    ? String.format(Locale.ROOT, "%s S/cm at %s fraction %s (volume %s)", SectionOutput.num(m.sigmaSCm()),
                            s.fractionType().name().toLowerCase(Locale.ROOT), SectionOutput.num(m.fraction()),
                            SectionOutput.num(m.volumeFraction()))
                    : "none inside: the best is a pure phase (" + SectionOutput.num(m.sigmaSCm()) + " S/cm)");
            if (fit != null) {
                kv.put("fitted shell", SectionOutput.withErr(fit.sigmaShellSCm().value(), fit.sigmaShellSCm().err())
                        + " S/cm, " + SectionOutput.withErr(fit.shellNm().value(), fit.shellNm().err()) + " nm (reduced chi² "
                        + SectionOutput.num(fit.reducedChiSquare()) + ")");
            }
            out.keyValues(kv);
            List<List<String>> rows = new ArrayList<>();
            boolean ea = !s.temperaturesK().isEmpty();
            for (CompositePoint p : r.points()) {
                List<String> row = new ArrayList<>(List.of(SectionOutput.num(p.fraction()),
                        SectionOutput.num(p.volumeFraction()), shell ? SectionOutput.num(p.interfaceFraction()) : "-",
                        SectionOutput.num(p.sigmaSCm())));
                if (ea) {
                    row.add(SectionOutput.num(p.eaEv()));
                }
                rows.add(row);
            }
            List<String> header = new ArrayList<>(List.of("fraction", "volume fraction", "interface fraction",
                    "sigma (S/cm)"));
            if (ea) {
                header.add("E_a (eV)");
            }
            out.table(header, rows);
            out.figure(CompositeCharts.sigma(r, input.data(), fitted, null), stem + "-sigma.svg",
                    "Conductivity against filler fraction (" + s.model().label() + " model), maximum marked.");
            if (ea) {
                out.figure(CompositeCharts.activation(r), stem + "-Ea.svg",
                        "Apparent activation energy of the composite against filler fraction.");
            }
            out.note("Effective-medium models, bounds and the resistor-network check: docs/mesoscale.md.");
            ObjectNode node = (ObjectNode) CompositeJson.tree(new CompositeJson.Output(s.model().label(),
                    s.fractionType().name().toLowerCase(Locale.ROOT), r.points(), r.maximum(), fit, null, null));
            node.put("file", file.toString());
            arr.add(node);
        }
    }
}
