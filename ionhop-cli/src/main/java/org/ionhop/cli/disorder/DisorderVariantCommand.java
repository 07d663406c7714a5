package org.ionhop.cli.disorder;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.ionhop.cli.common.Json;
import org.ionhop.cli.common.Progress;
import org.ionhop.disorder.DisorderEnsemble;
import org.ionhop.disorder.DisorderSettings;
import org.ionhop.disorder.DisorderStudy;
import org.ionhop.disorder.EnsembleResult;
import org.ionhop.disorder.Ordering;
import org.ionhop.disorder.SiteSelector;
import org.ionhop.disorder.VariantResult;
import org.ionhop.io.InvalidSettingException;
import org.ionhop.landscape.OxidationStates;
import org.ionhop.screen.ScreenSettings;
import org.ionhop.structure.Element;
import org.ionhop.structure.Structure;
import org.ionhop.structure.StructureReader;

/**
 * {@code ionhop disorder variant FILE}: a variant of a structure, its orderings written as CIF/POSCAR with a
 * manifest that {@code ionhop screen} reads, and with {@code --screen} the ensemble's descriptors and frustration.
 */
@Command(name = "variant", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Makes a variant of a structure and its ordered configurations; writes one CIF (or POSCAR) per "
                + "ordering and manifest.tsv (ionhop screen reads it); --screen adds BVSE + kMC over the orderings.",
            "Sites are CIF labels (Cl1), elements (S) or ELEMENT[X=n] (S[P=0]: S with no P within 2.6 Å)."})
public final class DisorderVariantCommand implements Callable<Integer> {
    private static final DisorderSettings DEFAULTS = DisorderSettings.defaults();
    private static final ScreenSettings SCREEN = ScreenSettings.of(Element.Li);

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Structure file (CIF, POSCAR/CONTCAR, .vasp, XDATCAR: "
            + "first frame).")
    Path file;

    @Option(names = "--supercell", paramLabel = "N", split = ",",
            description = "Supercell: 3 integers (diagonal) or 9 (matrix rows) (default: 1,1,1).")
    List<Integer> supercell = new ArrayList<>(List.of(1, 1, 1));

    @Option(names = "--min-atoms", paramLabel = "N", description = "Diagonal supercell with at least N sites "
            + "(replaces --supercell; default: ${DEFAULT-VALUE}, off).")
    int minAtoms = DEFAULTS.minAtoms();

    @Option(names = "--substitute", paramLabel = "SITES=EL:FRAC", descriptionKey = "substitutions",
            description = "Replace a fraction of the sites by an element, e.g. P1=Ge:0.25 (repeatable).")
    List<String> substitutions = new ArrayList<>();

    @Option(names = "--compensate", paramLabel = "KIND:SITES", descriptionKey = "compensation",
            description = "Charge compensation of aliovalent substitution: vacancy:SITES or interstitial:EL "
                    + "(interstitial positions from the BVSE landscape sites).")
    String compensation;

    @Option(names = "--exchange", paramLabel = "A,B=FRAC", descriptionKey = "exchanges",
            description = "Exchange a fraction of the atoms of two site sets, e.g. 'Cl,S[P=0]=0.5' (repeatable).")
    List<String> exchanges = new ArrayList<>();

    @Option(names = "--vacancy", paramLabel = "SITES=FRAC", descriptionKey = "vacancies",
            description = "Remove a fraction of the sites, e.g. Li1=0.1 (repeatable).")
    List<String> vacancies = new ArrayList<>();

    @Option(names = "--oxidation", paramLabel = "El=q,...", descriptionKey = "oxidationStates",
            description = "Formal charges, e.g. Ge=4 (others from the file, else guessed as in bvse).")
    String oxidationStates;

    @Option(names = {"-n", "--orderings"}, paramLabel = "N", description = "Orderings to make (default: "
            + "${DEFAULT-VALUE}).")
    int orderings = DEFAULTS.orderings();

    @Option(names = "--mode", paramLabel = "MODE", description = "random or low-energy (lowest Ewald energy after "
            + "swap descent from --candidates random starts) (default: random).")
    String mode = "random";

    @Option(names = "--candidates", paramLabel = "N", description = "Random starts of low-energy mode (default: "
            + "${DEFAULT-VALUE}).")
    int candidates = DEFAULTS.candidates();

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the orderings (default: ${DEFAULT-VALUE}).")
    long seed = DEFAULTS.seed();

    @Option(names = "--enumeration-limit", paramLabel = "N", descriptionKey = "enumerationLimit",
            description = "Count symmetry-distinct orderings when there are at most N configurations (default: "
                    + "${DEFAULT-VALUE}; 0 never).")
    long enumerationLimit = DEFAULTS.enumerationLimit();

    @Option(names = "--min-separation", paramLabel = "Å", descriptionKey = "minSeparationA",
            description = "Smallest distance between placed interstitials (default: ${DEFAULT-VALUE}).")
    double minSeparationA = DEFAULTS.minSeparationA();

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Folder for the orderings and manifest "
            + "(default: ${DEFAULT-VALUE}).")
    Path output = Path.of("disorder_out");

    @Option(names = "--format", paramLabel = "FMT", description = "cif, poscar or both (default: ${DEFAULT-VALUE}).")
    String format = "cif";

    @Option(names = "--screen", description = "Screen the orderings (BVSE + kMC through the screen's per-structure "
            + "function): descriptor statistics, convergence, frustration metrics, parent control.")
    boolean screen;

    @Option(names = "--ion", paramLabel = "EL", description = "Mobile ion of --screen (default: ${DEFAULT-VALUE}).")
    String ion = SCREEN.ion().symbol();

    @Option(names = "--grid", paramLabel = "Å", description = "Grid of --screen (default: ${DEFAULT-VALUE}).")
    double gridSpacingA = SCREEN.gridSpacingA();

    @Option(names = "--no-kmc", description = "--screen without the kMC estimate.")
    boolean noKmc;

    @Option(names = "--kmc-steps", paramLabel = "N", description = "kMC events per temperature of --screen (default: "
            + "${DEFAULT-VALUE}).")
    long kmcSteps = SCREEN.kmcSteps();

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    /** The settings the options describe. */
    DisorderSettings settings() {
        List<DisorderSettings.Substitution> subs = new ArrayList<>();
        for (String s : substitutions) {
            int eq = lastTopLevel(s, '=');
            String[] rhs = eq < 0 ? new String[0] : s.substring(eq + 1).split(":");
            InvalidSettingException.require(eq > 0 && rhs.length == 2, "substitutions",
                    "expected SITES=ELEMENT:FRACTION such as P1=Ge:0.25, got '" + s + "'");
            subs.add(new DisorderSettings.Substitution(SiteSelector.parse("substitutions", s.substring(0, eq)),
                    element("substitutions", rhs[0]), number("substitutions", rhs[1])));
        }
        DisorderSettings.Compensation comp = null;
        if (compensation != null) {
            String[] kv = compensation.split(":", 2);
            InvalidSettingException.require(kv.length == 2 && (kv[0].equals("vacancy") || kv[0].equals("interstitial")),
                    "compensation", "expected vacancy:SITES or interstitial:ELEMENT, got '" + compensation + "'");
            comp = new DisorderSettings.Compensation(kv[0].equals("vacancy") ? DisorderSettings.Compensation.Kind.VACANCY
                    : DisorderSettings.Compensation.Kind.INTERSTITIAL, SiteSelector.parse("compensation", kv[1]));
        }
        List<DisorderSettings.Exchange> xs = new ArrayList<>();
        for (String s : exchanges) {
            int eq = lastTopLevel(s, '=');
            int comma = eq < 0 ? -1 : lastTopLevel(s.substring(0, eq), ',');
            InvalidSettingException.require(eq > 0 && comma > 0, "exchanges",
                    "expected A,B=FRACTION such as 'Cl,S[P=0]=0.5', got '" + s + "'");
            xs.add(new DisorderSettings.Exchange(SiteSelector.parse("exchanges", s.substring(0, comma)),
                    SiteSelector.parse("exchanges", s.substring(comma + 1, eq)), number("exchanges", s.substring(eq + 1))));
        }
        List<DisorderSettings.Vacancy> vs = new ArrayList<>();
        for (String s : vacancies) {
            int eq = lastTopLevel(s, '=');
            InvalidSettingException.require(eq > 0, "vacancies", "expected SITES=FRACTION such as Li1=0.1, got '" + s
                    + "'");
            vs.add(new DisorderSettings.Vacancy(SiteSelector.parse("vacancies", s.substring(0, eq)),
                    number("vacancies", s.substring(eq + 1))));
        }
        DisorderSettings.Mode m = switch (mode.toLowerCase(Locale.ROOT)) {
            case "random" -> DisorderSettings.Mode.RANDOM;
            case "low-energy", "low_energy" -> DisorderSettings.Mode.LOW_ENERGY;
            default -> throw new InvalidSettingException("mode", "expected random or low-energy, got '" + mode + "'");
        };
        List<Integer> sc = supercell.size() == 3 ? List.of(supercell.get(0), 0, 0, 0, supercell.get(1), 0, 0, 0,
                supercell.get(2)) : supercell;
        return new DisorderSettings(sc, minAtoms, subs, comp, xs, vs, OxidationStates.parse(oxidationStates), orderings,
                m, Math.max(candidates, orderings), seed, enumerationLimit, minSeparationA);
    }

    /** The screen settings of --screen. */
    ScreenSettings screenSettings() {
        Element el = element("ion", ion);
        return ScreenSettings.of(el).withGridSpacingA(gridSpacingA).withKmc(!noKmc)
                .withKmcRun(SCREEN.kmcTemperaturesK(), kmcSteps);
    }

    private static int lastTopLevel(String s, char c) {
        int depth = 0;
        int found = -1;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '[') {
                depth++;
            } else if (ch == ']') {
                depth--;
            } else if (ch == c && depth == 0) {
                found = i;
            }
        }
        return found;
    }

    private static Element element(String setting, String s) {
        return Element.fromSymbol(s.strip()).orElseThrow(() -> new InvalidSettingException(setting,
                "expected an element symbol, got '" + s + "'"));
    }

    private static double number(String setting, String s) {
        try {
            return Double.parseDouble(s.strip());
        } catch (NumberFormatException e) {
            throw new InvalidSettingException(setting, "expected a number, got '" + s + "'");
        }
    }

    @Override
    public Integer call() {
        DisorderSettings s = settings();
        InvalidSettingException.require(List.of("cif", "poscar", "both").contains(format), "format",
                "expected cif, poscar or both, got '" + format + "'");
        Structure parent = StructureReader.read(file);
        VariantResult r;
        EnsembleResult ens = null;
        try (Progress progress = Progress.start("disorder", json)) {
            r = DisorderStudy.variant(parent, s, progress);
            if (screen) {
                ens = DisorderEnsemble.run(r.variant().parent(),
                        r.orderings().stream().map(Ordering::structure).toList(), screenSettings(), progress);
            }
        }
        List<String> files = DisorderFiles.write(output, r, format);
        PrintWriter out = spec.commandLine().getOut();
        ObjectNode tree = DisorderJson.variant(file, r, files, output.resolve(DisorderFiles.MANIFEST), ens,
                screen ? screenSettings() : null);
        // beside the orderings, so that ionhop report can take the folder (DisorderSection)
        Json.writeFile(output.resolve(DisorderFiles.RESULT), tree);
        if (json) {
            out.println(Json.write(tree));
        } else {
            DisorderText.print(out, r, files, output.resolve(DisorderFiles.MANIFEST), ens);
        }
        out.flush();
        return 0;
    }
}
