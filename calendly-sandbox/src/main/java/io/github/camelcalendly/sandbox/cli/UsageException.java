package io.github.camelcalendly.sandbox.cli;

/**
 * The command line asked for help or was wrong. The message is the text to print; {@link #exitCode()} is 0 for
 * {@code --help} and 2 for a bad argument.
 */
public final class UsageException extends RuntimeException {

    private final int exitCode;

    UsageException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    /** A bad argument: the problem, then the usage. */
    static UsageException bad(String problem) {
        return new UsageException(2, "Error: " + problem + System.lineSeparator() + SandboxCommandLine.usage());
    }

    public int exitCode() {
        return exitCode;
    }
}
