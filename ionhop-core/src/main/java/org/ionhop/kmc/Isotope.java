package org.ionhop.kmc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An isotope label of the mobile ion with its mass and its fraction in a mixture. The attempt frequency scales
 * as nu ~ M^(-1/2) (physics.md, isotope effect), relative to the mass the attempt frequency was given for.
 *
 * @param label    the label ("6Li")
 * @param massAmu  isotope mass in amu
 * @param fraction fraction of the mobile ions carrying it
 */
public record Isotope(String label, double massAmu, double fraction) {
    /**
     * Isotope masses in amu (AME2020: Wang et al., Chin. Phys. C 45, 030003 (2021)) of the common mobile ions.
     */
    private static final Map<String, Double> MASSES = Map.ofEntries(
            Map.entry("1H", 1.00782503), Map.entry("2H", 2.01410178), Map.entry("6Li", 6.01512289),
            Map.entry("7Li", 7.01600344), Map.entry("23Na", 22.98976928), Map.entry("39K", 38.96370649),
            Map.entry("41K", 40.96182526), Map.entry("24Mg", 23.98504170), Map.entry("26Mg", 25.98259297),
            Map.entry("107Ag", 106.9050916), Map.entry("109Ag", 108.9047553), Map.entry("63Cu", 62.92959772),
            Map.entry("65Cu", 64.92778970), Map.entry("16O", 15.99491462), Map.entry("18O", 17.99915961));

    /** Validates. */
    public Isotope {
        if (!(massAmu > 0) || !(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("isotope " + label + ": mass must be > 0 and fraction in [0, 1]");
        }
    }

    /**
     * Parses a mixture such as "6Li:0.5,7Li:0.5" (known labels) or "heavy@7.016:0.3,light@6.015:0.7"
     * (label@mass). Fractions must add up to 1 within 1e-6.
     */
    public static List<Isotope> parseMixture(String spec) {
        List<Isotope> out = new ArrayList<>();
        double sum = 0;
        for (String part : spec.split(",")) {
            String[] lf = part.trim().split(":");
            if (lf.length != 2) {
                throw new IllegalArgumentException("expected LABEL:FRACTION in isotope mixture, found '" + part + "'");
            }
            String label = lf[0].trim();
            double mass;
            int at = label.indexOf('@');
            if (at >= 0) {
                mass = parse(label.substring(at + 1), "isotope mass");
                label = label.substring(0, at);
            } else {
                Double m = MASSES.get(label);
                if (m == null) {
                    throw new IllegalArgumentException("unknown isotope '" + label + "'; give its mass as "
                            + label + "@MASS_AMU, or use one of " + String.join(", ", MASSES.keySet().stream().sorted().toList()));
                }
                mass = m;
            }
            double f = parse(lf[1], "isotope fraction");
            sum += f;
            out.add(new Isotope(label, mass, f));
        }
        if (Math.abs(sum - 1) > 1e-6) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "isotope fractions add up to %.6g, expected 1", sum));
        }
        return List.copyOf(out);
    }

    /** Mass in amu of a known isotope label, or NaN. */
    public static double massOf(String label) {
        return MASSES.getOrDefault(label, Double.NaN);
    }

    private static double parse(String s, String what) {
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a number for the " + what + ", found '" + s + "'");
        }
    }
}
