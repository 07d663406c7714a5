package org.ionhop.nmr;

import org.ionhop.io.InvalidSettingException;

/**
 * Options of a relaxation-rate fit ({@link NmrAnalysis#t1}). Values left open (NaN, false) may stand in the table's
 * comment lines instead: {@code # larmor_mhz}, {@code # lock_khz}, {@code # kind = t1rho},
 * {@code # model = asymmetric}, {@code # values = t1}.
 *
 * @param larmorMhz  Larmor frequency in MHz (NaN: from the table)
 * @param t1rho      the rates are 1/T1rho (rotating frame)
 * @param lockKhz    spin-lock frequency in kHz for T1rho (NaN: from the table)
 * @param asymmetric fit beta too: J = tau / (1 + (omega tau)^beta), E_a,low = (beta - 1) E_a
 * @param times      the second column holds T1 (T1rho) in s instead of the rate
 * @param celsius    the first column is in °C
 */
public record T1Settings(double larmorMhz, boolean t1rho, double lockKhz, boolean asymmetric, boolean times,
                         boolean celsius) {
    /** Checks the frequencies. */
    public T1Settings {
        if (!Double.isNaN(larmorMhz)) {
            InvalidSettingException.positive("larmorMhz", larmorMhz);
        }
        if (!Double.isNaN(lockKhz)) {
            InvalidSettingException.positive("lockKhz", lockKhz);
        }
    }

    /** Everything from the table, symmetric BPP, rates in 1/s against T in K. */
    public static T1Settings defaults() {
        return new T1Settings(Double.NaN, false, Double.NaN, false, false, false);
    }

    /** With a Larmor frequency in MHz. */
    public T1Settings withLarmorMhz(double mhz) {
        return new T1Settings(mhz, t1rho, lockKhz, asymmetric, times, celsius);
    }

    /** With the rotating-frame kind. */
    public T1Settings withT1rho(boolean rho) {
        return new T1Settings(larmorMhz, rho, lockKhz, asymmetric, times, celsius);
    }

    /** With a spin-lock frequency in kHz. */
    public T1Settings withLockKhz(double khz) {
        return new T1Settings(larmorMhz, t1rho, khz, asymmetric, times, celsius);
    }

    /** With the asymmetric spectral density. */
    public T1Settings withAsymmetric(boolean asym) {
        return new T1Settings(larmorMhz, t1rho, lockKhz, asym, times, celsius);
    }

    /** With relaxation times instead of rates in the second column. */
    public T1Settings withTimes(boolean t) {
        return new T1Settings(larmorMhz, t1rho, lockKhz, asymmetric, t, celsius);
    }

    /** With temperatures in °C. */
    public T1Settings withCelsius(boolean c) {
        return new T1Settings(larmorMhz, t1rho, lockKhz, asymmetric, times, c);
    }
}
