package org.ionhop.cli.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.ionhop.Version;
import org.ionhop.cli.common.AtomicFiles;
import org.ionhop.cli.common.Json;
import org.ionhop.io.InputFormatException;
import org.ionhop.structure.MobileIon;
import org.ionhop.structure.StructureReader;
import org.ionhop.units.Units;

/**
 * {@code ionhop report}: runs every analysis that applies to the inputs and gathers figures and numbers
 * into {@code index.html} (SVG figures beside it) and {@code report.json}. The folder is built aside and
 * swapped into place at the end, so a failed run keeps the previous report.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write an HTML report (index.html, SVG figures, report.json) for the given inputs.",
                "Structures (CIF, POSCAR) get structure, landscape and kinetic Monte Carlo sections;",
                "trajectories, impedance spectra, NMR data and defect models get theirs;",
                "a NEB band (*neb*.xyz, *band*.xyz) or VASP NEB folder (00, 01, ...) and a tracer-exchange table",
                "(*exchange*.txt) too; the JSON of disorder variant --screen (or its -o folder) a disorder series."})
public final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Input files (structure, trajectory, spectra ...) or VASP NEB folders.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "Report folder (default: ionhop-report-<first input name>).")
    Path output;

    @Option(names = "--ion", paramLabel = "ELEMENT",
            description = "Mobile ion (default: chosen from the structure: its only alkali/Ag/Cu element, else its "
                    + "only alkaline-earth element; refused when ambiguous; Li without a structure).")
    String ion;

    /** The mobile ion without a structure to choose it from (trajectories, spectra: the sections' old default). */
    static final String ION_WITHOUT_STRUCTURE = "Li";

    @Option(names = "--seed", defaultValue = "1", description = "Seed for randomised analyses (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--temperature", split = ",", paramLabel = "K",
            description = "Temperature(s) in K where a section needs them.")
    List<Double> temperatures = new ArrayList<>();

    @Option(names = "--quick", description = "Shorter runs (for previews and tests).")
    boolean quick;

    @Option(names = "--timestep-fs", paramLabel = "FS",
            description = "MD time step in fs, for trajectories that do not state it (XDATCAR); with --stride.")
    Double timestepFs;

    @Option(names = "--stride", paramLabel = "N", defaultValue = "1",
            description = "MD steps between stored frames (default: ${DEFAULT-VALUE}).")
    int stride;

    /** The units of every number in report.json, as the HTML page states them; sections name exceptions. */
    static final java.util.Map<String, String> UNITS = units();

    private static java.util.Map<String, String> units() {
        // Insertion order, so that report.json lists them the same way on every run.
        java.util.Map<String, String> u = new java.util.LinkedHashMap<>();
        u.put("energy", "eV");
        u.put("length", "Å");
        u.put("diffusivity", "cm^2/s");
        u.put("conductivity", "S/cm");
        u.put("temperature", "K");
        return java.util.Collections.unmodifiableMap(u);
    }

    @Override
    public Integer call() throws Exception {
        List<ReportInput> ins = new ArrayList<>();
        for (Path p : inputs) {
            if (!Files.exists(p)) {
                throw new InputFormatException(p.toString(), 0, "file not found");
            }
            ins.add(ReportInput.of(p));
        }
        Path target = output != null ? output : Path.of(defaultName(inputs.get(0)));
        ionReason = "given with --ion";
        if (ion == null) {
            MobileIon.Choice choice = chooseIon(ins);
            ion = choice == null ? ION_WITHOUT_STRUCTURE : choice.ion().symbol();
            ionReason = choice == null ? "default: no structure among the inputs to choose it from" : choice.reason();
        }
        ObjectNode root = Json.object();
        ObjectNode meta = Json.meta("report", inputs, seed, UNITS);
        ObjectNode metaSettings = meta.putObject("settings");
        metaSettings.put("ion", ion);
        metaSettings.put("ion_reason", ionReason);
        root.set("meta", meta);
        ObjectNode sectionsJson = root.putObject("sections");
        StringBuilder body = new StringBuilder();
        StringBuilder toc = new StringBuilder();
        int rendered = 0;
        List<String> empty = new ArrayList<>();
        try (AtomicFiles.StagedDirectory staged = new AtomicFiles.StagedDirectory(target)) {
            if (stride < 1 || (timestepFs != null && !(timestepFs > 0))) {
                throw new IllegalArgumentException("--timestep-fs must be positive and --stride at least 1");
            }
            double frameIntervalPs = timestepFs == null ? Double.NaN : Units.fsToPs(timestepFs * stride);
            ReportContext ctx = new ReportContext(ins, staged.dir(), ion, seed, quick, temperatures, frameIntervalPs);
            for (ReportSection section : ReportSections.all()) {
                if (!section.appliesTo(ctx)) {
                    continue;
                }
                SectionOutput out = new SectionOutput(staged.dir());
                section.render(ctx, out);
                if (!out.hasResults()) {
                    // a section that ran but analysed nothing says so on the terminal, not only in its HTML note
                    empty.add(section.title() + ": nothing analysed" + (out.notes().isEmpty() ? ""
                            : " (" + out.notes().get(0) + ")"));
                }
                sectionsJson.set(section.id(), out.json());
                toc.append("<li><a href=\"#").append(section.id()).append("\">")
                        .append(SectionOutput.escape(section.title())).append("</a></li>\n");
                body.append("<section id=\"").append(section.id()).append("\">\n<h2>")
                        .append(SectionOutput.escape(section.title())).append("</h2>\n").append(out.html())
                        .append("</section>\n");
                rendered++;
            }
            if (rendered == 0) {
                throw new InputFormatException(inputs.get(0).toString(), 0,
                        "no report section applies to this input; expected a structure (.cif, POSCAR), a trajectory"
                                + " (XDATCAR, .xyz, LAMMPS dump), an impedance spectrum, an NMR/defect file, a NEB band or"
                                + " folder, a tracer-exchange table or the JSON of ionhop disorder variant --screen");
            }
            AtomicFiles.writeString(staged.dir().resolve("index.html"), page(toc.toString(), body.toString()));
            Json.writeFile(staged.dir().resolve("report.json"), root);
            staged.commit();
        }
        spec.commandLine().getOut().println("ionhop: mobile ion " + ion + " (" + ionReason + ")");
        empty.forEach(e -> spec.commandLine().getOut().println("ionhop: " + e));
        spec.commandLine().getOut().println("ionhop: report written to " + target.toAbsolutePath().resolve("index.html")
                + (empty.isEmpty() ? "" : " (" + empty.size() + " of " + rendered + " sections without results)"));
        return 0;
    }

    private static String defaultName(Path first) {
        String n = String.valueOf(first.getFileName());
        n = n.replaceAll("(?i)\\.gz$", "").replaceAll("\\.[A-Za-z0-9]+$", "");
        return "ionhop-report-" + n.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /**
     * The mobile ion from the first structure among the inputs ({@link MobileIon#choose}), or null without one. A
     * structure that cannot be read is left to its section, which reports the problem.
     */
    private static MobileIon.Choice chooseIon(List<ReportInput> ins) {
        for (ReportInput in : ins) {
            if (in.kind() == InputKind.STRUCTURE) {
                org.ionhop.structure.Structure s;
                try {
                    s = StructureReader.read(in.path());
                } catch (InputFormatException | IllegalArgumentException e) {
                    continue;
                }
                return MobileIon.choose(s);
            }
        }
        return null;
    }

    private String page(String toc, String body) {
        String inputsList = String.join(", ", inputs.stream().map(p -> SectionOutput.escape(p.toString())).toList());
        return "<!DOCTYPE html>\n" + pageBody(toc, body, inputsList);
    }

    /** Why the mobile ion is the one it is (for the page and meta). */
    private String ionReason = "";

    private String pageBody(String toc, String body, String inputsList) {
        return "<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>ionhop report</title>\n<style>\n"
                + "body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;max-width:980px;margin:2em auto;"
                + "padding:0 1em;color:#222;line-height:1.45}\n"
                + "h1{font-size:1.6em;margin-bottom:.2em} h2{border-bottom:2px solid #1f77b4;padding-bottom:.2em;margin-top:2em}\n"
                + "table{border-collapse:collapse;margin:.8em 0} th,td{border:1px solid #ccc;padding:.25em .6em;"
                + "text-align:left;font-variant-numeric:tabular-nums}\n"
                + "table.kv th,table.grid th{background:#f3f6fa;font-weight:600}\n"
                + "figure{margin:1em 0} figure img{max-width:100%;border:1px solid #eee} figcaption{font-size:.9em;color:#555}\n"
                + ".note{color:#666;font-size:.92em} .meta{color:#666;font-size:.9em} .file{font-family:monospace}\n"
                + "</style></head><body>\n<h1>ionhop report</h1>\n"
                + "<p class=\"meta\">ionhop " + Version.get() + " &middot; " + Instant.now() + " &middot; inputs: "
                + inputsList + " &middot; mobile ion " + SectionOutput.escape(ion) + " (" + SectionOutput.escape(ionReason)
                + ") &middot; seed " + seed + "</p>\n"
                + "<p class=\"meta\">Units: energies eV, lengths Å, diffusivities cm²/s, conductivities S/cm, "
                + "temperatures K. All numbers with provenance in <a href=\"report.json\">report.json</a>.</p>\n"
                + "<ul>\n" + toc + "</ul>\n" + body + "</body></html>\n";
    }
}
