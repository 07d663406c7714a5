package org.ionhop.trajectory;

import java.util.List;
import java.util.Map;

import org.ionhop.io.InvalidSettingException;

/**
 * How a trajectory is read into {@link Displacements}.
 *
 * @param mobile            element symbols of the mobile species (at least one)
 * @param framework         element symbols of the framework whose drift is removed; empty means every species that
 *                          is not mobile
 * @param drift             drift correction
 * @param frameIntervalPs   time between stored frames in ps given by the user (time step x stride), or NaN to take it
 *                          from the file; a user value wins over the file's
 * @param lammpsTypes       element per LAMMPS atom type
 * @param lammpsTimestepFs  LAMMPS MD time step in fs, or NaN
 * @param memoryBudgetBytes heap bytes the ion series may use before they move to a temporary file
 */
public record LoadSettings(List<String> mobile, List<String> framework, DriftCorrection drift, double frameIntervalPs,
                           Map<Integer, String> lammpsTypes, double lammpsTimestepFs, long memoryBudgetBytes) {
    /** Validates and copies. */
    public LoadSettings {
        InvalidSettingException.require(mobile != null && !mobile.isEmpty(), "mobile",
                "expected at least one mobile species, got none");
        mobile = List.copyOf(mobile);
        framework = List.copyOf(framework);
        lammpsTypes = Map.copyOf(lammpsTypes);
        InvalidSettingException.require(Double.isNaN(frameIntervalPs) || frameIntervalPs > 0
                && frameIntervalPs < Double.POSITIVE_INFINITY, "frameIntervalPs",
                "expected a time between frames above 0 ps, got " + frameIntervalPs + " ps");
        InvalidSettingException.require(Double.isNaN(lammpsTimestepFs) || lammpsTimestepFs > 0
                && lammpsTimestepFs < Double.POSITIVE_INFINITY, "lammpsTimestepFs",
                "expected an MD time step above 0 fs, got " + lammpsTimestepFs + " fs");
        InvalidSettingException.require(memoryBudgetBytes > 0, "memoryBudgetBytes",
                "expected a positive number of bytes, got " + memoryBudgetBytes);
    }

    /** Defaults: mass-weighted drift correction, framework = all other species, a quarter of the heap. */
    public static LoadSettings of(String... mobile) {
        return new LoadSettings(List.of(mobile), List.of(), DriftCorrection.MASS_WEIGHTED, Double.NaN, Map.of(),
                Double.NaN, Runtime.getRuntime().maxMemory() / 4);
    }

    /** A copy with the framework species. */
    public LoadSettings withFramework(List<String> species) {
        return new LoadSettings(mobile, species, drift, frameIntervalPs, lammpsTypes, lammpsTimestepFs,
                memoryBudgetBytes);
    }

    /** A copy with another drift correction. */
    public LoadSettings withDrift(DriftCorrection d) {
        return new LoadSettings(mobile, framework, d, frameIntervalPs, lammpsTypes, lammpsTimestepFs,
                memoryBudgetBytes);
    }

    /** A copy with the time between frames (ps) given by the user. */
    public LoadSettings withFrameIntervalPs(double ps) {
        return new LoadSettings(mobile, framework, drift, ps, lammpsTypes, lammpsTimestepFs, memoryBudgetBytes);
    }

    /** A copy with the LAMMPS type map and time step. */
    public LoadSettings withLammps(Map<Integer, String> types, double timestepFs) {
        return new LoadSettings(mobile, framework, drift, frameIntervalPs, types, timestepFs, memoryBudgetBytes);
    }

    /** A copy with another memory budget. */
    public LoadSettings withMemoryBudgetBytes(long bytes) {
        return new LoadSettings(mobile, framework, drift, frameIntervalPs, lammpsTypes, lammpsTimestepFs, bytes);
    }
}
