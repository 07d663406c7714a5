package org.ionhop.cli.disorder;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.ionhop.cli.common.Json;
import org.ionhop.disorder.DisorderStudy;
import org.ionhop.disorder.EwaldResult;
import org.ionhop.landscape.OxidationStates;
import org.ionhop.structure.StructureReader;

/** {@code ionhop disorder ewald FILE}: the Ewald energy of the formal charges of a structure. */
@Command(name = "ewald", mixinStandardHelpOptions = true,
        description = "Electrostatic (Ewald) energy of the formal charges of a structure, per cell and per formula "
                + "unit; partly occupied sites count with occupancy x charge.")
public final class DisorderEwaldCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Structure file (CIF, POSCAR/CONTCAR, .vasp, XDATCAR: "
            + "first frame).")
    Path file;

    @Option(names = "--oxidation", paramLabel = "El=q,...", descriptionKey = "oxidationStates",
            description = "Formal charges, e.g. Li=1,P=5,S=-2,Cl=-1 (default: from the file, else guessed as in bvse).")
    String oxidationStates;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        EwaldResult r = DisorderStudy.ewald(StructureReader.read(file), OxidationStates.parse(oxidationStates));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(DisorderJson.ewald(file, r)));
        } else {
            out.printf(Locale.ROOT, "%s (Z = %d), charges %s (%s)%n", r.formula(), r.formulaUnits(),
                    r.oxidationStates(), r.oxidationSource().name().toLowerCase(Locale.ROOT));
            out.printf(Locale.ROOT, "Ewald energy %.6f eV per cell, %.6f eV per formula unit (net charge %+.4f e)%n",
                    r.ewaldEnergyEv(), r.ewaldEnergyPerFormulaUnitEv(), r.netChargeE());
        }
        out.flush();
        return 0;
    }
}
