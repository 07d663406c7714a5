package org.ionhop.cli.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What kind of evidence an input file holds, judged from its name (a folder: from its content); decides which report
 * sections run.
 */
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
    /**
     * A nudged-elastic-band run: an extended-XYZ band whose name says {@code neb} or {@code band}, or a VASP NEB
     * folder (numbered image folders 00, 01, ...).
     */
    NEB,
    /** A 6Li/7Li tracer-exchange table (a text table whose name says {@code exchange}). */
    EXCHANGE,
    /** Anything else. */
    UNKNOWN;

    /** Classifies a file by its name, a folder by its content (a VASP NEB folder is {@link #NEB}). */
    public static InputKind detect(Path path) {
        if (isNebFolder(path)) {
            return NEB;
        }
        String n = String.valueOf(path.getFileName()).toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        // before the trajectory rule: an extended-XYZ band is a sequence of frames too, but not an MD run
        if ((n.endsWith(".xyz") || n.endsWith(".extxyz")) && (n.contains("neb") || n.contains("band"))) {
            return NEB;
        }
        // before the NMR rule: a tracer-exchange table named nmr_exchange.txt belongs to the exchange section only
        if (n.contains("exchange") && (n.endsWith(".txt") || n.endsWith(".dat") || n.endsWith(".csv")
                || n.endsWith(".tsv"))) {
            return EXCHANGE;
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

    /**
     * Whether {@code path} is a VASP NEB folder: it holds the image folders 00 and 01, 00 holds a structure (POSCAR
     * or CONTCAR) and 01 energies (OUTCAR or OSZICAR). The end-point folders are not required to hold an OUTCAR (a
     * NEB run writes none there), so that {@code ionhop neb}'s message about the missing end-point energy reaches
     * the report.
     */
    static boolean isNebFolder(Path path) {
        if (!Files.isDirectory(path)) {
            return false;
        }
        Path first = path.resolve("00");
        Path second = path.resolve("01");
        return Files.isDirectory(first) && Files.isDirectory(second)
                && (Files.isRegularFile(first.resolve("POSCAR")) || Files.isRegularFile(first.resolve("CONTCAR")))
                && (Files.isRegularFile(second.resolve("OUTCAR")) || Files.isRegularFile(second.resolve("OSZICAR")));
    }
}
