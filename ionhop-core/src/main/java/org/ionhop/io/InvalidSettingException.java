package org.ionhop.io;

/**
 * Bad input that is not a file: a setting with an impossible value (a negative barrier, more ions than sites,
 * a temperature of -5 K). Carries the name of the setting, spelled as the component of the settings record that
 * holds it ({@code "vacancies"}, {@code "attemptFrequencyHz"}), so that a front end can name its own spelling of it
 * (the command line names the flag, the web app the form field). The message says what was expected and what was
 * given, without naming the setting: front ends prefix it.
 */
public class InvalidSettingException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String setting;
    private final String problem;

    /**
     * @param setting the settings-record component that holds the value
     * @param problem what was expected and what was given, as one phrase ("need between 1 and 63, got 100")
     */
    public InvalidSettingException(String setting, String problem) {
        super(setting + ": " + problem);
        this.setting = setting;
        this.problem = problem;
    }

    /** The settings-record component that holds the bad value. */
    public String setting() {
        return setting;
    }

    /** What was expected and what was given, without the setting's name. */
    public String problem() {
        return problem;
    }

    /** Throws unless {@code ok}. */
    public static void require(boolean ok, String setting, String problem) {
        if (!ok) {
            throw new InvalidSettingException(setting, problem);
        }
    }

    /** Requires a finite value greater than zero. */
    public static double positive(String setting, double value) {
        require(Double.isFinite(value) && value > 0, setting, "expected a number > 0, got " + value);
        return value;
    }

    /** Requires a finite value of zero or more. */
    public static double nonNegative(String setting, double value) {
        require(Double.isFinite(value) && value >= 0, setting, "expected a number >= 0, got " + value);
        return value;
    }

    /** Requires a finite value. */
    public static double finite(String setting, double value) {
        require(Double.isFinite(value), setting, "expected a finite number, got " + value);
        return value;
    }
}
