package org.ionhop.structure;

import java.util.Arrays;
import java.util.Locale;

/**
 * A space-group operation on fractional coordinates, {@code x' = R x + t}, with an integer rotation part R
 * and a rational translation t stored exactly as multiples of 1/{@value #DENOMINATOR} (every translation of
 * the 230 space groups in any of their 530 settings is such a multiple: 1/2, 1/3, 1/4, 1/6, 1/8, 1/12).
 *
 * @param rotation      R in row-major order (9 integers); row i gives x'_i
 * @param translation24 t in units of 1/24, reduced into [0, 24)
 */
public record SymmetryOperation(int[] rotation, int[] translation24) {
    /** The common denominator of translations. */
    public static final int DENOMINATOR = 24;

    /** The identity operation x, y, z. */
    public static final SymmetryOperation IDENTITY = new SymmetryOperation(new int[] {1, 0, 0, 0, 1, 0, 0, 0, 1},
            new int[] {0, 0, 0});

    /** Copies and validates the arrays; translations are reduced mod 1. */
    public SymmetryOperation {
        if (rotation.length != 9 || translation24.length != 3) {
            throw new IllegalArgumentException("a symmetry operation needs 9 rotation and 3 translation entries");
        }
        rotation = rotation.clone();
        translation24 = new int[] {Math.floorMod(translation24[0], DENOMINATOR),
                Math.floorMod(translation24[1], DENOMINATOR), Math.floorMod(translation24[2], DENOMINATOR)};
        int det = determinant(rotation);
        if (det != 1 && det != -1) {
            throw new IllegalArgumentException("rotation part has determinant " + det + ", expected +1 or -1");
        }
    }

    private static int determinant(int[] r) {
        return r[0] * (r[4] * r[8] - r[5] * r[7]) - r[1] * (r[3] * r[8] - r[5] * r[6])
                + r[2] * (r[3] * r[7] - r[4] * r[6]);
    }

    /**
     * Parses an operation in the CIF "x,y,z" notation, e.g. {@code -x+1/2, y, z+1/4}, {@code x-y,x,z},
     * {@code 1/2+X,-Y,Z} or {@code -x+0.5,y,z}: per coordinate a sum of signed terms, each a multiple of x, y
     * or z, or a constant (fraction or decimal).
     *
     * @throws IllegalArgumentException with a message saying what was expected
     */
    public static SymmetryOperation parse(String text) {
        String s = text.replace(" ", "").replace("\t", "").toLowerCase(Locale.ROOT);
        String[] parts = s.split(",", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("expected three comma-separated coordinates in symmetry operation '"
                    + text + "'");
        }
        int[] rot = new int[9];
        int[] t = new int[3];
        for (int i = 0; i < 3; i++) {
            parseCoordinate(parts[i], text, rot, i, t);
        }
        return new SymmetryOperation(rot, t);
    }

    private static void parseCoordinate(String expr, String whole, int[] rot, int row, int[] t) {
        if (expr.isEmpty()) {
            throw new IllegalArgumentException("empty coordinate in symmetry operation '" + whole + "'");
        }
        int pos = 0;
        boolean any = false;
        while (pos < expr.length()) {
            int sign = 1;
            char c = expr.charAt(pos);
            if (c == '+' || c == '-') {
                sign = c == '-' ? -1 : 1;
                pos++;
            } else if (any) {
                throw new IllegalArgumentException("expected + or - in '" + expr + "' of symmetry operation '"
                        + whole + "'");
            }
            int start = pos;
            while (pos < expr.length() && "0123456789./*".indexOf(expr.charAt(pos)) >= 0) {
                pos++;
            }
            String number = expr.substring(start, pos).replace("*", "");
            if (pos < expr.length() && "xyz".indexOf(expr.charAt(pos)) >= 0) {
                int col = expr.charAt(pos) - 'x';
                int coeff = number.isEmpty() ? 1 : (int) Math.round(parseNumber(number, whole));
                rot[3 * row + col] += sign * coeff;
                pos++;
            } else if (!number.isEmpty()) {
                t[row] += sign * toTwentyFourths(parseNumber(number, whole), whole);
            } else {
                throw new IllegalArgumentException("expected x, y, z or a number in '" + expr
                        + "' of symmetry operation '" + whole + "'");
            }
            any = true;
        }
    }

    private static double parseNumber(String s, String whole) {
        try {
            int slash = s.indexOf('/');
            if (slash >= 0) {
                return Double.parseDouble(s.substring(0, slash)) / Double.parseDouble(s.substring(slash + 1));
            }
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a number such as 1/2 or 0.25, found '" + s
                    + "' in symmetry operation '" + whole + "'");
        }
    }

    /** Rounds a translation to the nearest 1/24; decimals written with 4 digits (0.3333) are accepted. */
    private static int toTwentyFourths(double v, String whole) {
        double scaled = v * DENOMINATOR;
        long n = Math.round(scaled);
        if (Math.abs(scaled - n) > 0.01) {
            throw new IllegalArgumentException("translation " + v + " in symmetry operation '" + whole
                    + "' is not a multiple of 1/24 as space-group translations are");
        }
        return (int) n;
    }

    /** A copy of R in row-major order. */
    @Override
    public int[] rotation() {
        return rotation.clone();
    }

    /** A copy of t in units of 1/24. */
    @Override
    public int[] translation24() {
        return translation24.clone();
    }

    /** Rotation element R[i][j]. */
    public int r(int i, int j) {
        return rotation[3 * i + j];
    }

    /** Translation component i as a fraction of the cell edge. */
    public double translation(int i) {
        return translation24[i] / (double) DENOMINATOR;
    }

    /** Applies the operation to fractional coordinates (result not wrapped). */
    public double[] apply(double[] f) {
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            out[i] = rotation[3 * i] * f[0] + rotation[3 * i + 1] * f[1] + rotation[3 * i + 2] * f[2] + translation(i);
        }
        return out;
    }

    /** The product {@code this ∘ other}: first other, then this. */
    public SymmetryOperation compose(SymmetryOperation other) {
        int[] r = new int[9];
        int[] t = new int[3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 3; k++) {
                    r[3 * i + j] += rotation[3 * i + k] * other.rotation[3 * k + j];
                }
                t[i] += rotation[3 * i + j] * other.translation24[j];
            }
            t[i] += translation24[i];
        }
        return new SymmetryOperation(r, t);
    }

    /** The same rotation with a centring (or lattice) translation, given in 1/24, added. */
    public SymmetryOperation plusTranslation(int[] shift24) {
        return new SymmetryOperation(rotation, new int[] {translation24[0] + shift24[0],
                translation24[1] + shift24[1], translation24[2] + shift24[2]});
    }

    /** Whether this is a pure translation by a lattice vector (the identity modulo the lattice). */
    public boolean isIdentity() {
        return equals(IDENTITY);
    }

    /** The operation in x,y,z notation, e.g. {@code -x+1/2,y,z+1/4}. */
    public String toXyz() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            if (i > 0) {
                sb.append(',');
            }
            int len = sb.length();
            for (int j = 0; j < 3; j++) {
                int c = rotation[3 * i + j];
                if (c != 0) {
                    sb.append(c < 0 ? "-" : (sb.length() > len ? "+" : ""));
                    if (Math.abs(c) != 1) {
                        sb.append(Math.abs(c));
                    }
                    sb.append((char) ('x' + j));
                }
            }
            int n = translation24[i];
            if (n != 0) {
                int g = gcd(n, DENOMINATOR);
                sb.append(sb.length() > len ? "+" : "").append(n / g).append('/').append(DENOMINATOR / g);
            }
            if (sb.length() == len) {
                sb.append('0');
            }
        }
        return sb.toString();
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SymmetryOperation s && Arrays.equals(rotation, s.rotation)
                && Arrays.equals(translation24, s.translation24);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(rotation) + Arrays.hashCode(translation24);
    }

    @Override
    public String toString() {
        return toXyz();
    }
}
