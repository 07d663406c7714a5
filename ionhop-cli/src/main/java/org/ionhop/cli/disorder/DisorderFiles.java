package org.ionhop.cli.disorder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ionhop.disorder.Ordering;
import org.ionhop.disorder.VariantResult;
import org.ionhop.structure.CifWriter;
import org.ionhop.structure.PoscarWriter;

/**
 * Writes the orderings of a variant (one CIF or POSCAR each) and the manifest {@value #MANIFEST}: tab-separated,
 * a {@code #} header, one line per ordering with file, variant, ordering index, start, seed, Ewald energy and the
 * variant's ideal entropy. {@code ionhop screen} reads it as a list file (first column).
 */
final class DisorderFiles {
    /** Name of the manifest in the output folder. */
    static final String MANIFEST = "manifest.tsv";
    /** The command's JSON (what {@code --json} prints), written beside the orderings for {@code ionhop report}. */
    static final String RESULT = "variant.json";

    private DisorderFiles() {
    }

    /** Writes the files; returns the structure file of each ordering (the CIF when both are written). */
    static List<String> write(Path dir, VariantResult r, String format) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
        List<String> files = new ArrayList<>();
        StringBuilder m = new StringBuilder("# ionhop disorder manifest: one ordering per line; ionhop screen reads the "
                + "first column\n# file\tvariant\tordering\tstart\tseed\tewald_energy_eV\t"
                + "config_entropy_kB_per_formula_unit\n");
        String variant = r.variant().parent().reducedFormula() + "->" + r.formula();
        for (Ordering o : r.orderings()) {
            String stem = o.structure().source();
            String name = format.equals("poscar") ? stem + ".vasp" : stem + ".cif";
            if (!format.equals("poscar")) {
                CifWriter.write(o.structure(), dir.resolve(stem + ".cif"));
            }
            if (!format.equals("cif")) {
                PoscarWriter.write(o.structure(), dir.resolve(stem + ".vasp"));
            }
            files.add(dir.resolve(name).toString());
            m.append(String.format(Locale.ROOT, "%s\t%s\t%d\t%d\t%d\t%.8f\t%.8f%n", name, variant, o.index(), o.start(),
                    o.seed(), o.ewaldEnergyEv(), r.configEntropyKbPerFormulaUnit()));
        }
        try {
            Files.writeString(dir.resolve(MANIFEST), m.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(MANIFEST), e);
        }
        return files;
    }
}
