package org.schooljournal.core.school;

/**
 * A school's setting that breaks its rule once laid over a rule set, such as a negative ARC-7
 * grace. It names the setting as a field of the command ({@code settings.failureGrace}), its value
 * and what is wrong with it, with the rule and the rule set; callers outside see an
 * {@link IllegalArgumentException}.
 */
final class SettingMisfit extends IllegalArgumentException {

    private final String field;
    private final String value;
    private final String rule;

    /**
     * Creates the exception.
     *
     * @param setting the setting's name in {@link SchoolSettings}; empty for the settings as a whole
     * @param value its value
     * @param rule what it breaks, with the rule and the rule set
     */
    SettingMisfit(String setting, String value, String rule, Throwable cause) {
        super((setting.isEmpty() ? "settings" : "settings." + setting) + " = " + value + ": " + rule, cause);
        this.field = setting.isEmpty() ? "settings" : "settings." + setting;
        this.value = value;
        this.rule = rule;
    }

    /** Returns the setting's path in a command, such as {@code settings.failureGrace}. */
    String field() {
        return field;
    }

    /** Returns the setting's value, such as {@code PT-1H}. */
    String value() {
        return value;
    }

    /** Returns what the value breaks, such as {@code must not be negative (ARC-7: …)}. */
    String rule() {
        return rule;
    }
}
