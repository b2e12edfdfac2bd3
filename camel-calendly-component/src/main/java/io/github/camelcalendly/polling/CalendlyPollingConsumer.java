package io.github.camelcalendly.polling;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.github.camelcalendly.CalendlyConstants;
import io.github.camelcalendly.CalendlyEndpoint;
import io.github.camelcalendly.operation.Operation;
import org.apache.camel.CamelExchangeException;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.support.service.ServiceHelper;

/**
 * Polls a list operation for {@code from("calendly:<resource>?op=list&...&delay=60000")} and emits one exchange per
 * item that is new or changed since the last poll, oldest change first. The body is the item (a Map in Calendly's
 * field names) and header {@link CalendlyConstants#RESOURCE_URI} its {@code uri}.
 * <p>
 * Each poll lists with the endpoint's options, exactly as the producer does (every page unless
 * {@code paginate=false}, at most {@code maxResults} items, pages of {@code count}, every filter). What was already
 * emitted is told apart by a {@link Watermark}: an item with {@code updated_at} (else {@code created_at}) is emitted
 * when that time and its uri lie after the watermark, so it is emitted again after each change; an item with
 * neither is emitted once by its uri. Scheduled events are polled in a sliding start-time window, see
 * {@link ScheduledEventsWindow}.
 * <p>
 * The watermark is saved in the endpoint's {@code stateRepository} (in memory when none is set) after each item the
 * route processed successfully, under a key naming what is listed ({@link PollStateKey}), so a consumer restarted
 * with the same repository neither replays nor skips. When the route fails an item (its exchange ends with an
 * exception, or is marked rollback-only), the poll stops there and fails with a {@link CamelExchangeException}
 * naming the item and carrying the route's exception, which Camel's poll strategy, back-off and exception handler
 * see; the next poll starts again with the failed item. An exception the route's error handler handled counts as
 * processed. A failure to list (an error answer of Calendly) fails the poll the same way, before anything is
 * emitted.
 * <p>
 * Its health is Camel's poll check ({@code consumer:<routeId>}: DOWN after failed polls), switched off with the
 * component's healthCheckConsumerEnabled.
 * <p>
 * Known limits: a change Calendly stamps with an {@code updated_at} earlier than one already emitted (an item that
 * becomes visible late) is not emitted; with {@code maxResults}, only the items within the cap are seen; with
 * {@code paginate=false}, only the first page.
 */
public class CalendlyPollingConsumer extends ScheduledPollConsumer {

    private final CalendlyEndpoint endpoint;
    private final Operation operation;
    private final Clock clock;
    private CollectionLister lister;
    /** Used when the endpoint sets no stateRepository; kept across restarts of the route, lost with the consumer. */
    private final StateRepository<String, String> inMemory = new MemoryStateRepository();
    private StateRepository<String, String> repository;
    private volatile WatermarkStore store;

    public CalendlyPollingConsumer(CalendlyEndpoint endpoint, Processor processor) {
        this(endpoint, processor, Clock.systemUTC());
    }

    CalendlyPollingConsumer(CalendlyEndpoint endpoint, Processor processor, Clock clock) {
        super(endpoint, processor);
        this.endpoint = endpoint;
        this.operation = endpoint.getOperation();
        this.clock = clock;
    }

    @Override
    public CalendlyEndpoint getEndpoint() {
        return endpoint;
    }

    @Override
    protected int poll() throws Exception {
        WatermarkStore watermarks = store();
        Watermark mark = watermarks.load();
        Map<String, Object> routeOptions = endpoint.getRequestOptions().apiParameterValues();
        List<Map<String, Object>> items = lister.list(ScheduledEventsWindow.overrides(operation, routeOptions, clock,
                Duration.ofMillis(getEndpoint().getConsumerOptions().getPollLookback())));
        int emitted = 0;
        for (ItemOrder.Keyed keyed : ItemOrder.sorted(items)) {
            if (!isRunAllowed()) {
                break;
            }
            if (!mark.admits(keyed.key())) {
                continue;
            }
            emit(keyed.item());
            mark = mark.after(keyed.key());
            watermarks.save(mark);
            emitted++;
        }
        return emitted;
    }

    /** Runs the route for one item; throws when the route failed it, so the poll stops before the watermark moves. */
    private void emit(Map<String, Object> item) throws Exception {
        Exchange exchange = createExchange(false);
        try {
            exchange.getMessage().setBody(item);
            Object uri = item.get("uri");
            if (uri != null) {
                exchange.getMessage().setHeader(CalendlyConstants.RESOURCE_URI, uri);
            }
            getProcessor().process(exchange);
            Exception failure = exchange.getException();
            if (failure != null || exchange.isRollbackOnly()) {
                throw new CamelExchangeException("Calendly " + operation.id() + " polling stopped at "
                        + (uri != null ? uri : "an item") + " because the route failed it; the next poll retries it",
                        exchange, failure);
            }
        } finally {
            releaseExchange(exchange, false);
        }
    }

    /** The watermark store; its key may need the connection's identity, so it is made at the first poll. */
    WatermarkStore store() {
        WatermarkStore known = store;
        if (known == null) {
            String key = PollStateKey.of(operation, endpoint.getConnection().baseUrl(),
                    endpoint.getRequestOptions().apiParameterValues(), () -> endpoint.getConnection().identity());
            known = new WatermarkStore(repository, key, endpoint.getComponent().jsonMapper());
            store = known;
        }
        return known;
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        // Camel's poll check (built with the consumer) reports through the route's consumer check
        if (getHealthCheck() != null) {
            getHealthCheck().setEnabled(endpoint.getComponent().isHealthCheckConsumerEnabled());
        }
    }

    @Override
    protected void doStart() throws Exception {
        StateRepository<String, String> configured = endpoint.getConsumerOptions().getStateRepository();
        repository = configured != null ? configured : inMemory;
        store = null;
        // a repository that loads or saves (FileStateRepository) must be started; starting it again is harmless
        ServiceHelper.startService(repository);
        lister = new CollectionLister(endpoint);
        ServiceHelper.startService(lister);
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        ServiceHelper.stopService(lister);
    }
}
