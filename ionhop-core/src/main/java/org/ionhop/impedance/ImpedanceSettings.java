package org.ionhop.impedance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ionhop.io.InvalidSettingException;
import org.ionhop.transport.ArrheniusConvention;
import org.ionhop.units.Units;

/**
 * Every option of an impedance analysis ({@link ImpedanceAnalysis}) with its default in one place:
 * {@link #defaults()}, {@link #of(List)}, and {@code withX} copies. Validated on construction; a bad value throws
 * {@link InvalidSettingException} naming the component.
 *
 * @param files                spectrum files (empty when the spectra are passed in memory)
 * @param circuit              equivalent circuit in impedance.py syntax, or null to choose among the candidates by
 *                             the Bayesian information criterion on the first spectrum
 * @param candidates           circuits tried when no circuit is given
 * @param thicknessCm          pellet thickness L in cm (NaN: no geometry, resistances and conductances only)
 * @param areaCm2              electrode area A in cm^2 (NaN: not given)
 * @param diameterCm           pellet diameter in cm, instead of the area (NaN: not given)
 * @param temperatureK         temperature per spectrum in K (empty: from the files, if they state one)
 * @param temperatureC         temperature per spectrum in °C (instead of temperatureK)
 * @param weighting            residual weighting of the circuit fit
 * @param fixed                parameters held fixed, by name
 * @param start                starting values by name (the others are estimated from the spectrum)
 * @param bounds               bounds by parameter name, replacing the element's physical ones
 * @param multiStarts          extra starts when a fit is poor (0: none)
 * @param candidateMultiStarts extra starts of each candidate fit in the model choice
 * @param seed                 seed of the multi-start perturbations
 * @param kkTolerance          Lin-KK passes when every relative residual is below this fraction
 * @param kkC                  Lin-KK cut-off c of the over-fitting measure mu (Schönleber et al. recommend 0.85)
 * @param kkM                  smallest number M of Lin-KK RC elements the search starts from; 0 means two per
 *                             decade of frequency spanned (ionhop's default; 1 is Schönleber's and impedance.py's)
 * @param fminHz               points below this frequency are dropped
 * @param fmaxHz               points above this frequency are dropped
 * @param capacitiveOnly       drop inductive points (Z'' &gt; 0)
 * @param columns              0-based columns of f, Z', Z'' in generic tables (empty: 0, 1, 2)
 * @param negateImag           the generic table's Z'' column holds -Z''
 * @param order                arc order of the labels
 * @param arrhenius            Arrhenius convention of the series fits
 */
public record ImpedanceSettings(List<Path> files, String circuit, List<String> candidates, double thicknessCm,
                                double areaCm2, double diameterCm, List<Double> temperatureK,
                                List<Double> temperatureC, Weighting weighting, Map<String, Double> fixed,
                                Map<String, Double> start, Map<String, Bound> bounds, int multiStarts,
                                int candidateMultiStarts, long seed, double kkTolerance, double kkC, int kkM,
                                double fminHz, double fmaxHz, boolean capacitiveOnly, List<Integer> columns,
                                boolean negateImag, ArcAssignment.Order order, ArrheniusConvention arrhenius) {

    /** The circuits the model choice tries: one arc, one arc with an electrode, two arcs with and without R0. */
    public static final List<String> DEFAULT_CANDIDATES = List.of("R0-p(R1,CPE1)", "R0-p(R1,CPE1)-CPE2",
            "p(R1,CPE1)-p(R2,CPE2)-CPE3", "R0-p(R1,CPE1)-p(R2,CPE2)-CPE3");

    /**
     * Bounds of one parameter.
     *
     * @param lower finite lower bound
     * @param upper upper bound above it (may be +infinity)
     */
    public record Bound(double lower, double upper) {
        /** Checks the order. */
        public Bound {
            InvalidSettingException.require(Double.isFinite(lower) && upper > lower, "bounds",
                    "expected a finite lower bound below the upper one, got " + lower + ":" + upper);
        }
    }

    /** Checks every value and copies the collections. */
    public ImpedanceSettings {
        files = List.copyOf(files);
        circuit = circuit == null || circuit.isBlank() ? null : circuit.strip();
        candidates = List.copyOf(candidates);
        temperatureK = List.copyOf(temperatureK);
        temperatureC = List.copyOf(temperatureC);
        fixed = ordered(fixed, "fixed");
        start = ordered(start, "start");
        bounds = Collections.unmodifiableMap(new LinkedHashMap<>(bounds));
        columns = List.copyOf(columns);
        InvalidSettingException.require(weighting != null, "weighting", "expected modulus, proportional or unit");
        InvalidSettingException.require(order != null, "order", "expected capacitance or tau");
        InvalidSettingException.require(arrhenius != null, "arrhenius", "expected sigma-t or plain");
        if (circuit != null) {
            parse("circuit", circuit);
        }
        InvalidSettingException.require(!candidates.isEmpty(), "candidates", "expected at least one circuit");
        for (String c : candidates) {
            parse("candidates", c);
        }
        checkGeometry(thicknessCm, areaCm2, diameterCm);
        InvalidSettingException.require(temperatureK.isEmpty() || temperatureC.isEmpty(), "temperatureC",
                "give the temperatures in K or in °C, not both");
        List<Double> temps = temperatureK.isEmpty() ? temperatureC : temperatureK;
        String tempName = temperatureK.isEmpty() ? "temperatureC" : "temperatureK";
        for (double t : temps) {
            InvalidSettingException.finite(tempName, t);
        }
        InvalidSettingException.require(files.isEmpty() || temps.isEmpty() || temps.size() == files.size(), tempName,
                "give one temperature per file: " + files.size() + " files, " + temps.size() + " temperatures");
        InvalidSettingException.require(multiStarts >= 0, "multiStarts", "expected 0 or more, got " + multiStarts);
        InvalidSettingException.require(candidateMultiStarts >= 0, "candidateMultiStarts",
                "expected 0 or more, got " + candidateMultiStarts);
        InvalidSettingException.positive("kkTolerance", kkTolerance);
        InvalidSettingException.require(kkC > 0 && kkC <= 1, "kkC", "expected a cut-off in (0, 1], got " + kkC);
        InvalidSettingException.require(kkM >= 0, "kkM", "expected 0 (two per decade) or a number of elements >= 1, got "
                + kkM);
        InvalidSettingException.nonNegative("fminHz", fminHz);
        InvalidSettingException.require(fmaxHz > fminHz, "fmaxHz", "expected a frequency above the lowest one ("
                + fminHz + " Hz), got " + fmaxHz);
        InvalidSettingException.require(columns.isEmpty() || columns.size() == 3, "columns",
                "expected three indices F,RE,IM, got " + columns.size());
        if (!columns.isEmpty()) {
            InvalidSettingException.require(columns.stream().allMatch(c -> c != null && c >= 0)
                    && new HashSet<>(columns).size() == 3, "columns", "expected three different indices >= 0, got "
                    + columns);
        }
    }

    /** Every default, no files (pass spectra in memory, or add files with {@link #withFiles}). */
    public static ImpedanceSettings defaults() {
        return new ImpedanceSettings(List.of(), null, DEFAULT_CANDIDATES, Double.NaN, Double.NaN, Double.NaN, List.of(),
                List.of(), Weighting.MODULUS, Map.of(), Map.of(), Map.of(), 12, 4, 1L, 0.02, LinKK.DEFAULT_CUTOFF, 0,
                0, Double.POSITIVE_INFINITY, false, List.of(), false, ArcAssignment.Order.CAPACITANCE,
                ArrheniusConvention.TIMES_T);
    }

    /** The defaults with these files. */
    public static ImpedanceSettings of(List<Path> files) {
        return defaults().withFiles(files);
    }

    private static Map<String, Double> ordered(Map<String, Double> m, String name) {
        for (Map.Entry<String, Double> e : m.entrySet()) {
            InvalidSettingException.require(e.getValue() != null && Double.isFinite(e.getValue()), name,
                    "expected a finite value for " + e.getKey() + ", got " + e.getValue());
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }

    private static void parse(String name, String text) {
        try {
            Circuit.parse(text);
        } catch (InvalidSettingException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(name, e.getMessage());
        }
    }

    private static void checkGeometry(double thickness, double area, double diameter) {
        if (Double.isNaN(thickness) && Double.isNaN(area) && Double.isNaN(diameter)) {
            return;
        }
        InvalidSettingException.require(!Double.isNaN(thickness), "thicknessCm",
                "a geometry needs the pellet thickness as well as the area or the diameter");
        InvalidSettingException.positive("thicknessCm", thickness);
        InvalidSettingException.require(Double.isNaN(area) != Double.isNaN(diameter),
                Double.isNaN(area) ? "areaCm2" : "diameterCm",
                "a geometry needs exactly one of the electrode area or the pellet diameter");
        if (!Double.isNaN(area)) {
            InvalidSettingException.positive("areaCm2", area);
        } else {
            InvalidSettingException.positive("diameterCm", diameter);
        }
    }

    /** The sample geometry, when the thickness and the area (or diameter) are given. */
    public Optional<Geometry> geometry() {
        if (Double.isNaN(thicknessCm)) {
            return Optional.empty();
        }
        return Optional.of(Double.isNaN(areaCm2) ? Geometry.disc(diameterCm, thicknessCm)
                : new Geometry(thicknessCm, areaCm2));
    }

    /** The temperatures in K, one per spectrum (empty when none are given). */
    public List<Double> temperaturesK() {
        List<Double> t = new ArrayList<>(temperatureK);
        temperatureC.forEach(c -> t.add(Units.celsiusToKelvin(c)));
        return t;
    }

    /** Which columns of a generic table hold f, Z', Z''. */
    public ColumnMapping columnMapping() {
        if (columns.isEmpty() && !negateImag) {
            return ColumnMapping.DEFAULT;
        }
        List<Integer> c = columns.isEmpty() ? List.of(0, 1, 2) : columns;
        return new ColumnMapping(c.get(0), c.get(1), c.get(2), negateImag);
    }

    /** The options of the circuit fit. */
    public FitOptions fitOptions() {
        Map<String, double[]> b = new LinkedHashMap<>();
        bounds.forEach((k, v) -> b.put(k, new double[] {v.lower(), v.upper()}));
        return FitOptions.DEFAULT.withWeighting(weighting).withFixed(fixed).withInitial(start).withBounds(b)
                .withMultiStarts(multiStarts).withSeed(seed);
    }

    /** The options of the candidate fits of the model choice: weighting and seed, no per-parameter settings. */
    public FitOptions candidateFitOptions() {
        return FitOptions.DEFAULT.withWeighting(weighting).withSeed(seed).withMultiStarts(candidateMultiStarts);
    }

    /** The same settings with {@code files} replaced. */
    public ImpedanceSettings withFiles(List<Path> files) {
        return new ImpedanceSettings(files, circuit, candidates, thicknessCm, areaCm2, diameterCm, temperatureK, temperatureC, weighting, fixed, start, bounds, multiStarts, candidateMultiStarts, seed, kkTolerance, kkC, kkM, fminHz, fmaxHz, capacitiveOnly, columns, negateImag, order, arrhenius);
    }

    /** The same settings with {@code circuit} replaced. */
    public ImpedanceSettings withCircuit(String circuit) {
        return new ImpedanceSettings(files, circuit, candidates, thicknessCm, areaCm2, diameterCm, temperatureK, temperatureC, weighting, fixed, start, bounds, multiStarts, candidateMultiStarts, seed, kkTolerance, kkC, kkM, fminHz, fmaxHz, capacitiveOnly, columns, negateImag, order, arrhenius);
    }

    /** The same settings with {@code candidates} replaced. */
    public ImpedanceSettings withCandidates(List<String> candidates) {
        return new ImpedanceSettings(files, circuit, candidates, thicknessCm, areaCm2, diameterCm, temperatureK, temperatureC, weighting, fixed, start, bounds, multiStarts, candidateMultiStarts, seed, kkTolerance, kkC, kkM, fminHz, fmaxHz, capacitiveOnly, columns, negateImag, order, arrhenius);
    }

    /** The same settings with a pellet geometry: thickness L in cm and electrode area A in cm^2. */
    public ImpedanceSettings withGeometry(double thicknessCm, double areaCm2) {
        return new ImpedanceSettings(files, circuit, candidates, thicknessCm, areaCm2, Double.NaN, temperatureK,
                temperatureC, weighting, fixed, start, bounds, multiStarts, candidateMultiStarts, seed, kkTolerance, kkC,
                kkM, fminHz, fmaxHz, capacitiveOnly, columns, negateImag, order, arrhenius);
    }

    /** The same settings with a disc-shaped pellet: thickness L and diameter in cm. */
    public ImpedanceSettings withDiscGeometry(double thicknessCm, double diameterCm) {
        return new ImpedanceSettings(files, circuit, candidates, thicknessCm, Double.NaN, diameterCm, temperatureK,
                temperatureC, weighting, fixed, start, bounds, multiStarts, candidateMultiStarts, seed, kkTolerance, kkC,
                kkM, fminHz, fmaxHz, capacitiveOnly, columns, negateImag, order, arrhenius);
    }

    /** The same settings with {@code temperatureK} replaced. */
    public ImpedanceSettings withTemperatureK(List<Double> temperatureK) {
        return new ImpedanceSettings(files, circuit, candidates, thicknessCm, areaCm2, diameterCm, temperatureK, temperatureC, weighting, fixed, start, bounds, multiStarts, candidateMultiStarts, seed, kkTolerance, kkC, kkM, fminHz, fmaxHz, capacitiveOnly, columns, negateImag, order, arrhenius);
    }

    /** The same settings with {@code temperatureC} replaced. */
    public ImpedanceSettings withTemperatureC(List<Double> temperatureC) {
        return new ImpedanceSettings(files, circuit, candidates, thicknessCm, areaCm2, diameterCm, temperatureK, temperatureC, weighting, fixed, start, bounds, multiStarts, candidateMultiStarts, seed, kkTolerance, kkC, kkM, fminHz, fmaxHz, capacitiveOnly, columns, negateImag, order, arrhenius);
    }

    /** The same settings with {@code weighting} replaced. */
    public ImpedanceSettings withWeighting(Weighting weighting) {
        return new ImpedanceSettings(files, circuit, candidates, thicknessCm, areaCm2, diameterCm, temperatureK, temperatureC, weighting, fixed, start, bounds, multiStarts, candidateMultiStarts, seed, kkTolerance, kkC, kkM, fminHz, fmaxHz, capacitiveOnly, columns, negateImag, order, arrhenius);
    }

    /** The same settings with {@code fixed} replaced. */
    public ImpedanceSettings withFixed(Map<String, Double> fixed) {
        return new ImpedanceSettings(files, circuit, candidates, thicknessCm, areaCm2, diameterCm, temperatureK, temperatureC, weighting, fixed, start, bounds, multiStarts, candidateMultiStarts, seed, kkTolerance, kkC, kkM, fminHz, fmaxHz, capacitiveOnly, columns, negateImag, order, arrhenius);
    }

    /** The same settings with {@code start} replaced. */
    public ImpedanceSettings withStart(Map<String, Double> start) {
        return new ImpedanceSettings(files, circuit, candidates, thicknessCm, areaCm2, diameterCm, temperatureK, temperatureC, weighting, fixed, start, bounds, multiStarts, candidateMultiStarts, seed, kkTolerance, kkC, kkM, fminHz, fmaxHz, capacitiveOnly, columns, negateImag, order, arrhenius);
    }

    /** The same settings with {@code bounds} replaced. */
    public ImpedanceSettings withBounds(Map<String, Bound> bounds) {
        return new ImpedanceSettings(files, circuit, candidates, thicknessCm, areaCm2, diameterCm, temperatureK, temperatureC, weighting, fixed, start, bounds, multiStarts, candidateMultiStarts, seed, kkTolerance, kkC, kkM, fminHz, fmaxHz, capacitiveOnly, columns, negateImag, order, arrhenius);
    }

    /** The same settings with {@code multiStarts} replaced. */
    public ImpedanceSettings withMultiStarts(int multiStarts) {
        return new ImpedanceSettings(files, circuit, candidates, thicknessCm, areaCm2, diameterCm, temperatureK, temperatureC, weighting, fixed, start, bounds, multiStarts, candidateMultiStarts, seed, kkTolerance, kkC, kkM, fminHz, fmaxHz, capacitiveOnly, columns, negateImag, order, arrhenius);
    }

    /** The same settings with {@code candidateMultiStarts} replaced. */
    public ImpedanceSettings withCandidateMultiStarts(int candidateMultiStarts) {
        return new ImpedanceSettings(files, circuit, candidates, thicknessCm, areaCm2, diameterCm, temperatureK, temperatureC, weighting, fixed, start, bounds, multiStarts, candidateMultiStarts, seed, kkTolerance, kkC, kkM, fminHz, fmaxHz, capacitiveOnly, columns, negateImag, order, arrhenius);
    }

    /** The same settings with {@code seed} replaced. */
    public ImpedanceSettings withSeed(long seed) {
        return new ImpedanceSettings(files, circuit, candidates, thicknessCm, areaCm2, diameterCm, temperatureK, temperatureC, weighting, fixed, start, bounds, multiStarts, candidateMultiStarts, seed, kkTolerance, kkC, kkM, fminHz, fmaxHz, capacitiveOnly, columns, negateImag, order, arrhenius);
    }

    /** The same settings with {@code kkTolerance} replaced. */
    public ImpedanceSettings withKkTolerance(double kkTolerance) {
        return new ImpedanceSettings(files, circuit, candidates, thicknessCm, areaCm2, diameterCm, temperatureK, temperatureC, weighting, fixed, start, bounds, multiStarts, candidateMultiStarts, seed, kkTolerance, kkC, kkM, fminHz, fmaxHz, capacitiveOnly, columns, negateImag, order, arrhenius);
    }

    /** The same settings with {@code kkC} replaced. */
    public ImpedanceSettings withKkC(double kkC) {
        return new ImpedanceSettings(files, circuit, candidates, thicknessCm, areaCm2, diameterCm, temperatureK, temperatureC, weighting, fixed, start, bounds, multiStarts, candidateMultiStarts, seed, kkTolerance, kkC, kkM, fminHz, fmaxHz, capacitiveOnly, columns, negateImag, order, arrhenius);
    }

    /** The same settings with {@code kkM} replaced. */
    public ImpedanceSettings withKkM(int kkM) {
        return new ImpedanceSettings(files, circuit, candidates, thicknessCm, areaCm2, diameterCm, temperatureK, temperatureC, weighting, fixed, start, bounds, multiStarts, candidateMultiStarts, seed, kkTolerance, kkC, kkM, fminHz, fmaxHz, capacitiveOnly, columns, negateImag, order, arrhenius);
    }

    /** The same settings with {@code fminHz} replaced. */
    public ImpedanceSettings withFminHz(double fminHz) {
        return new ImpedanceSettings(files, circuit, candidates, thicknessCm, areaCm2, diameterCm, temperatureK, temperatureC, weighting, fixed, start, bounds, multiStarts, candidateMultiStarts, seed, kkTolerance, kkC, kkM, fminHz, fmaxHz, capacitiveOnly, columns, negateImag, order, arrhenius);
    }

    /** The same settings with {@code fmaxHz} replaced. */
    public ImpedanceSettings withFmaxHz(double fmaxHz) {
        return new ImpedanceSettings(files, circuit, candidates, thicknessCm, areaCm2, diameterCm, temperatureK, temperatureC, weighting, fixed, start, bounds, multiStarts, candidateMultiStarts, seed, kkTolerance, kkC, kkM, fminHz, fmaxHz, capacitiveOnly, columns, negateImag, order, arrhenius);
    }

    /** The same settings with {@code capacitiveOnly} replaced. */
    public ImpedanceSettings withCapacitiveOnly(boolean capacitiveOnly) {
        return new ImpedanceSettings(files, circuit, candidates, thicknessCm, areaCm2, diameterCm, temperatureK, temperatureC, weighting, fixed, start, bounds, multiStarts, candidateMultiStarts, seed, kkTolerance, kkC, kkM, fminHz, fmaxHz, capacitiveOnly, columns, negateImag, order, arrhenius);
    }

    /** The same settings with {@code columns} replaced. */
    public ImpedanceSettings withColumns(List<Integer> columns) {
        return new ImpedanceSettings(files, circuit, candidates, thicknessCm, areaCm2, diameterCm, temperatureK, temperatureC, weighting, fixed, start, bounds, multiStarts, candidateMultiStarts, seed, kkTolerance, kkC, kkM, fminHz, fmaxHz, capacitiveOnly, columns, negateImag, order, arrhenius);
    }

    /** The same settings with {@code negateImag} replaced. */
    public ImpedanceSettings withNegateImag(boolean negateImag) {
        return new ImpedanceSettings(files, circuit, candidates, thicknessCm, areaCm2, diameterCm, temperatureK, temperatureC, weighting, fixed, start, bounds, multiStarts, candidateMultiStarts, seed, kkTolerance, kkC, kkM, fminHz, fmaxHz, capacitiveOnly, columns, negateImag, order, arrhenius);
    }

    /** The same settings with {@code order} replaced. */
    public ImpedanceSettings withOrder(ArcAssignment.Order order) {
        return new ImpedanceSettings(files, circuit, candidates, thicknessCm, areaCm2, diameterCm, temperatureK, temperatureC, weighting, fixed, start, bounds, multiStarts, candidateMultiStarts, seed, kkTolerance, kkC, kkM, fminHz, fmaxHz, capacitiveOnly, columns, negateImag, order, arrhenius);
    }

    /** The same settings with {@code arrhenius} replaced. */
    public ImpedanceSettings withArrhenius(ArrheniusConvention arrhenius) {
        return new ImpedanceSettings(files, circuit, candidates, thicknessCm, areaCm2, diameterCm, temperatureK, temperatureC, weighting, fixed, start, bounds, multiStarts, candidateMultiStarts, seed, kkTolerance, kkC, kkM, fminHz, fmaxHz, capacitiveOnly, columns, negateImag, order, arrhenius);
    }

}
