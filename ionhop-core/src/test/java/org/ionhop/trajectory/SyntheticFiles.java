package org.ionhop.trajectory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.ionhop.structure.Lattice;

/**
 * One seeded trajectory written in every supported format, so that the readers can be checked against each other
 * and against the known unwrapped positions. Li atoms take large Brownian steps (so they cross the cell), O atoms
 * vibrate; every atom also drifts by a common velocity.
 */
final class SyntheticFiles {
    final Lattice lattice = Lattice.fromParameters(9.0, 10.0, 11.0, 80, 95, 100);
    final List<String> species = List.of("Li", "O", "Li", "O", "Li", "O");
    final int frames;
    /** True unwrapped Cartesian positions [frame][3 * atom + axis]. */
    final double[][] cart;

    SyntheticFiles(int frames, long seed, double[] driftPerFrame) {
        this.frames = frames;
        SplittableRandom r = new SplittableRandom(seed);
        int n = species.size();
        cart = new double[frames][3 * n];
        double[] home = new double[3 * n];
        for (int i = 0; i < 3 * n; i++) {
            home[i] = 3 + 5 * r.nextDouble();
        }
        double[] walk = home.clone();
        for (int f = 0; f < frames; f++) {
            for (int i = 0; i < n; i++) {
                for (int a = 0; a < 3; a++) {
                    int k = 3 * i + a;
                    if (species.get(i).equals("Li")) {
                        if (f > 0) {
                            walk[k] += 0.8 * Walks.gaussian(r);
                        }
                        cart[f][k] = walk[k] + f * driftPerFrame[a];
                    } else {
                        cart[f][k] = home[k] + 0.05 * Walks.gaussian(r) + f * driftPerFrame[a];
                    }
                }
            }
        }
    }

    private double[] frac(int f, int i) {
        return lattice.toFractional(new double[] {cart[f][3 * i], cart[f][3 * i + 1], cart[f][3 * i + 2]});
    }

    private static double wrap(double x) {
        return x - Math.floor(x);
    }

    private static String num(double x) {
        return String.format(Locale.ROOT, "%.10f", x);
    }

    private String matrixRows() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            b.append(' ').append(num(lattice.component(i, 0))).append(' ').append(num(lattice.component(i, 1)))
                    .append(' ').append(num(lattice.component(i, 2))).append('\n');
        }
        return b.toString();
    }

    /** VASP 5 XDATCAR with species grouped (Li first, then O): atom order differs from {@link #species}. */
    String xdatcar(boolean repeatHeader) {
        StringBuilder b = new StringBuilder();
        int[] order = groupedOrder();
        for (int f = 0; f < frames; f++) {
            if (f == 0 || repeatHeader) {
                b.append("synthetic\n1.0\n").append(matrixRows()).append("Li O\n3 3\n");
            }
            b.append("Direct configuration= ").append(f + 1).append('\n');
            for (int i : order) {
                double[] fr = frac(f, i);
                b.append(num(wrap(fr[0]))).append(' ').append(num(wrap(fr[1]))).append(' ').append(num(wrap(fr[2])))
                        .append('\n');
            }
        }
        return b.toString();
    }

    /** Atoms grouped by species as VASP requires: Li 0, 2, 4 then O 1, 3, 5. */
    int[] groupedOrder() {
        return new int[] {0, 2, 4, 1, 3, 5};
    }

    /** Extended XYZ with wrapped Cartesian positions and a time key (fs). */
    String extxyz(double dtFs) {
        StringBuilder b = new StringBuilder();
        for (int f = 0; f < frames; f++) {
            b.append(species.size()).append('\n').append("Lattice=\"");
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    b.append(num(lattice.component(i, j))).append(i == 2 && j == 2 ? "" : " ");
                }
            }
            b.append("\" Properties=species:S:1:pos:R:3:forces:R:3 time=").append(f * dtFs).append(" pbc=\"T T T\"\n");
            for (int i = 0; i < species.size(); i++) {
                double[] fr = frac(f, i);
                double[] c = lattice.toCartesian(new double[] {wrap(fr[0]), wrap(fr[1]), wrap(fr[2])});
                b.append(species.get(i)).append(' ').append(num(c[0])).append(' ').append(num(c[1])).append(' ')
                        .append(num(c[2])).append(" 0 0 0\n");
            }
        }
        return b.toString();
    }

    /** vasprun.xml with POTIM, TEBEG and fractional positions per ionic step. */
    String vasprun(double potimFs, double temperatureK) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<modeling>\n");
        b.append(" <incar>\n  <i name=\"POTIM\">    ").append(potimFs).append("</i>\n  <i name=\"TEBEG\">  ")
                .append(temperatureK).append("</i>\n </incar>\n");
        b.append(" <atominfo>\n  <atoms>6</atoms>\n  <array name=\"atoms\">\n   <dimension dim=\"1\">ion</dimension>\n")
                .append("   <field type=\"string\">element</field>\n   <field type=\"int\">atomtype</field>\n   <set>\n");
        for (String s : species) {
            b.append("    <rc><c>").append(s).append(" </c><c>   1</c></rc>\n");
        }
        b.append("   </set>\n  </array>\n </atominfo>\n");
        b.append(" <structure name=\"initialpos\">\n  <crystal>\n   <varray name=\"basis\">\n");
        b.append(vectors()).append("   </varray>\n  </crystal>\n </structure>\n");
        for (int f = 0; f < frames; f++) {
            b.append(" <calculation>\n  <structure>\n   <crystal>\n    <varray name=\"basis\">\n").append(vectors())
                    .append("    </varray>\n   </crystal>\n   <varray name=\"positions\">\n");
            for (int i = 0; i < species.size(); i++) {
                double[] fr = frac(f, i);
                b.append("    <v> ").append(num(wrap(fr[0]))).append(' ').append(num(wrap(fr[1]))).append(' ')
                        .append(num(wrap(fr[2]))).append(" </v>\n");
            }
            b.append("   </varray>\n  </structure>\n  <energy><i name=\"e_fr_energy\"> -1.0 </i></energy>\n")
                    .append(" </calculation>\n");
        }
        return b.append("</modeling>\n").toString();
    }

    private String vectors() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            b.append("     <v> ").append(num(lattice.component(i, 0))).append(' ').append(num(lattice.component(i, 1)))
                    .append(' ').append(num(lattice.component(i, 2))).append(" </v>\n");
        }
        return b.toString();
    }

    /**
     * LAMMPS dump (triclinic box, origin shifted to -1, -2, -3) in shuffled atom order.
     *
     * @param style "image" (x y z with ix iy iz), "unwrapped" (xu yu zu), "scaled" (xs ys zs, wrapped, no images)
     */
    String lammps(String style, int stepStride, long seed) {
        double[] origin = {-1, -2, -3};
        double lx = lattice.component(0, 0);
        double xy = lattice.component(1, 0);
        double ly = lattice.component(1, 1);
        double xz = lattice.component(2, 0);
        double yz = lattice.component(2, 1);
        double lz = lattice.component(2, 2);
        double xlob = origin[0] + Math.min(Math.min(0, xy), Math.min(xz, xy + xz));
        double xhib = origin[0] + lx + Math.max(Math.max(0, xy), Math.max(xz, xy + xz));
        double ylob = origin[1] + Math.min(0, yz);
        double yhib = origin[1] + ly + Math.max(0, yz);
        StringBuilder b = new StringBuilder();
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < species.size(); i++) {
            ids.add(i);
        }
        SplittableRandom r = new SplittableRandom(seed);
        String cols = switch (style) {
            case "image" -> "id type x y z ix iy iz";
            case "unwrapped" -> "id type xu yu zu";
            default -> "type id xs ys zs";
        };
        for (int f = 0; f < frames; f++) {
            Collections.shuffle(ids, new java.util.Random(r.nextLong()));
            b.append("ITEM: TIMESTEP\n").append(1000 + (long) f * stepStride).append("\nITEM: NUMBER OF ATOMS\n")
                    .append(species.size()).append("\nITEM: BOX BOUNDS xy xz yz pp pp pp\n")
                    .append(num(xlob)).append(' ').append(num(xhib)).append(' ').append(num(xy)).append('\n')
                    .append(num(ylob)).append(' ').append(num(yhib)).append(' ').append(num(xz)).append('\n')
                    .append(num(origin[2])).append(' ').append(num(origin[2] + lz)).append(' ').append(num(yz))
                    .append("\nITEM: ATOMS ").append(cols).append('\n');
            for (int i : ids) {
                int type = species.get(i).equals("Li") ? 1 : 2;
                double[] fr = frac(f, i);
                switch (style) {
                    case "image" -> {
                        double[] w = {wrap(fr[0]), wrap(fr[1]), wrap(fr[2])};
                        double[] c = lattice.toCartesian(w);
                        b.append(i + 1).append(' ').append(type).append(' ').append(num(c[0] + origin[0])).append(' ')
                                .append(num(c[1] + origin[1])).append(' ').append(num(c[2] + origin[2])).append(' ')
                                .append((long) Math.floor(fr[0])).append(' ').append((long) Math.floor(fr[1]))
                                .append(' ').append((long) Math.floor(fr[2])).append('\n');
                    }
                    case "unwrapped" -> b.append(i + 1).append(' ').append(type).append(' ')
                            .append(num(cart[f][3 * i] + origin[0])).append(' ').append(num(cart[f][3 * i + 1] + origin[1]))
                            .append(' ').append(num(cart[f][3 * i + 2] + origin[2])).append('\n');
                    default -> b.append(type).append(' ').append(i + 1).append(' ').append(num(wrap(fr[0]))).append(' ')
                            .append(num(wrap(fr[1]))).append(' ').append(num(wrap(fr[2]))).append('\n');
                }
            }
        }
        return b.toString();
    }
}
