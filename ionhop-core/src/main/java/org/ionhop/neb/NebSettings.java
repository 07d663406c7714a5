package org.ionhop.neb;

import org.ionhop.io.InvalidSettingException;

/**
 * Settings of the NEB analysis.
 *
 * @param forceThresholdEvA converged when no image has a perpendicular force (the climbing image: a total force)
 *                          on any atom above this, eV/Å (VASP's EDIFFG = -0.05 is the common choice)
 * @param climbingImage     whether the highest intermediate image is a climbing image (CI-NEB), whose total
 *                          force must vanish at convergence
 * @param matchToleranceA   distance within which the moving ion's end positions must lie from a network hop's end
 *                          sites, Å
 */
public record NebSettings(double forceThresholdEvA, boolean climbingImage, double matchToleranceA) {
    /** Validates. */
    public NebSettings {
        InvalidSettingException.positive("forceThresholdEvA", forceThresholdEvA);
        InvalidSettingException.positive("matchToleranceA", matchToleranceA);
    }

    /** Defaults: 0.05 eV/Å, climbing image, 0.5 Å. */
    public static NebSettings defaults() {
        return new NebSettings(0.05, true, 0.5);
    }

    /** A copy with another force threshold. */
    public NebSettings withForceThresholdEvA(double v) {
        return new NebSettings(v, climbingImage, matchToleranceA);
    }

    /** A copy with or without a climbing image. */
    public NebSettings withClimbingImage(boolean v) {
        return new NebSettings(forceThresholdEvA, v, matchToleranceA);
    }

    /** A copy with another match tolerance. */
    public NebSettings withMatchToleranceA(double v) {
        return new NebSettings(forceThresholdEvA, climbingImage, v);
    }
}
