package io.github.camelcalendly.client;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;

/**
 * The component's one pooled Apache HttpClient 5, started and stopped with the component. Sends a request with a
 * bearer token and returns status, the reported headers and the body; it follows no redirect (a token must never
 * travel to another host) and retries nothing on its own.
 */
public final class CalendlyHttpClient implements AutoCloseable {

    private static final String[] REPORTED_HEADERS = {
            CalendlyResponse.RATE_LIMIT_LIMIT, CalendlyResponse.RATE_LIMIT_REMAINING, CalendlyResponse.RATE_LIMIT_RESET,
            CalendlyResponse.RETRY_AFTER, CalendlyResponse.CONTENT_TYPE, CalendlyResponse.LOCATION };

    /** The scheme and authority of a URL up to the {@code @} that ends its user info. */
    private static final Pattern USER_INFO = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*://)[^/?#]*@");

    private final CloseableHttpClient http;
    private final String userAgent;

    private CalendlyHttpClient(CloseableHttpClient http, String userAgent) {
        this.http = http;
        this.userAgent = userAgent;
    }

    /**
     * @param connectTimeoutMillis  how long to wait for a connection
     * @param responseTimeoutMillis how long to wait for a response
     * @param maxConnections        the pool size
     * @param sslContext            the TLS context, or null for the JVM default
     * @param userAgent             the User-Agent to send
     */
    public static CalendlyHttpClient create(
            int connectTimeoutMillis, int responseTimeoutMillis, int maxConnections, SSLContext sslContext,
            String userAgent) {
        PoolingHttpClientConnectionManagerBuilder pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(maxConnections)
                .setMaxConnPerRoute(maxConnections)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(connectTimeoutMillis, TimeUnit.MILLISECONDS)
                        .setSocketTimeout(responseTimeoutMillis, TimeUnit.MILLISECONDS)
                        .build());
        if (sslContext != null) {
            pool.setTlsSocketStrategy(new DefaultClientTlsStrategy(sslContext));
        }
        CloseableHttpClient http = HttpClients.custom()
                .setConnectionManager(pool.build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(responseTimeoutMillis, TimeUnit.MILLISECONDS)
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .useSystemProperties()
                .build();
        return new CalendlyHttpClient(http, userAgent);
    }

    /**
     * Sends one request.
     *
     * @param method      the HTTP method
     * @param uri         the full request URI
     * @param bearerToken the token for the Authorization header, or null to send none
     * @param body        the request body, or null
     * @param contentType the body's content type, or null when there is no body
     */
    public CalendlyResponse send(String method, URI uri, String bearerToken, byte[] body, ContentType contentType)
            throws IOException {
        ClassicRequestBuilder builder = ClassicRequestBuilder.create(method).setUri(uri)
                .addHeader("Accept", "application/json")
                .addHeader("User-Agent", userAgent);
        if (bearerToken != null) {
            builder.addHeader("Authorization", "Bearer " + bearerToken);
        }
        if (body != null) {
            builder.setEntity(new ByteArrayEntity(body, contentType));
        }
        ClassicHttpRequest request = builder.build();
        return http.execute(request, response -> {
            Map<String, String> headers = new LinkedHashMap<>();
            for (String name : REPORTED_HEADERS) {
                Header h = response.getFirstHeader(name);
                if (h != null) {
                    headers.put(name, CalendlyResponse.LOCATION.equals(name) ? withoutSecrets(h.getValue())
                            : h.getValue());
                }
            }
            byte[] bytes = response.getEntity() == null ? new byte[0] : EntityUtils.toByteArray(response.getEntity());
            return new CalendlyResponse(response.getCode(), headers, bytes, 1);
        });
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
        http.close();
    }
}
