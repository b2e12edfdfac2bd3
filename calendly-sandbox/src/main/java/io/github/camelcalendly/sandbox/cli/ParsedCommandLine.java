package io.github.camelcalendly.sandbox.cli;

import java.util.Set;

import io.github.camelcalendly.sandbox.SandboxOptions;

/**
 * A command line read by {@link SandboxCommandLine}: the sandbox options it asks for and which options it named.
 *
 * @param options the options to start the sandbox with
 * @param given   the names of the options the command line gave, like {@code --webhook-signing-key}
 */
public record ParsedCommandLine(SandboxOptions options, Set<String> given) {

    public ParsedCommandLine {
        given = Set.copyOf(given);
    }

    /** Whether the command line gave {@code option}. */
    public boolean gave(String option) {
        return given.contains(option);
    }
}
