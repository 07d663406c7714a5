package org.ionhop.impedance;

/**
 * One named element of a circuit, with the index of its first parameter in the circuit's parameter vector.
 *
 * @param name   the element's name as written ("R1", "CPE2")
 * @param type   its kind
 * @param offset index of its first parameter
 */
public record CircuitElement(String name, ElementType type, int offset) {
    /** Name of parameter k: the element name, plus a suffix for elements with several ("CPE1_Q", "CPE1_n"). */
    public String parameterName(int k) {
        return name + type.suffix(k);
    }
}
