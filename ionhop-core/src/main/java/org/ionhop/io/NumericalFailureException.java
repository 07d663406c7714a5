package org.ionhop.io;

/**
 * A numerical method that did not reach an answer on valid input: a fit that did not converge, a singular
 * system, a root that could not be bracketed. Distinct from bad input ({@link InputFormatException},
 * {@link InvalidSettingException}): the input was acceptable, the method failed on it. Front ends report it as a
 * failure (exit code 1), never as bad input. Analyses that can go on without the failed part record a status in
 * their result instead of throwing.
 */
public class NumericalFailureException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what failed and on what, as one sentence */
    public NumericalFailureException(String message) {
        super(message);
    }

    /** Same, keeping the underlying cause (a solver's exception). */
    public NumericalFailureException(String message, Throwable cause) {
        super(message, cause);
    }
}
