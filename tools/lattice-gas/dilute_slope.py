"""First-order (dilute) tracer correlation factor of the non-interacting lattice gas.

To first order in the concentration c a tracer meets one host at a time. Right after a tracer jump along e0 the
site it left is empty for certain, a host-density deficit c behind it. The deficit relaxes by the relative walk
of the tracer-host pair (rate 2 Gamma to every neighbour, the tracer's own site excluded), and the tracer drifts
away from a neighbouring host, so f = 1 - kappa c with

    kappa = -sum_e (e . e0 / a^2) g(e | -e0),

g the Green function (time integral of the occupation probability) of that walk at unit rate per neighbour.
This script solves for g on a periodic box with a small killing rate eps (the box walk is recurrent; the sum
above is finite because sum_e e = 0) and prints kappa next to (1/f0 - 1)/2, f0 the single-vacancy correlation
factor of Compaan and Haven. ionhop's test LatticeGasDiluteTest uses the closed form; this is its check.

Run: python3 tools/lattice-gas/dilute_slope.py   (numpy, scipy; about ten seconds)
"""
import numpy as np
import scipy.sparse as sp
import scipy.sparse.linalg as spl


def kappa(size, eps, steps, to_cartesian):
    dim = len(steps[0])
    sites = size ** dim
    index = np.arange(sites).reshape((size,) * dim)
    rows, cols = [], []
    degree = np.zeros(sites)
    for s in steps:
        target = index
        for axis in range(dim):
            target = np.roll(target, -s[axis], axis=axis)
        source, target = index.ravel(), target.ravel()
        allowed = (source != 0) & (target != 0)  # site 0 holds the tracer
        rows.append(source[allowed])
        cols.append(target[allowed])
        np.add.at(degree, source[allowed], 1)
    r, c = np.concatenate(rows), np.concatenate(cols)
    hops = sp.csr_matrix((np.ones(len(r)), (r, c)), shape=(sites, sites))
    a = (sp.diags(degree + eps) - hops).tocsr()[1:, 1:]

    def unknown(p):
        return index[tuple(x % size for x in p)] - 1

    e0 = np.array(steps[0])
    rhs = np.zeros(sites - 1)
    rhs[unknown(-e0)] = 1
    g, info = spl.cg(a, rhs, rtol=1e-12, maxiter=200000)
    assert info == 0
    c0 = to_cartesian @ e0
    return -sum((to_cartesian @ np.array(e)) @ c0 / (c0 @ c0) * g[unknown(e)] for e in steps)


def both_ways(steps):
    return steps + [tuple(-x for x in s) for s in steps]


LATTICES = {
    # name: (neighbour steps in primitive coordinates, primitive -> Cartesian, f0, box sizes)
    "square": (both_ways([(1, 0), (0, 1)]), np.eye(2), 1 / (np.pi - 1), (101, 201)),
    "simple cubic": (both_ways([(1, 0, 0), (0, 1, 0), (0, 0, 1)]), np.eye(3), 0.65311, (31, 47)),
    "bcc": (both_ways([(1, 0, 0), (0, 1, 0), (0, 0, 1), (1, 1, 1)]),
            np.array([[-1, 1, 1], [1, -1, 1], [1, 1, -1]]).T / 2, 0.72722, (31, 47)),
    "fcc": (both_ways([(1, 0, 0), (0, 1, 0), (0, 0, 1), (1, -1, 0), (0, 1, -1), (1, 0, -1)]),
            np.array([[0, 1, 1], [1, 0, 1], [1, 1, 0]]).T / 2, 0.78146, (31, 47)),
}

if __name__ == "__main__":
    for name, (steps, cart, f0, sizes) in LATTICES.items():
        for size in sizes:
            eps = 1e-2 / size ** 2
            print(f"{name:13s} box {size:4d}: kappa = {kappa(size, eps, steps, cart):.5f}"
                  f"   (1/f0 - 1)/2 = {(1 / f0 - 1) / 2:.5f}", flush=True)
