package org.ionhop.cli.report;

import java.nio.file.Path;
import java.util.Locale;

/** What kind of evidence an input file holds, judged from its name; decides which report sections run. */
public enum InputKind {
    /** A crystal structure (CIF, POSCAR). */
    STRUCTURE,
    /** An MD trajectory (XDATCAR, vasprun.xml, extended XYZ, LAMMPS dump). */
    TRAJECTORY,
    /** A site network (JSON written by {@code ionhop bvse}). */
    NETWORK,
    /** An impedance spectrum. */
    IMPEDANCE,
    /** NMR relaxometry or PFG-NMR data. */
    NMR,
    /** A defect-chemistry description (YAML/JSON). */
    DEFECTS,
    /** Anything else. */
    UNKNOWN;

    /** Classifies a file by its name. */
    public static InputKind detect(Path path) {
        String n = String.valueOf(path.getFileName()).toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        if (n.endsWith(".cif") || n.contains("poscar") || n.contains("contcar") || n.endsWith(".vasp")) {
            return STRUCTURE;
        }
        if (n.contains("xdatcar") || n.endsWith("vasprun.xml") || n.endsWith(".xyz") || n.endsWith(".extxyz")
                || n.endsWith(".lammpstrj") || n.contains(".dump") || n.startsWith("dump")) {
            return TRAJECTORY;
        }
        if (n.endsWith(".network.json") || n.endsWith("_network.json")) {
            return NETWORK;
        }
        if (n.endsWith(".mpt") || n.endsWith(".dta") || n.endsWith(".z") || n.contains("eis") || n.contains("impedance")) {
            return IMPEDANCE;
        }
        if (n.contains("nmr") || n.contains("t1") || n.contains("pfg")) {
            return NMR;
        }
        if (n.contains("defect") && (n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json"))) {
            return DEFECTS;
        }
        return UNKNOWN;
    }
}
