package org.ionhop.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Signs that a least-squares result is not a fit, shared by the impedance and NMR fits: a parameter whose standard
 * error is infinite or NaN (the data do not determine it: a flat direction of chi^2, a singular covariance), a
 * parameter outside the range the data cover (a line centre outside the measured shifts), or a parameter stuck at a
 * bound of its transform. Each check returns the warnings as one-line sentences (empty when the fit is sound); the
 * result records carry them, the front ends print them and write them under {@code warnings} in JSON.
 */
public final class FitCheck {
    private FitCheck() {
    }

    /**
     * Warnings for parameters whose value or standard error is not finite.
     *
     * @param names  parameter names (as printed)
     * @param values fitted values
     * @param errors their standard errors
     * @return one warning per such parameter
     */
    public static List<String> nonFinite(List<String> names, double[] values, double[] errors) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (!Double.isFinite(values[i])) {
                out.add(String.format(Locale.ROOT, "%s is %s: the fit failed for this parameter", names.get(i),
                        values[i]));
            } else if (!Double.isFinite(errors[i])) {
                out.add(String.format(Locale.ROOT, "%s = %.4g has an error of %s: the data do not determine it "
                        + "(not a fit; fix it, drop it or give more data)", names.get(i), values[i], errors[i]));
            }
        }
        return out;
    }

    /**
     * A warning when a value lies outside the interval the data cover (widened by {@code slack} on each side).
     *
     * @param name  parameter name
     * @param value its fitted value
     * @param lo    lowest data abscissa
     * @param hi    highest data abscissa
     * @param slack tolerance on each side (same unit)
     * @param unit  unit for the message
     * @return the warning, or an empty list
     */
    public static List<String> outsideData(String name, double value, double lo, double hi, double slack,
                                           String unit) {
        if (value >= lo - slack && value <= hi + slack) {
            return List.of();
        }
        return List.of(String.format(Locale.ROOT, "%s = %.4g %s lies outside the data (%.4g to %.4g %s): not a fit "
                + "of this component", name, value, unit, lo, hi, unit));
    }

    /**
     * A warning when a relative standard error exceeds {@code maxRelative} (the parameter is not determined).
     *
     * @param name        parameter name
     * @param value       value
     * @param error       standard error
     * @param maxRelative the largest acceptable error / |value|
     * @return the warning, or an empty list
     */
    public static List<String> undetermined(String name, double value, double error, double maxRelative) {
        if (!Double.isFinite(value) || !Double.isFinite(error) || !(Math.abs(error) > maxRelative * Math.abs(value))) {
            return List.of();
        }
        return List.of(String.format(Locale.ROOT, "%s = %.4g +/- %.2g: the error exceeds %.0f%% of the value, the "
                + "data do not determine it", name, value, error, 100 * maxRelative));
    }
}
