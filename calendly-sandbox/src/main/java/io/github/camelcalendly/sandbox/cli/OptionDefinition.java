package io.github.camelcalendly.sandbox.cli;

import java.util.Objects;

/**
 * One command-line option: how it is written, what it means, its default, and what it changes. The same definition
 * drives parsing and {@code --help}, so the help cannot leave an option out.
 *
 * @param name        the option, like {@code --port}
 * @param valueName   what its value is called in the help, like {@code N}; {@code null} for a flag that takes none
 * @param defaultText the default as the help shows it
 * @param description what the option does
 * @param example     a valid value that differs from the default ({@code null} for a flag)
 * @param effect      applies the (valid) value to the settings being built; fails with a {@link UsageException}
 *                    naming the option when the value is bad
 */
record OptionDefinition(String name, String valueName, String defaultText, String description, String example,
        Effect effect) {

    /** What an option does to the settings being built. */
    @FunctionalInterface
    interface Effect {
        /** Applies {@code value} (null for a flag) given for {@code option}. */
        void apply(LaunchSettings settings, String option, String value);
    }

    public OptionDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(defaultText, "defaultText");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(effect, "effect");
        if (!name.startsWith("--")) {
            throw new IllegalArgumentException("an option starts with --, was " + name);
        }
        if ((valueName == null) != (example == null)) {
            throw new IllegalArgumentException(name + ": an option with a value needs an example, a flag none");
        }
    }

    /** Whether this option is a flag, written without a value. */
    public boolean isFlag() {
        return valueName == null;
    }

    /** The option as the help writes it, like {@code --port N}. */
    public String synopsis() {
        return isFlag() ? name : name + " " + valueName;
    }

    /** The arguments that give this option its example value. */
    public String[] exampleArguments() {
        return isFlag() ? new String[] {name} : new String[] {name, example};
    }
}
