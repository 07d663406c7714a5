package org.ionhop.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine;

import org.ionhop.cli.common.AtomicFiles;

/**
 * The training run of the class-data sharing archive that the {@code ionhop} launcher writes after it builds the
 * jar ({@code java -XX:ArchiveClassesAtExit=ionhop.jsa -cp ionhop.jar org.ionhop.cli.StartupTraining EXAMPLES}).
 * It runs small cases of the common commands on the bundled examples, so that the classes they load (command line,
 * readers, JSON, analyses, and the figures of a run with {@code -o}) are in the archive; later runs map them instead
 * of loading and verifying them again. Output is discarded and failures are ignored: a class that was not loaded
 * here is simply loaded from the jar at run time.
 */
public final class StartupTraining {
    private StartupTraining() {
    }

    /**
     * Runs the training cases.
     *
     * @param args the folder of the bundled examples
     */
    public static void main(String[] args) throws IOException {
        String ex = (args.length > 0 ? args[0] : "examples") + "/";
        Path tmp = Files.createTempDirectory("ionhop-training");
        try {
            run("info", ex + "LiFePO4_pymatgen.cif", "--json");
            run("bvse", ex + "LiFePO4_pymatgen.cif", "--grid", "0.6", "--json");
            run("kmc", "--lattice", "sc", "--size", "4", "--vacancies", "1", "--steps", "4000", "--replicas", "1",
                    "--json", "-o", tmp.toString());
            run("eis", ex + "eis/impedancepy_Circuit3_EIS_1.z", "--circuit", "R0-p(R1,C1)", "--json");
            run("md", ex + "Li6PS5Cl_50p_run1_500K_XDATCAR.gz", "--ion", "Li", "--temperature", "500",
                    "--timestep-fs", "2", "--stride", "50", "--json");
            run("defects", ex + "Li2S_defects.yaml", "--json");
            run("transport", "sigma", "--c", "2.44e22", "--a", "2.0", "--nu0", "10", "--dH", "0.30", "-T", "300",
                    "--json");
        } finally {
            AtomicFiles.deleteTree(tmp);
        }
    }

    private static void run(String... args) {
        CommandLine cl = Main.newCommandLine(false, args);
        PrintWriter discard = new PrintWriter(new java.io.OutputStreamWriter(OutputStream.nullOutputStream(), java.nio.charset.StandardCharsets.UTF_8));
        cl.setOut(discard);
        cl.setErr(discard);
        cl.execute(args);
    }
}
