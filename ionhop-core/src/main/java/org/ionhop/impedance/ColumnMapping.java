package org.ionhop.impedance;

/**
 * Which columns of a generic text table hold f, Z' and Z'', and whether the file stores -Z''.
 *
 * @param frequencyColumn 0-based column of the frequency in Hz
 * @param realColumn      0-based column of Z' in Ohm
 * @param imagColumn      0-based column of Z'' in Ohm
 * @param imagNegated     true if the column holds -Z'' (BioLogic style), false if it holds signed Z''; when
 *                        {@code null} the reader decides from the column header (a name starting with '-')
 */
public record ColumnMapping(int frequencyColumn, int realColumn, int imagColumn, Boolean imagNegated) {
    /** f, Z', Z'' in the first three columns, sign of Z'' from the header (signed when there is none). */
    public static final ColumnMapping DEFAULT = new ColumnMapping(0, 1, 2, null);

    /** Checks the columns. */
    public ColumnMapping {
        if (frequencyColumn < 0 || realColumn < 0 || imagColumn < 0) {
            throw new IllegalArgumentException("column indices must be >= 0");
        }
        if (frequencyColumn == realColumn || frequencyColumn == imagColumn || realColumn == imagColumn) {
            throw new IllegalArgumentException("frequency, Z' and Z'' columns must differ");
        }
    }

    /** The largest column index used. */
    public int maxColumn() {
        return Math.max(frequencyColumn, Math.max(realColumn, imagColumn));
    }
}
