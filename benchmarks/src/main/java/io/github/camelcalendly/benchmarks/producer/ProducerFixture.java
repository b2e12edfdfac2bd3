package io.github.camelcalendly.benchmarks.producer;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import io.github.camelcalendly.CalendlyComponent;
import io.github.camelcalendly.benchmarks.responder.PrecomputedResponder;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * What the producer suite measures against: the responder with its precomputed answers and one Camel context holding
 * both sides' routes ({@link ProducerRoutes}). Started once per suite run; the JMH benchmark reaches it through
 * {@link #current()}, since JMH creates its state objects itself.
 */
public final class ProducerFixture implements AutoCloseable {

    private static final AtomicReference<ProducerFixture> CURRENT = new AtomicReference<>();

    private static final Map<Side, String> TOKENS = Map.of(
            Side.CALENDLY, "bench-token-of-the-component",
            Side.PLAIN, "bench-token-of-the-plain-route");

    private final PrecomputedResponder responder;
    private final CalendlyAnswers answers;
    private final CamelContext camel;
    private final ProducerTemplate template;

    private ProducerFixture(
            PrecomputedResponder responder, CalendlyAnswers answers, CamelContext camel, ProducerTemplate template) {
        this.responder = responder;
        this.answers = answers;
        this.camel = camel;
        this.template = template;
    }

    /**
     * Starts the responder and the routes, checks that both sides get the same answers, and makes the fixture the
     * {@link #current()} one.
     */
    public static ProducerFixture start() throws Exception {
        AtomicReference<CalendlyAnswers> built = new AtomicReference<>();
        PrecomputedResponder responder = PrecomputedResponder.start(request -> built.get().answer(request));
        CamelContext camel = null;
        try {
            built.set(CalendlyAnswers.build(responder.baseUrl(), TOKENS));
            camel = new DefaultCamelContext();
            CalendlyComponent component = camel.getComponent("calendly", CalendlyComponent.class);
            component.setBaseUrl(responder.baseUrl());
            component.setAccessToken(TOKENS.get(Side.CALENDLY));
            camel.addRoutes(new ProducerRoutes(responder.baseUrl(), TOKENS.get(Side.PLAIN)));
            camel.start();
            ProducerFixture fixture = new ProducerFixture(responder, built.get(), camel, camel.createProducerTemplate());
            fixture.checkBothSidesAnswerAlike();
            if (!CURRENT.compareAndSet(null, fixture)) {
                throw new IllegalStateException("Another producer fixture is running; close it first");
            }
            return fixture;
        } catch (Exception | Error e) {
            if (camel != null) {
                camel.close();
            }
            responder.close();
            throw e;
        }
    }

    /** The running fixture, for the JMH benchmark; fails when none runs. */
    public static ProducerFixture current() {
        ProducerFixture fixture = CURRENT.get();
        if (fixture == null) {
            throw new IllegalStateException("No producer fixture runs: start one with ProducerFixture.start()");
        }
        return fixture;
    }

    /** The template that calls the {@code direct:} routes of {@link Call#endpoint(Side)}. */
    public ProducerTemplate template() {
        return template;
    }

    /** Makes {@code call} once on {@code side} and returns what the route answered. */
    public Object call(Call call, Side side) {
        return template.requestBody(call.endpoint(side), (Object) null);
    }

    /** How many requests {@code side} sent to the responder so far. */
    public long served(Side side) {
        return answers.served(side);
    }

    /** The responder, for its counts by status. */
    public PrecomputedResponder responder() {
        return responder;
    }

    private void checkBothSidesAnswerAlike() {
        Object calendlyMe = call(Call.ME, Side.CALENDLY);
        Object plainMe = call(Call.ME, Side.PLAIN);
        if (!(calendlyMe instanceof Map<?, ?> user) || !CalendlyAnswers.userUri().equals(user.get("uri"))) {
            throw new IllegalStateException("calendly:users?op=me did not answer the current user: " + calendlyMe);
        }
        if (!(plainMe instanceof Map<?, ?> plain) || !(plain.get("resource") instanceof Map<?, ?> resource)
            || !CalendlyAnswers.userUri().equals(resource.get("uri"))) {
            throw new IllegalStateException("The plain users/me route did not answer the current user: " + plainMe);
        }
        int expected = CalendlyAnswers.PAGES * CalendlyAnswers.PAGE_SIZE;
        for (Side side : Side.values()) {
            Object list = call(Call.LIST, side);
            if (!(list instanceof List<?> items) || items.size() != expected) {
                throw new IllegalStateException("The " + side.label() + " list did not gather " + expected
                        + " events but " + (list instanceof List<?> items ? items.size() + " items" : list));
            }
        }
    }

    @Override
    public void close() throws Exception {
        CURRENT.compareAndSet(this, null);
        try {
            template.close();
            camel.close();
        } finally {
            responder.close();
        }
    }
}
