package io.github.camelcalendly.client;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;

import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.hc.client5.http.classic.HttpClient;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;

/**
 * The last step of every call: sends it with Apache HttpClient 5 and returns status, the reported headers and the
 * body. It follows no redirect (a token must never travel to another host), retries nothing on its own, and aborts
 * an attempt still running when the call's deadline passes.
 * <p>
 * The client is either the component's own pool ({@link #create}), closed with the component, or one the
 * application gave ({@link #wrap}), which the application closes.
 */
public final class CalendlyHttpClient implements CallStep, AutoCloseable {

    private static final String[] REPORTED_HEADERS = {
            CalendlyResponse.RATE_LIMIT_LIMIT, CalendlyResponse.RATE_LIMIT_REMAINING, CalendlyResponse.RATE_LIMIT_RESET,
            CalendlyResponse.RETRY_AFTER, CalendlyResponse.CONTENT_TYPE, CalendlyResponse.LOCATION };

    /** The scheme and authority of a URL up to the {@code @} that ends its user info. */
    private static final Pattern USER_INFO = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*://)[^/?#]*@");

    private final HttpClient http;
    private final boolean owned;
    private final String userAgent;
    private final long responseTimeoutMillis;
    private final ScheduledExecutorService deadlineTimer;

    private CalendlyHttpClient(
            HttpClient http, boolean owned, String userAgent, long responseTimeoutMillis,
            ScheduledExecutorService deadlineTimer) {
        this.http = http;
        this.owned = owned;
        this.userAgent = userAgent;
        this.responseTimeoutMillis = responseTimeoutMillis;
        this.deadlineTimer = deadlineTimer;
    }

    /**
     * The component's own pooled client.
     *
     * @param settings      timeouts, pool size and TLS
     * @param configurer    applied to the builder last, for proxies, interceptors or anything else; may be null
     * @param deadlineTimer aborts attempts that outlast their call's deadline
     */
    public static CalendlyHttpClient create(
            HttpSettings settings, HttpClientConfigurer configurer, ScheduledExecutorService deadlineTimer) {
        PoolingHttpClientConnectionManagerBuilder pool = PoolingHttpClientConnectionManagerBuilder.create()
                // connections that log no header or byte: DEBUG logging must not print a token
                .setConnectionFactory(UnloggedClientConnection.FACTORY)
                .setMaxConnTotal(settings.maxConnections())
                .setMaxConnPerRoute(settings.maxConnections())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(settings.connectTimeoutMillis(), TimeUnit.MILLISECONDS)
                        .setSocketTimeout((int) settings.responseTimeoutMillis(), TimeUnit.MILLISECONDS)
                        .build());
        SSLContext sslContext = settings.sslContext();
        if (sslContext != null) {
            pool.setTlsSocketStrategy(new DefaultClientTlsStrategy(sslContext));
        }
        HttpClientBuilder builder = HttpClients.custom()
                .setConnectionManager(pool.build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(settings.responseTimeoutMillis(), TimeUnit.MILLISECONDS)
                        .setRedirectsEnabled(false)
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .useSystemProperties();
        if (configurer != null) {
            configurer.configureHttpClient(builder);
        }
        return new CalendlyHttpClient(builder.build(), true, settings.userAgent(), settings.responseTimeoutMillis(),
                deadlineTimer);
    }

    /**
     * A client the application built and owns. Each request still sets its own request config (no redirects, and
     * the response timeout the call's deadline leaves), which replaces the client's default request config.
     */
    public static CalendlyHttpClient wrap(HttpClient given, String userAgent, ScheduledExecutorService deadlineTimer) {
        return new CalendlyHttpClient(given, false, userAgent, 0, deadlineTimer);
    }

    /** Whether the component built this client (and so closes it). */
    public boolean isOwned() {
        return owned;
    }

    @Override
    public CalendlyResponse handle(HttpCall call, CallChain next) throws IOException {
        return send(call);
    }

    /** Sends one attempt of {@code call}; aborts it when the call's deadline passes first. */
    public CalendlyResponse send(HttpCall call) throws IOException {
        HttpUriRequestBase request = new HttpUriRequestBase(call.method(), call.uri());
        request.addHeader("Accept", "application/json");
        request.addHeader("User-Agent", userAgent);
        if (call.basicCredentials() != null) {
            request.addHeader("Authorization", "Basic " + call.basicCredentials());
        } else if (call.bearerToken() != null) {
            request.addHeader("Authorization", "Bearer " + call.bearerToken());
        }
        if (call.body() != null) {
            request.setEntity(new ByteArrayEntity(call.body(),
                    call.formEncoded() ? ContentType.APPLICATION_FORM_URLENCODED : ContentType.APPLICATION_JSON));
        }
        long left = call.deadline().remainingMillis(System.nanoTime());
        if (left == 0) {
            throw new CallTimeoutException("no time was left for attempt " + call.attempt());
        }
        request.setConfig(requestConfig(left));
        ScheduledFuture<?> abort = call.deadline().isNone() || deadlineTimer == null ? null
                : deadlineTimer.schedule(request::cancel, left, TimeUnit.MILLISECONDS);
        try {
            return http.execute(request, response -> {
                Map<String, String> headers = new LinkedHashMap<>();
                for (String name : REPORTED_HEADERS) {
                    Header h = response.getFirstHeader(name);
                    if (h != null) {
                        headers.put(name, CalendlyResponse.LOCATION.equals(name) ? withoutSecrets(h.getValue())
                                : h.getValue());
                    }
                }
                byte[] bytes = response.getEntity() == null ? new byte[0]
                        : EntityUtils.toByteArray(response.getEntity());
                return new CalendlyResponse(response.getCode(), headers, bytes, 1);
            });
        } catch (IOException e) {
            if (request.isCancelled() || (!call.deadline().isNone()
                                          && call.deadline().remainingMillis(System.nanoTime()) == 0)) {
                CallTimeoutException timeout = new CallTimeoutException("attempt " + call.attempt()
                        + " was aborted at the deadline");
                timeout.initCause(e);
                throw timeout;
            }
            throw e;
        } finally {
            if (abort != null) {
                abort.cancel(false);
            }
        }
    }

    private RequestConfig requestConfig(long leftMillis) {
        long timeout = responseTimeoutMillis > 0 ? Math.min(responseTimeoutMillis, leftMillis) : leftMillis;
        RequestConfig.Builder config = RequestConfig.custom().setRedirectsEnabled(false);
        if (timeout != Long.MAX_VALUE) {
            config.setResponseTimeout(Timeout.ofMilliseconds(timeout));
        }
        return config.build();
    }

    /**
     * A Location value as the component reports it: without query and fragment, which may carry session ids or
     * tokens, and without user info.
     */
    static String withoutSecrets(String location) {
        String cut = location.split("[?#]", 2)[0];
        return USER_INFO.matcher(cut).replaceFirst("$1");
    }

    @Override
    public void close() throws IOException {
        if (owned && http instanceof CloseableHttpClient closeable) {
            closeable.close();
        }
    }
}
