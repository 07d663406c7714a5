package org.ionhop.cli.common;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one units vocabulary of every output's {@code meta.units} block: each quantity spelled once. Commands pick
 * the quantities they report with {@link #of(String...)}; an unknown quantity is a programming error.
 */
public final class UnitNames {
    private static final Map<String, String> ALL = vocabulary();

    private UnitNames() {
    }

    private static Map<String, String> vocabulary() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("energy", "eV");
        m.put("length", "Å");
        m.put("time", "ps");
        m.put("temperature", "K");
        m.put("charge", "e");
        m.put("mass", "amu");
        m.put("volume", "Å^3");
        m.put("diffusivity", "cm^2/s");
        m.put("conductivity", "S/cm");
        m.put("conductivity_times_T", "S K/cm");
        m.put("number_density", "1/cm^3");
        m.put("number_density_per_A3", "1/Å^3");
        m.put("mass_density", "g/cm^3");
        m.put("velocity", "Å/ps");
        m.put("field", "V/Å");
        m.put("force", "eV/Å");
        m.put("frequency", "Hz");
        m.put("frequency_THz", "THz");
        m.put("rate", "1/s");
        m.put("time_s", "s");
        m.put("resistance", "Ohm");
        m.put("capacitance", "F");
        m.put("angle", "degrees");
        m.put("b_value", "s/m^2");
        m.put("chemical_shift", "ppm");
        m.put("pressure", "atm");
        m.put("entropy", "k_B");
        return Map.copyOf(m);
    }

    /** The units of the given quantities, in the order given. */
    public static Map<String, String> of(String... quantities) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String q : quantities) {
            String u = ALL.get(q);
            if (u == null) {
                throw new IllegalArgumentException("no unit for quantity " + q);
            }
            m.put(q, u);
        }
        return m;
    }

    /** Every quantity and its unit. */
    public static Map<String, String> all() {
        return ALL;
    }
}
