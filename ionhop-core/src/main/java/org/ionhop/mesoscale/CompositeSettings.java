package org.ionhop.mesoscale;

import static org.ionhop.io.InvalidSettingException.finite;
import static org.ionhop.io.InvalidSettingException.nonNegative;
import static org.ionhop.io.InvalidSettingException.positive;
import static org.ionhop.io.InvalidSettingException.require;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.ionhop.transport.ArrheniusConvention;

/**
 * Everything {@link CompositeStudy} needs: the model, the three phases (filler, matrix, interface shell), each
 * with its conductivity at the reference temperature and its activation energy, the filler fractions to evaluate,
 * the particle geometry and the temperatures of sigma(T).
 *
 * <p>The defaults describe an illustrative polymer-ceramic composite in the spirit of LGPS in PEO-LiTFSI (Zheng,
 * Wang, Liu and Hu, ACS Appl. Energy Mater. 2, 1452, 2019, cited as Figure 5 of the second seed): a poorly
 * conducting polymer matrix (1e-6 S/cm, 0.8 eV), ceramic particles (1e-4 S/cm, 0.3 eV) of radius 100 nm and an
 * interface shell 20 nm thick that conducts best (1e-3 S/cm, 0.45 eV). They are round numbers chosen to show the
 * behaviour, not values fitted to that paper.
 *
 * @param model                 the effective-medium model
 * @param sigmaFillerSCm        filler conductivity at the reference temperature (S/cm)
 * @param sigmaMatrixSCm        matrix conductivity at the reference temperature (S/cm)
 * @param sigmaShellSCm         interface-shell conductivity at the reference temperature (S/cm; core-shell model)
 * @param eaFillerEv            filler activation energy (eV)
 * @param eaMatrixEv            matrix activation energy (eV)
 * @param eaShellEv             shell activation energy (eV)
 * @param convention            whether sigma or sigma T is Arrhenius (phases and the apparent E_a alike)
 * @param referenceTemperatureK temperature at which the three conductivities are given (K)
 * @param fractions             filler fractions to evaluate, in [0, 1], of type {@code fractionType}
 * @param fractionType          whether the fractions are by volume or by weight
 * @param densityFillerGCm3     filler density (g/cm^3), for weight fractions
 * @param densityMatrixGCm3     matrix density (g/cm^3), for weight fractions
 * @param radiusNm              filler particle radius (nm)
 * @param shellNm               interface-shell thickness (nm)
 * @param temperaturesK         temperatures for sigma(T) and the apparent E_a (K); empty for none
 */
public record CompositeSettings(CompositeModel model, double sigmaFillerSCm, double sigmaMatrixSCm,
                                double sigmaShellSCm, double eaFillerEv, double eaMatrixEv, double eaShellEv,
                                ArrheniusConvention convention, double referenceTemperatureK, List<Double> fractions,
                                FractionType fractionType, double densityFillerGCm3, double densityMatrixGCm3,
                                double radiusNm, double shellNm, List<Double> temperaturesK) {

    /** Validates every component; lists are copied. */
    public CompositeSettings {
        require(model != null, "model", "expected a model, got none");
        nonNegative("sigmaFillerSCm", sigmaFillerSCm);
        nonNegative("sigmaMatrixSCm", sigmaMatrixSCm);
        nonNegative("sigmaShellSCm", sigmaShellSCm);
        require(sigmaFillerSCm > 0 || sigmaMatrixSCm > 0, "sigmaMatrixSCm",
                "filler and matrix cannot both be insulating (got 0 for both)");
        finite("eaFillerEv", eaFillerEv);
        finite("eaMatrixEv", eaMatrixEv);
        finite("eaShellEv", eaShellEv);
        require(convention != null, "convention", "expected sigma or sigmaT, got none");
        positive("referenceTemperatureK", referenceTemperatureK);
        if (fractions == null) {
            throw new org.ionhop.io.InvalidSettingException("fractions", "expected at least one fraction, got none");
        }
        require(!fractions.isEmpty(), "fractions", "expected at least one fraction, got none");
        for (Double f : fractions) {
            require(f != null && f >= 0 && f <= 1, "fractions", "expected fractions between 0 and 1, got " + f);
        }
        fractions = List.copyOf(fractions);
        require(fractionType != null, "fractionType", "expected volume or weight, got none");
        positive("densityFillerGCm3", densityFillerGCm3);
        positive("densityMatrixGCm3", densityMatrixGCm3);
        positive("radiusNm", radiusNm);
        nonNegative("shellNm", shellNm);
        Objects.requireNonNull(temperaturesK, "temperaturesK");
        for (Double t : temperaturesK) {
            require(t != null && t > 0 && Double.isFinite(t), "temperaturesK",
                    "expected temperatures above 0 K, got " + t);
        }
        temperaturesK = List.copyOf(temperaturesK);
    }

    /** The library defaults (see the class doc): core-shell model, volume fractions 0, 0.05, ..., 1, no sigma(T). */
    public static CompositeSettings defaults() {
        List<Double> grid = new ArrayList<>();
        for (int i = 0; i <= 20; i++) {
            grid.add(i / 20.0);
        }
        return new CompositeSettings(CompositeModel.CORE_SHELL, 1e-4, 1e-6, 1e-3, 0.30, 0.80, 0.45,
                ArrheniusConvention.TIMES_T, 298.15, grid, FractionType.VOLUME, 2.0, 1.3, 100.0, 20.0, List.of());
    }

    /** The filler phase's Arrhenius law. */
    public ArrheniusPhase filler() {
        return ArrheniusPhase.atReference(sigmaFillerSCm, referenceTemperatureK, eaFillerEv, convention);
    }

    /** The matrix phase's Arrhenius law. */
    public ArrheniusPhase matrix() {
        return ArrheniusPhase.atReference(sigmaMatrixSCm, referenceTemperatureK, eaMatrixEv, convention);
    }

    /** The interface shell's Arrhenius law. */
    public ArrheniusPhase shell() {
        return ArrheniusPhase.atReference(sigmaShellSCm, referenceTemperatureK, eaShellEv, convention);
    }

    /** The filler volume fraction of a fraction given in {@link #fractionType}. */
    public double volumeFraction(double fraction) {
        return fractionType.toVolume(fraction, densityFillerGCm3, densityMatrixGCm3);
    }

    /** The interface-shell volume fraction at a filler volume fraction (0 unless the model is core-shell). */
    public double interfaceFraction(double volumeFraction) {
        return model == CompositeModel.CORE_SHELL
                ? EffectiveMedium.interfaceFraction(volumeFraction, radiusNm, shellNm) : 0;
    }

    /** Copy with another model. */
    public CompositeSettings withModel(CompositeModel v) {
        return new CompositeSettings(v, sigmaFillerSCm, sigmaMatrixSCm, sigmaShellSCm, eaFillerEv, eaMatrixEv,
                eaShellEv, convention, referenceTemperatureK, fractions, fractionType, densityFillerGCm3,
                densityMatrixGCm3, radiusNm, shellNm, temperaturesK);
    }

    /** Copy with other filler and matrix conductivities (S/cm). */
    public CompositeSettings withSigmas(double fillerSCm, double matrixSCm) {
        return new CompositeSettings(model, fillerSCm, matrixSCm, sigmaShellSCm, eaFillerEv, eaMatrixEv,
                eaShellEv, convention, referenceTemperatureK, fractions, fractionType, densityFillerGCm3,
                densityMatrixGCm3, radiusNm, shellNm, temperaturesK);
    }

    /** Copy with another interface shell: conductivity (S/cm) and thickness (nm). */
    public CompositeSettings withShell(double sigmaSCm, double thicknessNm) {
        return new CompositeSettings(model, sigmaFillerSCm, sigmaMatrixSCm, sigmaSCm, eaFillerEv, eaMatrixEv,
                eaShellEv, convention, referenceTemperatureK, fractions, fractionType, densityFillerGCm3,
                densityMatrixGCm3, radiusNm, thicknessNm, temperaturesK);
    }

    /** Copy with another particle radius (nm). */
    public CompositeSettings withRadiusNm(double v) {
        return new CompositeSettings(model, sigmaFillerSCm, sigmaMatrixSCm, sigmaShellSCm, eaFillerEv, eaMatrixEv,
                eaShellEv, convention, referenceTemperatureK, fractions, fractionType, densityFillerGCm3,
                densityMatrixGCm3, v, shellNm, temperaturesK);
    }

    /** Copy with other activation energies (eV) of filler, matrix and shell. */
    public CompositeSettings withActivationEnergies(double fillerEv, double matrixEv, double shellEv) {
        return new CompositeSettings(model, sigmaFillerSCm, sigmaMatrixSCm, sigmaShellSCm, fillerEv, matrixEv,
                shellEv, convention, referenceTemperatureK, fractions, fractionType, densityFillerGCm3,
                densityMatrixGCm3, radiusNm, shellNm, temperaturesK);
    }

    /** Copy with another Arrhenius convention. */
    public CompositeSettings withConvention(ArrheniusConvention v) {
        return new CompositeSettings(model, sigmaFillerSCm, sigmaMatrixSCm, sigmaShellSCm, eaFillerEv, eaMatrixEv,
                eaShellEv, v, referenceTemperatureK, fractions, fractionType, densityFillerGCm3,
                densityMatrixGCm3, radiusNm, shellNm, temperaturesK);
    }

    /** Copy with other fractions (of {@link #fractionType}). */
    public CompositeSettings withFractions(List<Double> v) {
        return new CompositeSettings(model, sigmaFillerSCm, sigmaMatrixSCm, sigmaShellSCm, eaFillerEv, eaMatrixEv,
                eaShellEv, convention, referenceTemperatureK, v, fractionType, densityFillerGCm3,
                densityMatrixGCm3, radiusNm, shellNm, temperaturesK);
    }

    /** Copy with fractions by weight and the densities (g/cm^3) that convert them. */
    public CompositeSettings withWeightFractions(double fillerGCm3, double matrixGCm3) {
        return new CompositeSettings(model, sigmaFillerSCm, sigmaMatrixSCm, sigmaShellSCm, eaFillerEv, eaMatrixEv,
                eaShellEv, convention, referenceTemperatureK, fractions, FractionType.WEIGHT, fillerGCm3,
                matrixGCm3, radiusNm, shellNm, temperaturesK);
    }

    /** Copy with other temperatures for sigma(T) (K). */
    public CompositeSettings withTemperaturesK(List<Double> v) {
        return new CompositeSettings(model, sigmaFillerSCm, sigmaMatrixSCm, sigmaShellSCm, eaFillerEv, eaMatrixEv,
                eaShellEv, convention, referenceTemperatureK, fractions, fractionType, densityFillerGCm3,
                densityMatrixGCm3, radiusNm, shellNm, v);
    }
}
