package org.ionhop.structure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a structure as a VASP 5 POSCAR (scale 1, lattice vectors in Å, species and counts lines, Direct
 * coordinates). Sites are grouped by element in order of first appearance, as POSCAR requires. Partial
 * occupancies cannot be written (POSCAR has no such field) and are refused.
 */
public final class PoscarWriter {
    private PoscarWriter() {
    }

    /** The POSCAR text of a structure. */
    public static String toPoscar(Structure s) {
        if (!s.partialSites().isEmpty()) {
            throw new IllegalArgumentException("POSCAR cannot hold partial occupancies (" + s.partialSites().size()
                    + " partially occupied sites in " + s.source() + ")");
        }
        Map<Element, List<Site>> groups = new LinkedHashMap<>();
        for (Site site : s.sites()) {
            groups.computeIfAbsent(site.element(), e -> new ArrayList<>()).add(site);
        }
        StringBuilder sb = new StringBuilder();
        sb.append(s.formula()).append('\n');
        sb.append("1.0\n");
        Lattice l = s.lattice();
        for (int i = 0; i < 3; i++) {
            sb.append(String.format(Locale.ROOT, "  %22.16f %22.16f %22.16f%n", l.component(i, 0), l.component(i, 1),
                    l.component(i, 2)));
        }
        StringBuilder names = new StringBuilder();
        StringBuilder counts = new StringBuilder();
        for (Map.Entry<Element, List<Site>> g : groups.entrySet()) {
            names.append(String.format(Locale.ROOT, " %4s", g.getKey().symbol()));
            counts.append(String.format(Locale.ROOT, " %4d", g.getValue().size()));
        }
        sb.append(names).append('\n').append(counts).append('\n').append("Direct\n");
        for (List<Site> g : groups.values()) {
            for (Site site : g) {
                sb.append(String.format(Locale.ROOT, "  %20.16f %20.16f %20.16f%n", site.frac(0), site.frac(1),
                        site.frac(2)));
            }
        }
        return sb.toString();
    }

    /** Writes the POSCAR to a file atomically (a temporary file in the same folder, then a rename). */
    public static void write(Structure s, Path file) {
        String text = toPoscar(s);
        Path dir = file.toAbsolutePath().getParent();
        try {
            Path tmp = Files.createTempFile(dir, ".poscar", ".tmp");
            try {
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
