package org.ionhop.trajectory;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ionhop.io.TextSource;
import org.ionhop.structure.Element;

/**
 * The atom types of a LAMMPS data file, for mapping dump {@code type} columns to elements: the {@code Masses} section
 * gives each type's mass, and a comment after it ({@code 1 6.941 # Li}) names the element when present; otherwise the
 * element whose standard atomic weight is nearest (within 0.5 amu) is taken.
 */
public final class LammpsData {
    private LammpsData() {
    }

    /** Type to element symbol from the Masses section. */
    public static Map<Integer, String> typeMap(Path path) {
        Map<Integer, String> map = new LinkedHashMap<>();
        try (TextSource src = TextSource.open(path)) {
            String line;
            boolean inMasses = false;
            boolean sawBody = false;
            while ((line = src.nextLine()) != null) {
                String t = line.strip();
                if (!inMasses) {
                    inMasses = t.equals("Masses") || t.startsWith("Masses ");
                    continue;
                }
                if (t.isEmpty()) {
                    if (sawBody) {
                        break;
                    }
                    continue;
                }
                if (Character.isLetter(t.charAt(0))) {
                    break;
                }
                sawBody = true;
                String[] parts = t.split("#", 2);
                String[] tok = Tokens.split(parts[0]);
                if (tok.length < 2) {
                    throw src.error("expected 'type mass' in the Masses section, found '" + t + "'");
                }
                int type = src.parseInt(tok[0], "an atom type");
                double mass = src.parseDouble(tok[1], "a mass");
                String comment = parts.length > 1 ? parts[1].strip().split("\\s+")[0] : "";
                String el = Element.fromSymbol(comment).map(Element::symbol).orElseGet(() -> byMass(mass));
                if (el == null) {
                    throw src.error("expected a mass within 0.5 amu of an element or a '# Element' comment for type "
                            + type + ", found mass " + mass);
                }
                map.put(type, el);
            }
            if (map.isEmpty()) {
                throw src.error("expected a Masses section with the atom types, found none");
            }
        }
        return map;
    }

    private static String byMass(double mass) {
        Element best = null;
        double bestDiff = 0.5;
        for (Element e : Element.values()) {
            double d = Math.abs(e.massAmu() - mass);
            if (d < bestDiff) {
                bestDiff = d;
                best = e;
            }
        }
        return best == null ? null : best.symbol();
    }
}
