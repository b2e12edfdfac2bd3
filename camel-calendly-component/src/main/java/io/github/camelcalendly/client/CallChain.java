package io.github.camelcalendly.client;

import java.io.IOException;
import java.util.List;

/**
 * The ordered steps of a connection's calls, the last of which sends the request. Immutable; one chain serves every
 * call of a connection at the same time.
 */
public final class CallChain {

    private final List<CallStep> steps;
    private final int position;

    /** A chain running {@code steps} in order; the last one must send the call rather than pass it on. */
    public static CallChain of(List<CallStep> steps) {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("A call chain needs at least the step that sends");
        }
        return new CallChain(List.copyOf(steps), 0);
    }

    private CallChain(List<CallStep> steps, int position) {
        this.steps = steps;
        this.position = position;
    }

    /** Runs the rest of the chain on {@code call}. */
    public CalendlyResponse proceed(HttpCall call) throws IOException {
        if (position >= steps.size()) {
            throw new IllegalStateException("The last step of the chain passed " + call.describe() + " on");
        }
        return steps.get(position).handle(call, new CallChain(steps, position + 1));
    }
}
