package org.ionhop.nmr;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ionhop.io.InvalidSettingException;
import org.ionhop.stats.Measured;
import org.ionhop.structure.Element;
import org.ionhop.structure.StructureReader;
import org.ionhop.units.Units;

/**
 * The NMR analyses of tables ({@link NumericTable}), as {@code ionhop nmr} and the report run them: relaxation rates
 * against temperature (BPP or asymmetric, T1 or T1rho; {@link BppFit}), PFG-NMR echo decays (Stejskal-Tanner;
 * {@link StejskalTanner}), the Haven ratio ({@link HavenRatio}) and lineshape deconvolution ({@link LineshapeFit}).
 * A setting left open in its settings record is read from the table's {@code # key = value} comment lines
 * (docs/nmr.md).
 */
public final class NmrAnalysis {
    /** What a table holds. */
    public enum Kind {
        /** Longitudinal relaxation rates against T. */
        T1,
        /** Rotating-frame relaxation rates against T. */
        T1RHO,
        /** A PFG-NMR echo decay. */
        PFG,
        /** A spectrum to deconvolve. */
        LINESHAPE,
        /** Not stated. */
        UNKNOWN
    }

    private NmrAnalysis() {
    }

    /**
     * What a table holds: its {@code # kind = t1 | t1rho | pfg | lineshape} line, else its file name (containing
     * pfg, t1rho or t1).
     */
    public static Kind kindOf(NumericTable t) {
        String k = t.metadata().get("kind");
        if (k != null) {
            return switch (k.toLowerCase(Locale.ROOT)) {
                case "t1" -> Kind.T1;
                case "t1rho" -> Kind.T1RHO;
                case "pfg" -> Kind.PFG;
                case "lineshape" -> Kind.LINESHAPE;
                default -> Kind.UNKNOWN;
            };
        }
        String src = t.source();
        String n = src.substring(Math.max(src.lastIndexOf('/'), src.lastIndexOf('\\')) + 1).toLowerCase(Locale.ROOT);
        return n.contains("pfg") ? Kind.PFG : n.contains("t1rho") ? Kind.T1RHO : n.contains("t1") ? Kind.T1
                : Kind.UNKNOWN;
    }

    /** Reads a table and fits its relaxation rates. */
    public static RelaxationResult t1(Path file, T1Settings settings) {
        return t1(NumericTable.read(file), settings);
    }

    /**
     * Fits relaxation rates: columns T (K, or °C), rate in 1/s (or T1 in s), optional standard error.
     *
     * @throws InvalidSettingException without a Larmor frequency (or a spin-lock frequency for T1rho)
     */
    public static RelaxationResult t1(NumericTable t, T1Settings s) {
        double larmor = !Double.isNaN(s.larmorMhz()) ? s.larmorMhz() : t.number("larmor_mhz");
        InvalidSettingException.require(!Double.isNaN(larmor), "larmorMhz",
                "expected the Larmor frequency in MHz, as an option or as '# larmor_mhz = ...' in " + t.source());
        boolean rho = s.t1rho() || "t1rho".equalsIgnoreCase(t.metadata().getOrDefault("kind", ""));
        double lock = !Double.isNaN(s.lockKhz()) ? s.lockKhz() : t.number("lock_khz");
        InvalidSettingException.require(!rho || !Double.isNaN(lock), "lockKhz",
                "a T1rho fit needs the spin-lock frequency in kHz, as an option or as '# lock_khz = ...' in "
                        + t.source());
        boolean times = s.times() || "t1".equalsIgnoreCase(t.metadata().get("values"));
        boolean asym = s.asymmetric() || "asymmetric".equalsIgnoreCase(t.metadata().getOrDefault("model", ""));
        RelaxationData d = relaxation(t, rho ? RelaxationKind.T1RHO : RelaxationKind.T1, larmor * 1e6,
                rho ? lock * 1e3 : Double.NaN, times, s.celsius());
        return RelaxationResult.of(asym ? BppFit.asymmetric(d) : BppFit.symmetric(d));
    }

    private static RelaxationData relaxation(NumericTable t, RelaxationKind kind, double larmorHz, double lockHz,
                                             boolean times, boolean celsius) {
        double[] temp = t.column(0);
        double[] v = t.column(1);
        double[] err = t.columns().length > 2 ? t.column(2) : null;
        for (int i = 0; i < temp.length; i++) {
            if (celsius) {
                temp[i] = Units.celsiusToKelvin(temp[i]);
            }
            if (times) {
                // rate = 1/T1, s_rate = s_T1 / T1^2
                if (err != null) {
                    err[i] = err[i] / (v[i] * v[i]);
                }
                v[i] = 1 / v[i];
            }
        }
        return new RelaxationData(kind, temp, v, err, larmorHz, lockHz);
    }

    /** Reads a table and fits its echo decay. */
    public static PfgResult pfg(Path file, PfgSettings settings) {
        return pfg(NumericTable.read(file), settings);
    }

    /**
     * Fits S = S0 exp(-D* b) to a PFG-NMR decay: columns gradient g (T/m, or G/cm) or b (s/m^2), signal.
     *
     * @throws InvalidSettingException without the nucleus and timings (when the abscissa is a gradient)
     */
    public static PfgResult pfg(NumericTable t, PfgSettings s) {
        double[] x = t.column(0);
        double[] sig = t.column(1);
        if (s.bValues() || "b".equalsIgnoreCase(t.metadata().getOrDefault("abscissa", ""))) {
            return PfgResult.of(StejskalTanner.fit(x, sig));
        }
        String nuc = s.nucleus() != null ? s.nucleus() : t.metadata().get("nucleus");
        double delta = !Double.isNaN(s.deltaMs()) ? s.deltaMs() : t.number("delta_ms");
        double bigDelta = !Double.isNaN(s.bigDeltaMs()) ? s.bigDeltaMs() : t.number("big_delta_ms");
        String where = "as an option or in " + t.source() + " (or give b-values)";
        InvalidSettingException.require(nuc != null, "nucleus", "expected the nucleus, " + where);
        InvalidSettingException.require(!Double.isNaN(delta), "deltaMs", "expected the gradient pulse length delta"
                + " in ms, " + where);
        InvalidSettingException.require(!Double.isNaN(bigDelta), "bigDeltaMs", "expected the diffusion time Delta"
                + " in ms, " + where);
        Nucleus nucleus;
        try {
            nucleus = Nucleus.parse(nuc);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException("nucleus", e.getMessage());
        }
        boolean gauss = s.gaussPerCm() || "g/cm".equalsIgnoreCase(t.metadata().getOrDefault("gradient_unit", ""));
        if (gauss) {
            for (int i = 0; i < x.length; i++) {
                x[i] *= 0.01;
            }
        }
        return PfgResult.of(StejskalTanner.fitGradients(x, sig, nucleus.gammaRadPerSPerT(), delta * 1e-3,
                bigDelta * 1e-3));
    }

    /**
     * The Haven ratio from D* (given, or fitted from a PFG-NMR table) and sigma, with the carrier density given or
     * counted in a structure.
     *
     * @throws InvalidSettingException when a required value is missing or given twice
     */
    public static HavenResult haven(HavenSettings s) {
        InvalidSettingException.require(!Double.isNaN(s.sigma()), "sigma", "expected the conductivity in S/cm");
        InvalidSettingException.require(!Double.isNaN(s.temperatureK()), "temperatureK",
                "expected the temperature in K");
        InvalidSettingException.require(Double.isNaN(s.density()) != (s.structure() == null), "density",
                "give the carrier density or a structure to count the ions in (one of them)");
        InvalidSettingException.require(Double.isNaN(s.dStar()) != (s.pfg() == null), "dStar",
                "give D* or a PFG-NMR table to fit it from (one of them)");
        double n = !Double.isNaN(s.density()) ? s.density()
                : HavenRatio.carrierDensityPerA3(StructureReader.read(s.structure()),
                        Element.fromSymbol(s.ion()).orElseThrow());
        double d = s.dStar();
        double dErr = s.dStarErr();
        if (s.pfg() != null) {
            PfgResult p = pfg(s.pfg(), PfgSettings.defaults());
            d = p.diffusivityCm2PerS().value();
            dErr = p.diffusivityCm2PerS().err();
        }
        HavenRatio h = HavenRatio.of(d, dErr, s.sigma(), s.sigmaErr(), n, s.charge(), s.temperatureK());
        return new HavenResult(Measured.of(h.havenRatio(), h.havenRatioErr()),
                Measured.of(h.tracerCm2PerS(), dErr), h.chargeDiffusivityCm2PerS(),
                h.carrierDensityPerA3(), h.temperatureK());
    }

    /** Reads a table and deconvolves its line. */
    public static LineshapeResult lineshape(Path file, LineshapeSettings settings) {
        return lineshape(NumericTable.read(file), settings);
    }

    /**
     * Deconvolves a line: columns shift, intensity.
     *
     * @throws InvalidSettingException without component shapes (as settings or a {@code # components} line)
     */
    public static LineshapeResult lineshape(NumericTable t, LineshapeSettings s) {
        List<LineShape> shapes = s.components();
        if (shapes.isEmpty()) {
            String comps = t.metadata().get("components");
            InvalidSettingException.require(comps != null, "components", "expected one shape per component"
                    + " (gaussian, lorentzian, pseudo-voigt), as an option or as '# components = lorentzian,gaussian'"
                    + " in " + t.source());
            List<LineShape> parsed = new ArrayList<>();
            for (String c : comps.split(",")) {
                parsed.add(LineShape.parse(c));
            }
            shapes = parsed;
        }
        double[] x = t.column(0);
        double[] y = t.column(1);
        double[] c = s.centres().isEmpty() ? null : s.centres().stream().mapToDouble(Double::doubleValue).toArray();
        return LineshapeResult.of(x, y, LineshapeFit.fit(x, y, shapes, c));
    }
}
