package io.github.camelcalendly.polling;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Queue;

import io.github.camelcalendly.CalendlyConstants;
import io.github.camelcalendly.CalendlyEndpoint;
import io.github.camelcalendly.CalendlyValidationException;
import io.github.camelcalendly.operation.Operation;
import org.apache.camel.CamelExchangeException;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Processor;
import org.apache.camel.ShutdownRunningTask;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
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
 * A poll is a batch, as Camel's batch consumers make them: each exchange carries {@link Exchange#BATCH_INDEX} (from
 * 0), {@link Exchange#BATCH_SIZE} (the items this poll emits) and {@link Exchange#BATCH_COMPLETE} (true on the last
 * one). The endpoint's {@code maxMessagesPerPoll} (0, the default, for no limit) caps a batch at the oldest changes;
 * the newer ones are left for the next poll, since the watermark moves only past emitted items. With Camel's
 * {@code greedy=true} that next poll runs at once. When Camel shuts the route down during a batch, the batch stops
 * after the current item unless the shutdown is asked to complete all tasks; the rest comes with the next poll.
 * Stopping the consumer itself (as camel-master does when the instance loses the leadership) also lets the item in
 * progress be processed to its end and recorded before the stop returns, within the CamelContext's shutdown timeout.
 * When the CamelContext begins to stop, the batch ends after the item in progress at once (unless the route is to
 * complete all tasks): camel-master stops the route's processors before the consumer it wraps, which would fail an
 * item still in the route.
 * <p>
 * The watermark is saved in the endpoint's {@code stateRepository} (in memory when none is set) after each item the
 * route processed successfully (right after its exchange completed, before the next item is emitted), under a key
 * naming what is listed ({@link PollStateKey}), so a consumer restarted with the same repository neither replays nor
 * skips. A process killed while its route processes an item has not recorded that item, which the next poll emits
 * again: at most one item per polling route. When the route fails an item (its exchange ends with an
 * exception, or is marked rollback-only), the poll stops there and fails with a {@link CamelExchangeException}
 * naming the item and carrying the route's exception, which Camel's poll strategy, back-off and exception handler
 * see; the next poll starts again with the failed item. An exception the route's error handler handled counts as
 * processed. A failure to list (an error answer of Calendly) fails the poll the same way, before anything is
 * emitted.
 * <p>
 * A configured {@code stateRepository} is started with the consumer and handed to the CamelContext, which stops it
 * when it stops, as camel-file does with its idempotentRepository: one repository may keep the watermarks of several
 * routes, so stopping it with one route would wipe what the others read (a FileStateRepository clears its cache when
 * stopped). The in-memory default belongs to the consumer and is stopped with it; Camel makes a new consumer each
 * time the route starts, so a restarted route without a stateRepository starts over and emits every listed item
 * again.
 * <p>
 * Its health is Camel's poll check ({@code consumer:<routeId>}: DOWN after failed polls), switched off with the
 * component's healthCheckConsumerEnabled.
 * <p>
 * Known limits: a change Calendly stamps with an {@code updated_at} earlier than one already emitted (an item that
 * becomes visible late) is not emitted; with {@code maxResults}, only the items within the cap are seen; with
 * {@code paginate=false}, only the first page; an item left over by {@code maxMessagesPerPoll} is emitted by a later
 * poll only if that poll still lists it (a scheduled event that has left the sliding window is not).
 */
public class CalendlyPollingConsumer extends ScheduledBatchPollingConsumer {

    private final CalendlyEndpoint endpoint;
    private final Operation operation;
    /** Stopping waits for the item in progress to be recorded, and no new poll or item starts. */
    private final PollQuiescence quiescence;
    private ContextStoppingListener contextStopping;
    private final Clock clock;
    private CollectionLister lister;
    /** Used when the endpoint sets no stateRepository; lost with the consumer, that is when the route stops. */
    private final MemoryStateRepository inMemory = new MemoryStateRepository();
    private StateRepository<String, String> repository;
    private volatile WatermarkStore store;

    public CalendlyPollingConsumer(CalendlyEndpoint endpoint, Processor processor) {
        this(endpoint, processor, Clock.systemUTC());
    }

    CalendlyPollingConsumer(CalendlyEndpoint endpoint, Processor processor, Clock clock) {
        super(endpoint, processor);
        this.endpoint = endpoint;
        this.operation = endpoint.getOperation();
        this.quiescence = new PollQuiescence(endpoint.getCamelContext(), operation.id());
        this.clock = clock;
        int max = endpoint.getConsumerOptions().getMaxMessagesPerPoll();
        if (max < 0) {
            throw new CalendlyValidationException(operation.id(), "maxMessagesPerPoll", "maxMessagesPerPoll must be"
                    + " 0 (no limit) or a positive number of items per poll, got " + max);
        }
        setMaxMessagesPerPoll(max);
    }

    @Override
    public CalendlyEndpoint getEndpoint() {
        return endpoint;
    }

    @Override
    protected int poll() throws Exception {
        return quiescence.poll(this::isRunAllowed, this::pollOnce);
    }

    private int pollOnce() throws Exception {
        Watermark mark = store().load();
        Map<String, Object> routeOptions = endpoint.getRequestOptions().apiParameterValues();
        List<Map<String, Object>> items = lister.list(ScheduledEventsWindow.overrides(operation, routeOptions, clock,
                Duration.ofMillis(getEndpoint().getConsumerOptions().getPollLookback())));
        Queue<Object> batch = new ArrayDeque<>();
        for (ItemOrder.Keyed keyed : ItemOrder.sorted(items)) {
            if (maxMessagesPerPoll > 0 && batch.size() == maxMessagesPerPoll) {
                break;
            }
            if (mark.admits(keyed.key())) {
                batch.add(exchangeOf(keyed.item()));
            }
        }
        return processBatch(batch);
    }

    /**
     * Runs the route for each exchange in turn, each holding one listed item as its body, and moves the watermark past
     * each item the route processed. Stops when the route fails an item, throwing a {@link CamelExchangeException},
     * or when Camel no longer allows the batch to go on; the exchanges not run are released.
     *
     * @return how many items the route processed
     */
    @Override
    public int processBatch(Queue<Object> exchanges) throws Exception {
        WatermarkStore watermarks = store();
        Watermark mark = watermarks.load();
        int total = exchanges.size();
        int processed = 0;
        try {
            for (int index = 0; index < total && isBatchAllowed(); index++) {
                Exchange exchange = (Exchange) exchanges.poll();
                // read before the route runs: the route may change the body
                Map<String, Object> item = itemOf(exchange);
                ChangeKey key = ItemOrder.keyOf(item);
                Object uri = item.get("uri");
                exchange.setProperty(ExchangePropertyKey.BATCH_INDEX, index);
                exchange.setProperty(ExchangePropertyKey.BATCH_SIZE, total);
                exchange.setProperty(ExchangePropertyKey.BATCH_COMPLETE, index == total - 1);
                pendingExchanges = total - index - 1;
                try {
                    runRoute(exchange, uri);
                } finally {
                    releaseExchange(exchange, false);
                }
                mark = mark.after(key);
                watermarks.save(mark);
                processed++;
            }
        } finally {
            pendingExchanges = 0;
            // not run: their items are still after the watermark, so a later poll emits them
            for (Object left = exchanges.poll(); left != null; left = exchanges.poll()) {
                releaseExchange((Exchange) left, false);
            }
        }
        return processed;
    }

    private Exchange exchangeOf(Map<String, Object> item) {
        Exchange exchange = createExchange(false);
        exchange.getMessage().setBody(item);
        Object uri = item.get("uri");
        if (uri != null) {
            exchange.getMessage().setHeader(CalendlyConstants.RESOURCE_URI, uri);
        }
        return exchange;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> itemOf(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        if (!(body instanceof Map<?, ?> item)) {
            throw new IllegalArgumentException("A calendly polling batch holds exchanges whose body is a listed item"
                    + " (a Map), got " + (body == null ? "null" : body.getClass().getName()));
        }
        return (Map<String, Object>) item;
    }

    /** Runs the route for one item; throws when the route failed it, so the batch stops before the watermark moves. */
    private void runRoute(Exchange exchange, Object uri) throws Exception {
        getProcessor().process(exchange);
        Exception failure = exchange.getException();
        if (failure != null || exchange.isRollbackOnly()) {
            throw new CamelExchangeException("Calendly " + operation.id() + " polling stopped at "
                    + (uri != null ? uri : "an item") + " because the route failed it; the next poll retries it",
                    exchange, failure);
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

    /** The repository the watermark is kept in: the configured one, else the in-memory default. */
    StateRepository<String, String> stateRepository() {
        return repository != null ? repository : inMemory;
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
        store = null;
        // a repository that loads or saves (FileStateRepository) must be started; starting it again is harmless
        if (configured != null) {
            ServiceHelper.startService(configured);
            // possibly shared with other routes: the CamelContext stops it when it stops, not this route
            endpoint.getCamelContext().addService(configured, true, true);
            repository = configured;
        } else {
            ServiceHelper.startService(inMemory);
            repository = inMemory;
        }
        lister = new CollectionLister(endpoint);
        quiescence.resume();
        contextStopping = new ContextStoppingListener(endpoint.getCamelContext(), this::onContextStopping);
        contextStopping.register();
        super.doStart();
    }

    /**
     * Lets a poll in progress end before the scheduler is stopped (which interrupts its thread): once stopping, the
     * batch ends after the item the route is processing, whose watermark is then saved. Waits at most the
     * CamelContext's shutdown timeout; a poll still running then is interrupted, and its item in progress is emitted
     * again by the next poll.
     */
    @Override
    protected void doStop() throws Exception {
        quiescence.quiesce();
        super.doStop();
        if (contextStopping != null) {
            contextStopping.unregister();
            contextStopping = null;
        }
        ServiceHelper.stopService(inMemory);
    }

    /** Whether the batch may go on with its next item: not once the consumer or its CamelContext is stopping. */
    @Override
    public boolean isBatchAllowed() {
        return !quiescence.quiescing() && super.isBatchAllowed();
    }

    /** The CamelContext begins to stop: quiesce, unless the route is to complete every item of its batch. */
    private void onContextStopping() {
        if (getRoute() == null || getRoute().getShutdownRunningTask() != ShutdownRunningTask.CompleteAllTasks) {
            quiescence.quiesce();
        }
    }
}
