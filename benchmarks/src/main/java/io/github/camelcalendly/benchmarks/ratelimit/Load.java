package io.github.camelcalendly.benchmarks.ratelimit;

import java.util.List;

/**
 * What one run of the suite measured.
 *
 * @param refused          429s the server answered within the measured windows
 * @param failedExchanges  exchanges that ended with an exception at the routes
 * @param grantedPerWindow requests the server granted in each measured window
 * @param allowanceUsed    the requests granted over what the windows allowed
 */
record Load(long refused, long failedExchanges, List<Long> grantedPerWindow, double allowanceUsed) {
}
