package org.ionhop.trajectory;

import java.util.List;

/**
 * What a trajectory file says about itself before its frames.
 *
 * @param source          the file name, for messages
 * @param format          the format that was read ("XDATCAR", "vasprun.xml", "extxyz", "LAMMPS dump")
 * @param species         element symbol of each atom, in file order
 * @param frameIntervalPs time between consecutive frames in ps when the file states it, otherwise NaN
 * @param stepIntervalPs  time of one MD step in ps when known (frames carry step numbers), otherwise NaN
 * @param temperatureK    thermostat temperature when the file states it, otherwise NaN
 * @param unwrapped       true when the coordinates are already unwrapped (LAMMPS xu or image flags), so
 *                        displacements between frames are taken as they are, without the minimum image
 */
public record TrajectoryHeader(String source, String format, List<String> species, double frameIntervalPs,
                               double stepIntervalPs, double temperatureK, boolean unwrapped) {
    /** Number of atoms. */
    public int atoms() {
        return species.size();
    }
}
