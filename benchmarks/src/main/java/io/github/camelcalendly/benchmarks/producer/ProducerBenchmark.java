package io.github.camelcalendly.benchmarks.producer;

import java.util.concurrent.atomic.LongAdder;

import org.apache.camel.ProducerTemplate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One call of one side through its {@code direct:} route, as JMH measures it. {@link ProducerRun} runs it in this
 * JVM (no fork) against the running {@link ProducerFixture}, choosing the route with the {@code endpoint} parameter.
 * Every completed call is counted, warm-up included, so that CPU time can be divided by the calls that spent it.
 */
@State(Scope.Benchmark)
public class ProducerBenchmark {

    /** Calls completed since the last {@link #resetCalls()}, by every JMH thread. */
    private static final LongAdder CALLS = new LongAdder();

    /** The {@code direct:} endpoint to call, e.g. {@code direct:calendly-me}. */
    @Param("direct:calendly-me")
    public String endpoint;

    private ProducerTemplate template;

    @Setup
    public void takeTheRunningFixture() {
        template = ProducerFixture.current().template();
    }

    @Benchmark
    public Object call() {
        Object body = template.requestBody(endpoint, (Object) null);
        CALLS.increment();
        return body;
    }

    static void resetCalls() {
        CALLS.reset();
    }

    static long calls() {
        return CALLS.sum();
    }
}
