package org.ionhop.transport;

import org.ionhop.io.InvalidSettingException;

/**
 * Harmonic transition-state theory ({@link TransportTheory#vineyard}): normal-mode frequencies at the minimum and
 * the saddle, and optionally a barrier with temperatures for the rate of this one path.
 *
 * @param minimumThz    frequencies at the minimum (THz), zero modes left out
 * @param saddleThz     real frequencies at the saddle (THz); the imaginary mode omitted or given as one negative value
 * @param barrierEv     E_m (eV), or NaN for the attempt frequency alone
 * @param temperaturesK temperatures of the rate (K), possibly none
 */
public record VineyardSettings(double[] minimumThz, double[] saddleThz, double barrierEv, double[] temperaturesK) {

    /** Validates and copies. */
    public VineyardSettings {
        if (minimumThz == null || minimumThz.length == 0) {
            throw new InvalidSettingException("minimumThz", "expected the frequencies at the minimum, got none");
        }
        if (saddleThz == null) {
            throw new InvalidSettingException("saddleThz", "expected the frequencies at the saddle");
        }
        InvalidSettingException.require(Double.isNaN(barrierEv) || Double.isFinite(barrierEv), "barrierEv",
                "expected a finite barrier, got " + barrierEv);
        temperaturesK = temperaturesK == null ? new double[0] : temperaturesK.clone();
        if (temperaturesK.length > 0) {
            TransportTheory.requireTemperatures("temperaturesK", temperaturesK);
        }
        minimumThz = minimumThz.clone();
        saddleThz = saddleThz.clone();
    }

    /** The attempt frequency alone. */
    public static VineyardSettings of(double[] minimumThz, double[] saddleThz) {
        return new VineyardSettings(minimumThz, saddleThz, Double.NaN, new double[0]);
    }

    /** A copy with a barrier and temperatures for the rate. */
    public VineyardSettings withRate(double barrier, double... temperatures) {
        return new VineyardSettings(minimumThz, saddleThz, barrier, temperatures);
    }

    /** Frequencies at the minimum (a copy). */
    @Override
    public double[] minimumThz() {
        return minimumThz.clone();
    }

    /** Frequencies at the saddle (a copy). */
    @Override
    public double[] saddleThz() {
        return saddleThz.clone();
    }

    /** Temperatures (a copy). */
    @Override
    public double[] temperaturesK() {
        return temperaturesK.clone();
    }
}
