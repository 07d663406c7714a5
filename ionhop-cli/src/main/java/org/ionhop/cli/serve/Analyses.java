package org.ionhop.cli.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import org.ionhop.cli.Main;
import org.ionhop.cli.common.OutputOptions;
import org.ionhop.io.ProgressListener;

/**
 * The analyses of the web app are the commands of the command line: a request's form fields are the command's
 * option names, its files are stored under generated names and passed as the command's file parameters, and the
 * command object itself parses them, runs the library facade and writes the JSON. So the options, their defaults
 * and checks, the one-line errors and the JSON are those of {@code ionhop COMMAND --json}, by construction.
 *
 * <p>No text from a request reaches the file system: a file option takes only an uploaded file, and option values
 * with a slash or backslash are refused; picocli's {@code @file} expansion is switched off.
 */
final class Analyses {
    /** The analyses and the command each one runs. */
    static final Map<String, String> COMMANDS = commands();
    /** The subcommands of {@code nmr}, chosen by the form field {@code mode}. */
    static final Set<String> NMR_MODES = Set.of("t1", "pfg", "haven", "lineshape", "exchange");
    /** Options the server sets itself, or that make no sense without a terminal. */
    private static final Set<String> RESERVED = Set.of("--json", "--output", "-o", "--help", "-h", "--version", "-V",
            "--debug");

    private Analyses() {
    }

    private static Map<String, String> commands() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String a : List.of("info", "bvse", "kmc", "md", "eis", "nmr", "defects")) {
            m.put(a, a);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The command-line words naming the command of an analysis ({@code nmr pfg}), checked. */
    static List<String> commandWords(String analysis, String mode) {
        if (!COMMANDS.containsKey(analysis)) {
            throw new BadRequest(404, "unknown analysis \"" + analysis + "\"; expected one of " + COMMANDS.keySet());
        }
        if (!analysis.equals("nmr")) {
            return List.of(analysis);
        }
        if (mode == null || !NMR_MODES.contains(mode)) {
            throw new BadRequest(400, "nmr needs the field mode, one of " + NMR_MODES + "; got " + mode);
        }
        return List.of("nmr", mode);
    }

    /** A fresh command line of the words' command and its spec (the leaf, e.g. {@code pfg} of {@code nmr pfg}). */
    private static CommandLine leaf(CommandLine root, List<String> words) {
        CommandLine c = root;
        for (String w : words) {
            c = c.getSubcommands().get(w);
        }
        return c;
    }

    private static CommandLine newRoot(List<String> words) {
        CommandLine root = Main.newCommandLine(false, words.toArray(new String[0]));
        root.setExpandAtFiles(false);
        return root;
    }

    /**
     * The command line of a request: the command words, one {@code --option=value} per form field, {@code --json}
     * (and {@code --output=DIR} for bvse, whose cube and network files the structure page shows), {@code --}, then
     * the uploaded files of the field {@code file}. Files are written into {@code inDir}. The arguments are parsed
     * once here with the command's own parser, so that a bad option is answered at once (400) with picocli's
     * message.
     */
    static List<String> args(String analysis, List<Multipart.Part> parts, Path inDir, Path outDir) {
        String mode = null;
        for (Multipart.Part p : parts) {
            if (p.name().equals("mode") && !p.isFile()) {
                mode = p.text().strip();
            }
        }
        List<String> words = commandWords(analysis, mode);
        CommandSpec spec = leaf(newRoot(words), words).getCommandSpec();
        List<String> args = new ArrayList<>(words);
        List<String> files = new ArrayList<>();
        int stored = 0;
        for (Multipart.Part p : parts) {
            if (p.name().equals("mode") && !p.isFile()) {
                continue;
            }
            if (p.name().equals("file")) {
                if (!p.isFile()) {
                    throw new BadRequest(400, "file: expected an uploaded file, not a text field");
                }
                files.add(store(p, inDir, ++stored).toString());
                continue;
            }
            String name = p.name().startsWith("-") ? p.name() : "--" + p.name();
            OptionSpec o = spec.findOption(name);
            if (o == null || RESERVED.contains(name)) {
                throw new BadRequest(400, name + ": no such option of " + String.join(" ", words));
            }
            boolean takesFile = isFileOption(o);
            if (p.isFile()) {
                if (!takesFile) {
                    throw new BadRequest(400, name + ": takes a value, not a file");
                }
                args.add(o.longestName() + "=" + store(p, inDir, ++stored));
                continue;
            }
            if (takesFile) {
                throw new BadRequest(400, name + ": takes an uploaded file, not a text value");
            }
            String value = p.text().strip();
            if (o.arity().max() == 0) {
                switch (value.toLowerCase(Locale.ROOT)) {
                    case "true", "on", "1", "yes" -> args.add(o.longestName());
                    case "false", "off", "0", "no", "" -> { }
                    default -> throw new BadRequest(400, name + ": a switch; expected true or false, got " + value);
                }
                continue;
            }
            if (value.isEmpty()) {
                continue;  // an empty form field keeps the command's default
            }
            if (value.indexOf('/') >= 0 || value.indexOf('\\') >= 0 || value.chars().anyMatch(ch -> ch < 0x20)) {
                throw new BadRequest(400, name + ": value must not contain a slash, backslash or control character");
            }
            args.add(o.longestName() + "=" + value);
        }
        if (spec.findOption("--json") != null) {
            args.add("--json");
        }
        if (analysis.equals("bvse")) {
            args.add("--output=" + outDir);
        }
        if (!files.isEmpty()) {
            args.add("--");
            args.addAll(files);
        }
        try {
            newRoot(words).parseArgs(args.toArray(new String[0]));
        } catch (CommandLine.ParameterException e) {
            throw new BadRequest(400, oneLine(e.getMessage()));
        }
        return args;
    }

    /**
     * The options of an analysis as its command declares them (names, value label, description with the default
     * filled in, switch or not, file or not), so that the pages build their forms from the command itself.
     */
    static com.fasterxml.jackson.databind.node.ObjectNode options(String analysis, String mode) {
        List<String> words = commandWords(analysis, mode);
        CommandLine leaf = leaf(newRoot(words), words);
        CommandSpec spec = leaf.getCommandSpec();
        var out = org.ionhop.cli.common.Json.object();
        out.put("command", String.join(" ", words));
        out.put("description", String.join(" ", spec.usageMessage().description()));
        var params = out.putArray("parameters");
        for (var p : spec.positionalParameters()) {
            var o = params.addObject();
            o.put("label", p.paramLabel());
            o.put("description", String.join(" ", p.description()));
            o.put("multiple", p.arity().max() > 1);
            o.put("required", p.arity().min() > 0);
        }
        var opts = out.putArray("options");
        for (OptionSpec o : spec.options()) {
            if (RESERVED.contains(o.longestName()) || o.hidden()) {
                continue;
            }
            var j = opts.addObject();
            j.put("name", o.longestName());
            j.put("label", o.paramLabel());
            j.put("description", String.join(" ", o.description()).replace("${DEFAULT-VALUE}",
                    String.valueOf(o.defaultValueString())));
            j.put("switch", o.arity().max() == 0);
            j.put("file", isFileOption(o));
            j.put("repeatable", o.isMultiValue());
        }
        if (analysis.equals("nmr")) {
            var modes = out.putArray("modes");
            NMR_MODES.stream().sorted().forEach(modes::add);
        }
        return out;
    }

    /** Whether an option names a file: a path type, or a parameter label saying FILE. */
    private static boolean isFileOption(OptionSpec o) {
        Class<?> t = o.type();
        Class<?>[] aux = o.auxiliaryTypes();
        boolean pathType = Path.class.isAssignableFrom(t) || java.io.File.class.isAssignableFrom(t)
                || aux.length > 0 && (Path.class.isAssignableFrom(aux[0]) || java.io.File.class.isAssignableFrom(aux[0]));
        return pathType || o.paramLabel().contains("FILE");
    }

    /** Writes an uploaded file to {@code inDir/k/NAME} (a generated folder per file, the name made safe). */
    private static Path store(Multipart.Part p, Path inDir, int k) {
        Path folder = inDir.resolve(Integer.toString(k));
        Path target = folder.resolve(Multipart.safeName(p.fileName()));
        if (!target.normalize().startsWith(inDir.normalize())) {
            throw new BadRequest(400, "bad file name");  // cannot happen after safeName; checked all the same
        }
        try {
            Files.createDirectories(folder);
            Files.write(target, p.data());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** What a finished command left: its exit code, stdout (the JSON) and the first line of stderr. */
    record Outcome(int exitCode, String stdout, String error) {
    }

    /**
     * Runs a command line as {@code ionhop} would, with output captured and progress reported to the listener
     * (through {@link OutputOptions#listener} of commands that have it); the command's figures go to
     * {@code figures} (through {@link OutputOptions#figures}), as the JSON of {@link FigureData}.
     */
    static Outcome run(List<String> args, ProgressListener listener, ArrayNode figures) {
        String[] a = args.toArray(new String[0]);
        CommandLine root = Main.newCommandLine(false, a);
        root.setExpandAtFiles(false);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        root.setOut(new PrintWriter(out));
        root.setErr(new PrintWriter(err));
        root.setExecutionStrategy(parsed -> {
            for (CommandLine c : parsed.asCommandLineList()) {
                for (CommandSpec mixin : c.getCommandSpec().mixins().values()) {
                    if (mixin.userObject() instanceof OutputOptions o) {
                        o.listener = listener;
                        o.figures = (name, chart) -> {
                            ObjectNode f = FigureData.of(name, chart);
                            if (f != null) {
                                figures.add(f);
                            }
                        };
                    }
                }
            }
            return new CommandLine.RunLast().execute(parsed);
        });
        int code = root.execute(a);
        String error = null;
        if (code != 0) {
            error = err.toString().lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst()
                    .orElse("failed with exit code " + code);
        }
        return new Outcome(code, out.toString(), error);
    }

    static String oneLine(String m) {
        return m == null ? "(no message)" : m.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
