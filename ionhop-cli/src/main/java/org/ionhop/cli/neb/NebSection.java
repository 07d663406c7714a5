package org.ionhop.cli.neb;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.ionhop.cli.common.NetworkJson;
import org.ionhop.cli.report.InputKind;
import org.ionhop.cli.report.ReportContext;
import org.ionhop.cli.report.ReportSection;
import org.ionhop.cli.report.SectionOutput;
import org.ionhop.io.InputFormatException;
import org.ionhop.io.NumericalFailureException;
import org.ionhop.neb.NebAnalysis;
import org.ionhop.neb.NebNetworks;
import org.ionhop.neb.NebResult;
import org.ionhop.neb.NebSettings;
import org.ionhop.neb.NetworkMatch;
import org.ionhop.network.SiteNetwork;

/**
 * Report section: every nudged-elastic-band input (an extended-XYZ band named {@code *neb*} or {@code *band*}, or a
 * VASP NEB folder), through the same facade and default settings as {@code ionhop neb}: barriers, saddle,
 * convergence, the profile figure, and with a site network among the inputs the hop the band covers (as
 * {@code ionhop neb --network}). report.json holds per band the keys of {@code ionhop neb --json} (without meta).
 */
public final class NebSection implements ReportSection {
    @Override
    public int order() {
        return 95;
    }

    @Override
    public String id() {
        return "neb";
    }

    @Override
    public String title() {
        return "Nudged elastic band";
    }

    @Override
    public boolean appliesTo(ReportContext ctx) {
        return ctx.has(InputKind.NEB);
    }

    @Override
    public void render(ReportContext ctx, SectionOutput out) {
        NebSettings s = NebSettings.defaults();
        ArrayNode bands = out.json().putArray("bands");
        List<Path> networks = ctx.inputsOf(InputKind.NETWORK);
        for (Path p : ctx.inputsOf(InputKind.NEB)) {
            String name = String.valueOf(p.getFileName());
            NebResult r;
            try {
                r = NebAnalysis.run(p, s);
            } catch (InputFormatException | IllegalArgumentException e) {
                out.note(name + ": not analysed (" + e.getMessage() + ")");
                continue;
            } catch (NumericalFailureException e) {
                out.note(name + ": not analysed (numerical failure: " + e.getMessage() + ")");
                continue;
            }
            out.rawHtml("<h3>" + SectionOutput.escape(name) + "</h3>");
            Map<String, String> kv = SectionOutput.rows();
            kv.put("images", r.images().size() + ", moving " + r.movingSpecies() + " (atom " + (r.movingAtom() + 1)
                    + ")");
            kv.put("barrier forward (eV)", f4(r.barrierForwardEv()));
            kv.put("barrier reverse (eV)", f4(r.barrierReverseEv()));
            kv.put("E_KRA (eV)", f4(r.kraEv()));
            kv.put("reaction energy (eV)", f4(r.reactionEnergyEv()));
            kv.put("saddle", String.format(Locale.ROOT, "s = %.3f Å (nearest image %d)", r.saddleReactionCoordinateA(),
                    r.saddleImage()));
            kv.put("converged", String.format(Locale.ROOT, "%s (max force %.4f eV/Å, threshold %.3f)",
                    r.convergence().name().toLowerCase(Locale.ROOT), r.maxForceEvA(), s.forceThresholdEvA()));
            kv.put("end points are minima", r.endpointsAreMinima() ? "yes" : "no");
            List<Match> matches = new ArrayList<>();
            for (Path n : networks) {
                match(r, n, s, out).ifPresent(matches::add);
            }
            for (Match m : matches) {
                kv.put("network hop (" + String.valueOf(m.file().getFileName()) + ")", m.match() == null
                        ? "no hop matches the moving ion's end positions within " + s.matchToleranceA() + " Å"
                        : String.format(Locale.ROOT, "hop %d (%d -> %d%s): E_KRA %.4f eV, NEB %.4f eV, delta %+.4f eV",
                                m.match().hopIndex(), m.match().hop().from(), m.match().hop().to(),
                                m.match().reversed() ? ", band reversed" : "", m.match().networkKraEv(),
                                m.match().nebKraEv(), m.match().deltaEv()));
            }
            out.keyValues(kv);
            for (String note : r.notes()) {
                out.note(note);
            }
            out.figure(NebCharts.profile(r), "neb_profile_" + safe(name) + ".svg",
                    "NEB energy profile of " + name + ": images and the cubic Hermite spline with the tangent forces"
                            + " as slopes.");
            // the keys of ionhop neb --json, with the first network's match as network_match
            ObjectNode node = NebJson.tree(r, !matches.isEmpty(), matches.isEmpty() ? null : matches.get(0).match());
            node.put("file", p.toString());
            bands.add(node);
        }
        out.note("Method, settings and checks: docs/neb.md (ionhop neb for other thresholds or --write-network).");
    }

    /**
     * The hop of network {@code file} the band covers (its match null when none does), or empty with a note when
     * the network cannot be read.
     */
    private static Optional<Match> match(NebResult r, Path file, NebSettings s, SectionOutput out) {
        try {
            SiteNetwork net = NetworkJson.read(file);
            return Optional.of(new Match(file, NebNetworks.match(r, net, s.matchToleranceA()).orElse(null)));
        } catch (InputFormatException | IllegalArgumentException e) {
            out.note(String.valueOf(file.getFileName()) + ": network not read (" + e.getMessage() + ")");
            return Optional.empty();
        }
    }

    /** A network file and the hop of it the band covers (null: none). */
    private record Match(Path file, NetworkMatch match) {
    }

    private static String f4(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    private static String safe(String name) {
        return name.replaceAll("\\.[A-Za-z0-9]+$", "").replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
