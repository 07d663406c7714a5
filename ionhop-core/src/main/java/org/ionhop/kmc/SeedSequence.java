package org.ionhop.kmc;

/**
 * Derives independent task seeds from one master seed with the SplitMix64 finaliser (Steele, Lea and Flood,
 * "Fast splittable pseudorandom number generators", OOPSLA 2014). A task's seed depends only on the master seed
 * and the task's index, never on which thread runs it or when, so parallel runs are reproducible.
 */
public final class SeedSequence {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private SeedSequence() {
    }

    /** The seed of task {@code index} (index 0, 1, 2, ...) under master seed {@code master}. */
    public static long derive(long master, long index) {
        return mix(master + (index + 1) * GOLDEN_GAMMA);
    }

    /** The SplitMix64 output function (a bijection of 64-bit integers with good avalanche). */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
