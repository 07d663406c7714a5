package org.ionhop.cli.neb;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.ionhop.cli.common.Charts;
import org.ionhop.cli.common.Json;
import org.ionhop.cli.common.NetworkJson;
import org.ionhop.cli.common.OutputOptions;
import org.ionhop.cli.common.UnitNames;
import org.ionhop.io.InvalidSettingException;
import org.ionhop.neb.NebAnalysis;
import org.ionhop.neb.NebImageResult;
import org.ionhop.neb.NebNetworks;
import org.ionhop.neb.NebResult;
import org.ionhop.neb.NebSettings;
import org.ionhop.neb.NetworkMatch;
import org.ionhop.network.SiteNetwork;

/** {@code ionhop neb}: barrier and energy profile of a nudged-elastic-band run, and its site-network hop. */
@Command(name = "neb", mixinStandardHelpOptions = true,
        description = {"Nudged elastic band analysis: reaction coordinate, energy profile interpolated with the tangent "
                + "forces (cubic Hermite), forward and reverse barrier, saddle, convergence and end-point checks.",
                "PATH is a VASP NEB folder (00..NN with OUTCAR/OSZICAR and POSCAR/CONTCAR) or an extended-XYZ band.",
                "With --network: the hop of a site network (ionhop bvse) the band covers, NEB vs E_KRA; with "
                        + "--write-network: a copy of the network with the NEB barrier, for ionhop kmc --network."})
public final class NebCommand implements Callable<Integer> {
    private static final NebSettings DEFAULTS = NebSettings.defaults();

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PATH", description = "VASP NEB folder or extended-XYZ band file.")
    Path path;

    @Option(names = "--force-threshold", paramLabel = "EV_A",
            description = "Converged when no atom force perpendicular to the band (climbing image: total) exceeds "
                    + "this, eV/Å (default ${DEFAULT-VALUE}).")
    double forceThresholdEvA = DEFAULTS.forceThresholdEvA();

    @Option(names = "--climbing-image", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "The highest image is a climbing image whose total force must vanish "
                    + "(default ${DEFAULT-VALUE}; --no-climbing-image for plain NEB).")
    boolean climbingImage = DEFAULTS.climbingImage();

    @Option(names = "--match-tolerance", paramLabel = "A",
            description = "Distance within which the moving ion's end positions must match a hop's sites, Å "
                    + "(default ${DEFAULT-VALUE}).")
    double matchToleranceA = DEFAULTS.matchToleranceA();

    @Option(names = "--network", paramLabel = "FILE", description = "Site network JSON (ionhop bvse) of the same "
            + "structure: report the hop the band covers.")
    Path network;

    @Option(names = "--write-network", paramLabel = "OUT", description = "Write a copy of --network with the NEB "
            + "E_KRA on the matched hop.")
    Path writeNetwork;

    @Option(names = "--all-of-type", description = "With --write-network: give the NEB E_KRA to every hop of the "
            + "matched hop's type label (its symmetry equivalents in a bvse network).")
    boolean allOfType;

    @Mixin
    OutputOptions output;

    /** The settings the options describe. */
    NebSettings settings() {
        return new NebSettings(forceThresholdEvA, climbingImage, matchToleranceA);
    }

    @Override
    public Integer call() {
        NebSettings s = settings();
        if (writeNetwork != null && network == null) {
            throw new InvalidSettingException("writeNetwork", "needs --network, the network to copy");
        }
        NebResult r = NebAnalysis.run(path, s);
        List<Path> inputs = new ArrayList<>(List.of(path));
        NetworkMatch match = null;
        if (network != null) {
            inputs.add(network);
            SiteNetwork net = NetworkJson.read(network);
            Optional<NetworkMatch> m = NebNetworks.match(r, net, s.matchToleranceA());
            if (m.isEmpty() && writeNetwork != null) {
                throw new InvalidSettingException("network", "no hop of " + network + " has end sites within "
                        + s.matchToleranceA() + " Å of the moving " + r.movingSpecies() + " atom's end positions");
            }
            match = m.orElse(null);
            if (writeNetwork != null) {
                SiteNetwork sub = NebNetworks.substitute(net, match, allOfType);
                NetworkJson.write(sub, Json.meta("neb", inputs, null, UnitNames.of("energy", "length"), s),
                        writeNetwork);
            }
        }
        if (output.writeFiles()) { // figures only with -o
            writeFigure(r);
        }
        PrintWriter w = spec.commandLine().getOut();
        if (output.json) {
            w.println(Json.write(NebJson.of(r, network != null, match, inputs, s)));
        } else {
            text(w, r, network != null, match);
        }
        w.flush();
        return 0;
    }

    private void writeFigure(NebResult r) {
        try {
            Files.createDirectories(output.outputDir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Charts.writeSvg(NebCharts.profile(r), output.outputDir.resolve("neb_profile.svg"));
    }

    private static void text(PrintWriter w, NebResult r, boolean networkGiven, NetworkMatch m) {
        w.printf(Locale.ROOT, "%s: %d images, moving %s (atom %d)%n", r.source(), r.images().size(),
                r.movingSpecies(), r.movingAtom() + 1);
        w.println("image  s (Å)    E (eV)   F_par (eV/Å)  F_perp,max (eV/Å)");
        for (NebImageResult i : r.images()) {
            w.printf(Locale.ROOT, "%5d %7.3f %9.4f %12.4f %12.4f%s%n", i.index(), i.reactionCoordinateA(),
                    i.energyEv(), i.forceParallelEvA(), i.maxPerpendicularForceEvA(), i.climbing() ? "  (CI)" : "");
        }
        w.printf(Locale.ROOT, "barrier forward %.4f eV, reverse %.4f eV, E_KRA %.4f eV; saddle at s = %.3f Å "
                + "(nearest image %d)%n", r.barrierForwardEv(), r.barrierReverseEv(), r.kraEv(),
                r.saddleReactionCoordinateA(), r.saddleImage());
        w.printf(Locale.ROOT, "converged: %s (max force %.4f eV/Å, threshold %.3f); end points are minima: %s%n",
                r.convergence().name().toLowerCase(Locale.ROOT), r.maxForceEvA(), r.settings().forceThresholdEvA(),
                r.endpointsAreMinima());
        for (String n : r.notes()) {
            w.println("note: " + n);
        }
        if (networkGiven) {
            if (m == null) {
                w.println("network: no hop matches the moving ion's end positions");
            } else {
                w.printf(Locale.ROOT, "network hop %d (%d -> %d%s): E_KRA %.4f eV, NEB %.4f eV, delta %+.4f eV%n",
                        m.hopIndex(), m.hop().from(), m.hop().to(), m.reversed() ? ", band reversed" : "",
                        m.networkKraEv(), m.nebKraEv(), m.deltaEv());
            }
        }
    }
}
