package io.github.camelcalendly.benchmarks.startup;

/**
 * One child JVM of the start-up suite.
 *
 * @param side           {@code calendly} or {@code plain}
 * @param millisToFirst  from just before the process was started (the parent's clock) to its
 *                       {@value StartupApp#FIRST_CALL_DONE} line
 * @param uptimeMillis   the child's own JVM uptime when it printed the line
 * @param user           the user URI the first call got
 * @param exitCode       the child's exit status
 */
record StartupResult(String side, double millisToFirst, long uptimeMillis, String user, int exitCode) {
}
