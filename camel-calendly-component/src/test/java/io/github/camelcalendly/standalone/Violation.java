package io.github.camelcalendly.standalone;

/**
 * One place where a file reaches outside the repository.
 *
 * @param file    the file, relative to the repository root, with {@code /} separators
 * @param line    the line, from 1
 * @param problem what the line does wrong
 */
record Violation(String file, int line, String problem) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + problem;
    }
}
