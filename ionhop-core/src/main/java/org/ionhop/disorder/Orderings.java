package org.ionhop.disorder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.ionhop.io.NumericalFailureException;

/**
 * Ordered configurations of a variant. Ordering (or start) i draws from a generator seeded by (seed, i) alone, so
 * the result does not depend on the number of threads or on the order in which they run.
 */
final class Orderings {
    private Orderings() {
    }

    /** One configuration: species per position, its start index and generator seed. */
    record Config(Variant.Species[] assignment, int start, long seed) {
        /** Copies the assignment, so that a configuration cannot change after it is made. */
        Config {
            assignment = assignment.clone();
        }

        @Override
        public Variant.Species[] assignment() {
            return assignment.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Config c && Arrays.equals(assignment, c.assignment) && start == c.start && seed == c.seed;
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(assignment) + Long.hashCode(seed) + start;
        }

        @Override
        public String toString() {
            return "Config[start=" + start + ", seed=" + seed + "]";
        }
    }

    /** The generator seed of start i (SplitMix64 finaliser of seed and i, so nearby seeds give unrelated streams). */
    static long seedOf(long seed, int i) {
        long z = seed * 0x9E3779B97F4A7C15L + (i + 1) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * A random ordering: every sublattice's contents shuffled over its positions (Fisher-Yates); interstitials are
     * placed one by one on shuffled candidates at least {@code minSeparationA} from each other.
     */
    static Config random(Variant v, long seed, int i, double minSeparationA) {
        long s = seedOf(seed, i);
        SplittableRandom rng = new SplittableRandom(s);
        Variant.Species[] a = new Variant.Species[v.positions()];
        for (Variant.Sublattice sub : v.sublattices()) {
            int[] p = sub.positions();
            List<Variant.Species> c = sub.contents();
            if (sub.interstitial()) {
                placeInterstitials(v, sub, rng, a, minSeparationA);
                continue;
            }
            Variant.Species[] shuffled = c.toArray(new Variant.Species[0]);
            for (int k = shuffled.length - 1; k > 0; k--) {
                int j = rng.nextInt(k + 1);
                Variant.Species t = shuffled[k];
                shuffled[k] = shuffled[j];
                shuffled[j] = t;
            }
            for (int k = 0; k < p.length; k++) {
                a[p[k]] = shuffled[k];
            }
        }
        return new Config(a, i, s);
    }

    private static void placeInterstitials(Variant v, Variant.Sublattice sub, SplittableRandom rng,
                                           Variant.Species[] a, double minSep) {
        int[] p = sub.positions();
        Variant.Species ion = sub.contents().stream().filter(x -> !x.vacancy()).findFirst().orElse(null);
        long n = sub.contents().stream().filter(x -> !x.vacancy()).count();
        for (int attempt = 0; attempt < 200; attempt++) {
            int[] order = p.clone();
            for (int k = order.length - 1; k > 0; k--) {
                int j = rng.nextInt(k + 1);
                int t = order[k];
                order[k] = order[j];
                order[j] = t;
            }
            List<Integer> chosen = new ArrayList<>();
            for (int q : order) {
                if (chosen.size() == n) {
                    break;
                }
                boolean ok = true;
                for (int c : chosen) {
                    if (v.lattice().minimumImageDistance(v.frac().get(q), v.frac().get(c)) < minSep) {
                        ok = false;
                        break;
                    }
                }
                if (ok) {
                    chosen.add(q);
                }
            }
            if (chosen.size() == n) {
                for (int q : p) {
                    a[q] = Variant.Species.VACANCY;
                }
                for (int c : chosen) {
                    a[c] = ion;
                }
                return;
            }
        }
        throw new NumericalFailureException("could not place " + n + " interstitials at least " + minSep
                + " Å apart on " + p.length + " candidate positions in 200 attempts");
    }

    /**
     * Steepest single-swap descent of the Ewald energy: repeatedly swaps the two positions of one sublattice whose
     * exchange lowers the energy most, until no swap lowers it. The energy change of exchanging charges q_i and
     * q_j is d_i V_i + d_j V_j + (d_i^2 Phi_ii + d_j^2 Phi_jj) / 2 + d_i d_j Phi_ij with d_i = q_j - q_i = -d_j and
     * V = Phi q the potentials, which are then updated in O(N).
     */
    static Config relax(Variant v, EwaldMatrix phi, Config start) {
        Variant.Species[] a = start.assignment().clone();
        double[] q = Variant.charges(a);
        double[] pot = phi.potentials(q);
        boolean improved = true;
        int sweeps = 0;
        while (improved && sweeps++ < 10_000) {
            improved = false;
            double best = -1e-9;
            int bi = -1;
            int bj = -1;
            for (Variant.Sublattice sub : v.sublattices()) {
                if (!sub.disordered()) {
                    continue;
                }
                int[] p = sub.positions();
                for (int x = 0; x < p.length; x++) {
                    for (int y = x + 1; y < p.length; y++) {
                        int i = p[x];
                        int j = p[y];
                        double d = q[j] - q[i];
                        if (d == 0) {
                            continue;
                        }
                        double de = d * pot[i] - d * pot[j] + 0.5 * d * d * (phi.get(i, i) + phi.get(j, j))
                                - d * d * phi.get(i, j);
                        if (de < best) {
                            best = de;
                            bi = i;
                            bj = j;
                        }
                    }
                }
            }
            if (bi >= 0) {
                double d = q[bj] - q[bi];
                Variant.Species t = a[bi];
                a[bi] = a[bj];
                a[bj] = t;
                q[bi] += d;
                q[bj] -= d;
                for (int k = 0; k < pot.length; k++) {
                    pot[k] += d * (phi.get(k, bi) - phi.get(k, bj));
                }
                improved = true;
            }
        }
        return new Config(a, start.start(), start.seed());
    }

    /** Generates the configurations of the settings, with their Ewald energies, in the order they are reported. */
    static List<Ranked> generate(Variant v, EwaldMatrix phi, DisorderSettings s) {
        int n = s.mode() == DisorderSettings.Mode.RANDOM ? s.orderings() : s.candidates();
        List<Ranked> all = IntStream.range(0, n).parallel().mapToObj(i -> {
            Config c = random(v, s.seed(), i, s.minSeparationA());
            if (s.mode() == DisorderSettings.Mode.LOW_ENERGY) {
                c = relax(v, phi, c);
            }
            return new Ranked(c, phi.energyEv(Variant.charges(c.assignment())));
        }).toList();
        if (s.mode() == DisorderSettings.Mode.RANDOM) {
            return all;
        }
        // distinct configurations by ascending energy (ties by start index), the lowest n
        List<Ranked> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingDouble(Ranked::energyEv).thenComparingInt(r -> r.config().start()));
        List<Ranked> out = new ArrayList<>();
        for (Ranked r : sorted) {
            boolean dup = out.stream().anyMatch(o -> Arrays.equals(o.config().assignment(), r.config().assignment()));
            if (!dup) {
                out.add(r);
            }
            if (out.size() == s.orderings()) {
                break;
            }
        }
        return out;
    }

    /** A configuration with its Ewald energy (eV). */
    record Ranked(Config config, double energyEv) {
    }
}
