package org.ionhop.impedance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fitted circuit with its uncertainties.
 *
 * <p>Standard errors come from the covariance s^2 (J^T J)^-1 of the fit variables (s^2 = chi^2/dof, see
 * {@link org.ionhop.fit.NonlinearLeastSquares}), propagated to the physical parameters through the bound transform to first
 * order. Fixed parameters have error 0; a parameter the data do not determine (or one that sits on a bound)
 * has an infinite or NaN error.
 *
 * @param circuit       the circuit
 * @param spectrum      the data fitted
 * @param parameters    fitted values, in the circuit's parameter order
 * @param errors        standard errors
 * @param covariance    covariance of the parameters (first order), zero rows for fixed ones
 * @param fixed         which parameters were held fixed
 * @param weighting     the weighting used
 * @param chiSquare     weighted sum of squared residuals
 * @param dof           degrees of freedom 2N - (free parameters)
 * @param relativeRms   sqrt(mean |Z_model - Z_data|^2 / |Z_data|^2): a weighting-independent misfit
 * @param starts        number of starting points tried
 */
public record CircuitFitResult(Circuit circuit, Spectrum spectrum, double[] parameters, double[] errors,
                               double[][] covariance, boolean[] fixed, Weighting weighting, double chiSquare, int dof, double relativeRms,
                               int starts) {

    /** Copies the arrays. */
    public CircuitFitResult {
        parameters = parameters.clone();
        errors = errors.clone();
        covariance = deepCopy(covariance);
        fixed = fixed.clone();
    }

    @Override
    public double[] parameters() {
        return parameters.clone();
    }

    @Override
    public double[] errors() {
        return errors.clone();
    }

    private static double[][] deepCopy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }

    @Override
    public double[][] covariance() {
        return deepCopy(covariance);
    }

    /** Covariance of two named parameters. */
    public double covariance(String a, String b) {
        return covariance[index(a)][index(b)];
    }

    /** chi^2 per degree of freedom. */
    public double reducedChiSquare() {
        return dof > 0 ? chiSquare / dof : Double.NaN;
    }

    /** The value of a named parameter. */
    public double value(String name) {
        return parameters[index(name)];
    }

    /** The standard error of a named parameter. */
    public double error(String name) {
        return errors[index(name)];
    }

    private int index(String name) {
        int i = circuit.parameterIndex(name);
        if (i < 0) {
            throw new IllegalArgumentException("no parameter " + name + " in " + circuit.text());
        }
        return i;
    }

    /** Parameters by name, in order. */
    public Map<String, Double> parameterMap() {
        return toMap(parameters);
    }

    /** Errors by name, in order. */
    public Map<String, Double> errorMap() {
        return toMap(errors);
    }

    private Map<String, Double> toMap(double[] v) {
        Map<String, Double> m = new LinkedHashMap<>();
        List<String> names = circuit.parameterNames();
        for (int i = 0; i < v.length; i++) {
            m.put(names.get(i), v[i]);
        }
        return m;
    }

    /** The fitted model at the data's frequencies. */
    public Spectrum model() {
        return circuit.simulate(spectrum.frequencyHz(), parameters);
    }
}
