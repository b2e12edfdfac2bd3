package io.github.camelcalendly.client;

import java.io.IOException;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a call again after a failed attempt when its {@link RetryPolicy} allows, waiting as the policy says, and
 * never past the call's deadline: a retry whose wait would outlast the deadline is not started, and the last
 * answer (or I/O error) stands.
 */
public final class RetryStep implements CallStep {

    private static final Logger LOG = LoggerFactory.getLogger(RetryStep.class);

    private final Sleeper sleeper;
    private final LongSupplier nanoClock;
    private final DoubleSupplier random;

    /**
     * @param sleeper   how to wait between attempts
     * @param nanoClock the clock the deadline is measured on, {@code System::nanoTime} outside tests
     * @param random    jitter for backoff, in [0, 1)
     */
    public RetryStep(Sleeper sleeper, LongSupplier nanoClock, DoubleSupplier random) {
        this.sleeper = sleeper;
        this.nanoClock = nanoClock;
        this.random = random;
    }

    @Override
    public CalendlyResponse handle(HttpCall call, CallChain next) throws IOException {
        RetryPolicy policy = new RetryPolicy(call.retry(), random);
        while (true) {
            int attempt = call.attempt();
            long wait;
            CalendlyResponse response = null;
            try {
                response = next.proceed(call).withAttempts(attempt);
                if (response.statusCode() < 400) {
                    return response;
                }
                wait = policy.afterStatus(call.operation(), call.method(), attempt, response);
            } catch (CallTimeoutException e) {
                throw timedOut(call, e);
            } catch (IOException e) {
                wait = policy.afterIoError(call.operation(), call.method(), attempt, e);
                if (wait == RetryPolicy.GIVE_UP || !fitsDeadline(call, wait)) {
                    throw unreachable(call, attempt, e);
                }
                pause(call, wait, e.getClass().getSimpleName());
                call.nextAttempt();
                continue;
            }
            if (wait == RetryPolicy.GIVE_UP || !fitsDeadline(call, wait)) {
                return response;
            }
            pause(call, wait, "HTTP " + response.statusCode());
            call.nextAttempt();
        }
    }

    private boolean fitsDeadline(HttpCall call, long waitMillis) {
        return waitMillis < call.deadline().remainingMillis(nanoClock.getAsLong());
    }

    private void pause(HttpCall call, long waitMillis, String cause) throws IOException {
        LOG.debug("{} attempt {} failed ({}); retrying in {} ms", call.describe(), call.attempt(), cause, waitMillis);
        try {
            sleeper.sleep(waitMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("Interrupted while waiting to retry " + call.describe());
        }
    }

    private static IOException unreachable(HttpCall call, int attempt, IOException e) {
        return new IOException(call.describe() + " could not reach " + call.uri().getHost() + ":" + call.uri().getPort()
                               + (attempt > 1 ? " after " + attempt + " attempts" : "") + ": " + e.getMessage(), e);
    }

    private static CallTimeoutException timedOut(HttpCall call, CallTimeoutException e) {
        CallTimeoutException timeout = new CallTimeoutException(call.describe() + " did not finish within callTimeout="
                + call.deadline().timeoutMillis() + " ms" + (call.attempt() > 1 ? " (" + call.attempt()
                + " attempts)" : "") + ": " + e.getMessage());
        timeout.initCause(e);
        return timeout;
    }
}
