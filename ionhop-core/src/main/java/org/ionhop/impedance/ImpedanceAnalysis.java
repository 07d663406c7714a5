package org.ionhop.impedance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ionhop.io.InvalidSettingException;
import org.ionhop.io.NumericalFailureException;
import org.ionhop.io.ProgressListener;

/**
 * The impedance analysis of one or more spectra, as {@code ionhop eis} and the report run it: read the spectra
 * (with temperatures and filters), choose the circuit by BIC when none is given, fit it (a temperature series,
 * each fit seeded from its neighbour, when every spectrum has a temperature; else each spectrum alone), label the
 * arcs, and run the Lin-KK check and the DRT of every spectrum; then the Arrhenius laws of bulk, grain boundary and
 * total for a series. Settings in {@link ImpedanceSettings}; methods in docs/impedance.md.
 */
public final class ImpedanceAnalysis {
    /** Largest number of Lin-KK elements tried (also limited to N - 2). */
    private static final int KK_MAX_ELEMENTS = 50;

    private ImpedanceAnalysis() {
    }

    /**
     * Reads the settings' files and analyses them.
     *
     * @param settings every option; {@code files} must not be empty
     * @param progress called after each fitted spectrum
     * @throws InvalidSettingException          for impossible settings (no files, a filter that leaves too few points)
     * @throws org.ionhop.io.InputFormatException for an unreadable file
     * @throws NumericalFailureException        when a fit converges from no starting point
     */
    public static ImpedanceResult run(ImpedanceSettings settings, ProgressListener progress) {
        InvalidSettingException.require(!settings.files().isEmpty(), "files", "expected at least one spectrum file");
        List<Spectrum> spectra = new ArrayList<>();
        for (Path p : settings.files()) {
            spectra.add(SpectrumReader.read(p, settings.columnMapping()));
        }
        return run(spectra, settings, progress);
    }

    /**
     * Analyses spectra already in memory (the settings' files are ignored; its temperatures, if any, must be one
     * per spectrum).
     */
    public static ImpedanceResult run(List<Spectrum> spectra, ImpedanceSettings settings, ProgressListener progress) {
        List<Spectrum> prepared = prepare(spectra, settings);
        List<CandidateScore> scores = new ArrayList<>();
        Circuit circuit = settings.circuit() != null ? Circuit.parse(settings.circuit())
                : choose(prepared.get(0), settings, scores);
        FitOptions options = settings.fitOptions();
        ArcAssignment.Order order = settings.order();
        Geometry geometry = settings.geometry().orElse(null);
        boolean allT = prepared.stream().allMatch(s -> !Double.isNaN(s.temperatureK()));
        List<FittedSpectrum> fits = new ArrayList<>();
        TemperatureSeries series = null;
        if (allT && prepared.size() >= 2) {
            series = TemperatureSeries.fit(prepared, circuit, options, geometry, order, settings.arrhenius(), progress);
            fits.addAll(series.points());
        } else {
            for (Spectrum s : prepared) {
                fits.add(FittedSpectrum.of(CircuitFitter.fit(s, circuit, options), order, geometry));
                progress.progress(fits.size(), prepared.size());
            }
        }
        // the checks of different spectra are independent: run them in parallel
        List<KramersKronigCheck> kk = fits.parallelStream()
                .map(f -> new KramersKronigCheck(linKK(f.fit().spectrum(), settings), settings.kkTolerance())).toList();
        List<Drt> drt = fits.parallelStream().map(f -> Drt.compute(f.fit().spectrum())).toList();
        List<SpectrumResult> out = new ArrayList<>();
        for (int i = 0; i < fits.size(); i++) {
            out.add(new SpectrumResult(fits.get(i), kk.get(i), drt.get(i)));
        }
        ArrheniusLaws laws = series == null ? null : new ArrheniusLaws(series.convention(), geometry == null,
                series.bulk(), series.grainBoundary(), series.total());
        return new ImpedanceResult(settings, circuit, scores, geometry, out, series, laws);
    }

    /**
     * The Lin-KK test with the settings' cut-off c and smallest M (two per decade spanned when kkM is 0).
     */
    public static LinKK linKK(Spectrum s, ImpedanceSettings settings) {
        int minM = settings.kkM() > 0 ? settings.kkM() : LinKK.minimumElements(s);
        return LinKK.test(s, settings.kkC(), KK_MAX_ELEMENTS, minM);
    }

    /** Attaches the temperatures and applies the frequency window and the capacitive-only filter. */
    static List<Spectrum> prepare(List<Spectrum> spectra, ImpedanceSettings settings) {
        InvalidSettingException.require(!spectra.isEmpty(), "files", "expected at least one spectrum");
        List<Double> temps = settings.temperaturesK();
        String tempName = settings.temperatureK().isEmpty() ? "temperatureC" : "temperatureK";
        InvalidSettingException.require(temps.isEmpty() || temps.size() == spectra.size(), tempName,
                "give one temperature per file: " + spectra.size() + " files, " + temps.size() + " temperatures");
        List<Spectrum> out = new ArrayList<>();
        for (int i = 0; i < spectra.size(); i++) {
            Spectrum s = spectra.get(i);
            if (!temps.isEmpty()) {
                s = s.withTemperature(temps.get(i));
            }
            s = s.frequencyWindow(settings.fminHz(), settings.fmaxHz());
            if (settings.capacitiveOnly()) {
                s = s.capacitiveOnly();
            }
            InvalidSettingException.require(s.size() >= 3, "fminHz", s.source()
                    + ": expected at least 3 points left after the frequency window and filters, got " + s.size());
            out.add(s);
        }
        return out;
    }

    /**
     * The candidate with the lowest BIC = m ln(chi^2/m) + p ln m (m = 2N residuals, p parameters) on one spectrum.
     * Candidates with too few points for their parameters, or whose fit converges from no start, are skipped.
     *
     * @param scores receives one score per candidate
     * @throws NumericalFailureException when no candidate could be fitted
     */
    static Circuit choose(Spectrum s, ImpedanceSettings settings, List<CandidateScore> scores) {
        Circuit best = null;
        double bestBic = Double.POSITIVE_INFINITY;
        FitOptions options = settings.candidateFitOptions();
        for (String text : settings.candidates()) {
            Circuit c = Circuit.parse(text);
            if (2 * s.size() <= c.parameterCount() + 1) {
                scores.add(new CandidateScore(text, Double.NaN, "too few points"));
                continue;
            }
            CircuitFitResult r;
            try {
                r = CircuitFitter.fit(s, c, options);
            } catch (NumericalFailureException e) {
                scores.add(new CandidateScore(text, Double.NaN, "did not converge"));
                continue;
            }
            int m = 2 * s.size();
            double bic = m * Math.log(r.chiSquare() / m) + c.parameterCount() * Math.log(m);
            scores.add(new CandidateScore(text, bic, "fitted"));
            if (bic < bestBic) {
                bestBic = bic;
                best = c;
            }
        }
        if (best == null) {
            throw new NumericalFailureException(s.source() + ": no candidate circuit could be fitted");
        }
        return best;
    }
}
