package io.github.camelcalendly;

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * The options of an endpoint used in {@code from(...)}: the webhook trigger ({@code calendly:webhook}) and the
 * polling consumer of list operations. The scheduler options of polling ({@code delay}, {@code initialDelay}, ...)
 * are Camel's own.
 */
@UriParams
public class CalendlyConsumerOptions {

    public static final String DEFAULT_WEBHOOK_PATH = "/calendly/webhook";

    @UriParam(label = "consumer", defaultValue = DEFAULT_WEBHOOK_PATH,
              description = "calendly:webhook: the HTTP path the trigger serves on the runtime's HTTP server"
                            + " (platform-http).")
    private String webhookPath = DEFAULT_WEBHOOK_PATH;

    @UriParam(label = "consumer",
              description = "calendly:webhook: the public HTTPS URL Calendly delivers to, as seen from the internet"
                            + " (the webhookPath behind your ingress or tunnel). Required when webhookAutoRegister is"
                            + " true.")
    private String webhookExternalUrl;

    @UriParam(label = "consumer", defaultValue = "true",
              description = "calendly:webhook: at start, make sure exactly one subscription exists for"
                            + " webhookExternalUrl with these events and scope: reuse an identical active one, replace"
                            + " one whose events differ or that Calendly disabled, and never touch other URLs.")
    private boolean webhookAutoRegister = true;

    @UriParam(label = "consumer", defaultValue = "false",
              description = "calendly:webhook: delete the subscriptions this route registered when it stops"
                            + " (used as webhook:calendly:webhook, when the route is removed or Camel stops: Camel's"
                            + " webhook component unregisters with the endpoint). Off by default, so deliveries"
                            + " during a restart are retried by Calendly rather than lost. Leave it off when several"
                            + " instances serve one webhookExternalUrl: they share one subscription, and stopping any"
                            + " of them would delete it for all.")
    private boolean unregisterOnStop;

    @UriParam(label = "consumer,security", defaultValue = "180000", javaType = "java.time.Duration",
              description = "calendly:webhook: how far the signature's timestamp may lie from now, in either"
                            + " direction, in milliseconds (or a duration such as 3m); older or future deliveries are"
                            + " rejected as replays.")
    private long signatureTolerance = 180_000L;

    @UriParam(label = "consumer,security", defaultValue = "1048576",
              description = "calendly:webhook: the largest request body accepted, in bytes; larger ones get 413.")
    private int maxBodySize = 1_048_576;

    @UriParam(label = "consumer,advanced",
              description = "calendly:webhook: where delivered events are remembered so a redelivery is acknowledged"
                            + " without running the route again (by event, payload uri and created_at); an in-memory"
                            + " repository of the last 1000 events when not set.")
    private IdempotentRepository idempotentRepository;

    @UriParam(label = "consumer,advanced", defaultValue = "600000", javaType = "java.time.Duration",
              description = "calendly:webhook: how long an event taken by one request (on this or another instance"
                            + " sharing idempotentRepository) counts as being processed, in milliseconds (or a duration"
                            + " such as 10m): redeliveries meanwhile get 409 and Calendly retries them. An event whose"
                            + " instance died before answering is taken over by a redelivery after between one and two"
                            + " times this; keep it above the route's longest run.")
    private long inProgressTimeout = 600_000L;

    @UriParam(label = "consumer,advanced", defaultValue = "platform-http",
              description = "calendly:webhook: the HTTP server component that serves webhookPath (a"
                            + " RestConsumerFactory).")
    private String httpServerComponent = "platform-http";

    @UriParam(label = "consumer,advanced",
              description = "Polling consumer: where the watermark of what was already emitted is kept, so a restart"
                            + " neither replays nor skips; in memory when not set (lost on restart).")
    private StateRepository<String, String> stateRepository;

    @UriParam(label = "consumer", defaultValue = "86400000", javaType = "java.time.Duration",
              description = "Polling scheduledEvents/list without minStartTime: each poll lists the meetings starting"
                            + " from this long before the poll, in milliseconds (or a duration such as 7d), so changes"
                            + " to upcoming meetings and to meetings of this recent past are seen.")
    private long pollLookback = 86_400_000L;

    @UriParam(label = "consumer", defaultValue = "0",
              description = "Polling consumer: the most items one poll emits, oldest change first; the others are left"
                            + " for the next poll, since the watermark moves only past emitted items. 0 for no limit.")
    private int maxMessagesPerPoll;

    public int getMaxMessagesPerPoll() {
        return maxMessagesPerPoll;
    }

    public void setMaxMessagesPerPoll(int maxMessagesPerPoll) {
        this.maxMessagesPerPoll = maxMessagesPerPoll;
    }

    public long getPollLookback() {
        return pollLookback;
    }

    public void setPollLookback(long pollLookback) {
        this.pollLookback = pollLookback;
    }

    public String getWebhookPath() {
        return webhookPath;
    }

    public void setWebhookPath(String webhookPath) {
        this.webhookPath = webhookPath;
    }

    public String getWebhookExternalUrl() {
        return webhookExternalUrl;
    }

    public void setWebhookExternalUrl(String webhookExternalUrl) {
        this.webhookExternalUrl = webhookExternalUrl;
    }

    public boolean isWebhookAutoRegister() {
        return webhookAutoRegister;
    }

    public void setWebhookAutoRegister(boolean webhookAutoRegister) {
        this.webhookAutoRegister = webhookAutoRegister;
    }

    public boolean isUnregisterOnStop() {
        return unregisterOnStop;
    }

    public void setUnregisterOnStop(boolean unregisterOnStop) {
        this.unregisterOnStop = unregisterOnStop;
    }

    public long getSignatureTolerance() {
        return signatureTolerance;
    }

    public void setSignatureTolerance(long signatureTolerance) {
        this.signatureTolerance = signatureTolerance;
    }

    public int getMaxBodySize() {
        return maxBodySize;
    }

    public void setMaxBodySize(int maxBodySize) {
        this.maxBodySize = maxBodySize;
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    public long getInProgressTimeout() {
        return inProgressTimeout;
    }

    public void setInProgressTimeout(long inProgressTimeout) {
        this.inProgressTimeout = inProgressTimeout;
    }

    public String getHttpServerComponent() {
        return httpServerComponent;
    }

    public void setHttpServerComponent(String httpServerComponent) {
        this.httpServerComponent = httpServerComponent;
    }

    public StateRepository<String, String> getStateRepository() {
        return stateRepository;
    }

    public void setStateRepository(StateRepository<String, String> stateRepository) {
        this.stateRepository = stateRepository;
    }

}
