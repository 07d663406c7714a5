package org.ionhop.kmc;

import java.util.random.RandomGenerator;

/**
 * Random site-energy disorder added to the network's site energies.
 *
 * @param kind    the distribution
 * @param sigmaEv its standard deviation in eV (a uniform distribution spans [-sqrt(3) sigma, sqrt(3) sigma])
 */
public record Disorder(Kind kind, double sigmaEv) {
    /** Distribution of the added energies. */
    public enum Kind { NONE, GAUSSIAN, UNIFORM }

    /** No disorder. */
    public static final Disorder NONE = new Disorder(Kind.NONE, 0);

    /** Validates. */
    public Disorder {
        if (!(sigmaEv >= 0)) {
            throw new IllegalArgumentException("disorder width must be >= 0 eV, got " + sigmaEv);
        }
    }

    /** Gaussian disorder of standard deviation sigma (eV). */
    public static Disorder gaussian(double sigmaEv) {
        return new Disorder(sigmaEv == 0 ? Kind.NONE : Kind.GAUSSIAN, sigmaEv);
    }

    /** Uniform disorder of standard deviation sigma (eV). */
    public static Disorder uniform(double sigmaEv) {
        return new Disorder(sigmaEv == 0 ? Kind.NONE : Kind.UNIFORM, sigmaEv);
    }

    /** One random energy offset (eV). */
    double sample(RandomGenerator rng) {
        return switch (kind) {
            case NONE -> 0.0;
            case GAUSSIAN -> sigmaEv * rng.nextGaussian();
            case UNIFORM -> sigmaEv * Math.sqrt(3.0) * (2 * rng.nextDouble() - 1);
        };
    }
}
