package org.ionhop.impedance;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ionhop.units.Units;

/**
 * Finds a sample temperature stated in a header line or a file name: "140deg", "140 °C", "140degC",
 * "T = 413 K", "Temperature: 25 C". Returns kelvin, or NaN when nothing is stated.
 */
public final class TemperatureHint {
    private static final Pattern CELSIUS = Pattern.compile("(?i)(?<![\\w.])(-?\\d+(?:\\.\\d+)?)\\s*(?:deg(?:ree)?s?\\s*C?|°\\s*C|degC)(?![a-z])");
    private static final Pattern LABELLED = Pattern.compile(
            "(?i)\\b(?:temperature|temp|T)\\s*(?:\\[[^]]*])?\\s*[=:]\\s*(-?\\d+(?:\\.\\d+)?)\\s*(K|°?\\s*C)?\\b");

    private TemperatureHint() {
    }

    /** The temperature in K stated in this text, or NaN. */
    public static double find(String text) {
        if (text == null) {
            return Double.NaN;
        }
        Matcher m = LABELLED.matcher(text);
        if (m.find()) {
            double v = Double.parseDouble(m.group(1));
            String unit = m.group(2);
            return unit != null && unit.strip().equalsIgnoreCase("K") ? v : Units.celsiusToKelvin(v);
        }
        m = CELSIUS.matcher(text);
        if (m.find()) {
            return Units.celsiusToKelvin(Double.parseDouble(m.group(1)));
        }
        return Double.NaN;
    }
}
