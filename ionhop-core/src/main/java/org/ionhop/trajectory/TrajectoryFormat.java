package org.ionhop.trajectory;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.ionhop.io.InputFormatException;
import org.ionhop.io.TextSource;

/** The trajectory formats ionhop reads, and the choice of one from a file's name or first lines. */
public enum TrajectoryFormat {
    /** VASP 5 XDATCAR. */
    XDATCAR,
    /** VASP vasprun.xml. */
    VASPRUN,
    /** Extended XYZ (ASE). */
    EXTXYZ,
    /** LAMMPS dump custom. */
    LAMMPS_DUMP;

    /**
     * Detects the format: by name first (XDATCAR, vasprun*.xml, *.xyz / *.extxyz, *.lammpstrj / dump*), then by
     * content (an XML declaration, an ITEM: line, a number followed by a Lattice= comment).
     */
    public static TrajectoryFormat detect(Path path) {
        String n = String.valueOf(path.getFileName()).toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        if (n.contains("xdatcar")) {
            return XDATCAR;
        }
        if (n.endsWith(".xml")) {
            return VASPRUN;
        }
        if (n.endsWith(".xyz") || n.endsWith(".extxyz")) {
            return EXTXYZ;
        }
        if (n.endsWith(".lammpstrj") || n.contains("dump")) {
            return LAMMPS_DUMP;
        }
        try (TextSource src = TextSource.open(path)) {
            String first = src.nextLine();
            String second = src.nextLine();
            if (first == null) {
                throw new InputFormatException(path, 0, "expected a trajectory, found an empty file");
            }
            String f = first.strip();
            if (f.startsWith("<?xml") || f.startsWith("<modeling")) {
                return VASPRUN;
            }
            if (f.startsWith("ITEM:")) {
                return LAMMPS_DUMP;
            }
            if (f.matches("\\d+") && second != null && second.contains("Lattice=")) {
                return EXTXYZ;
            }
            return XDATCAR;
        }
    }

    /**
     * A reader for this format.
     *
     * @param lammpsTypes element per LAMMPS type (LAMMPS dumps only)
     * @param lammpsTimestepFs the LAMMPS MD time step in fs, or NaN (LAMMPS dumps only)
     */
    public TrajectoryReader reader(Map<Integer, String> lammpsTypes, double lammpsTimestepFs) {
        return switch (this) {
            case XDATCAR -> new XdatcarReader();
            case VASPRUN -> new VasprunReader();
            case EXTXYZ -> new ExtXyzReader();
            case LAMMPS_DUMP -> new LammpsDumpReader(lammpsTypes, lammpsTimestepFs);
        };
    }
}
