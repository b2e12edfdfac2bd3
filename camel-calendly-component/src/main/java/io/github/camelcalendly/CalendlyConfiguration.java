package io.github.camelcalendly;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.camelcalendly.client.RetryOptions;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * The options of a calendly endpoint. The request options of every Calendly operation are generated from the
 * operations registry into {@link CalendlyApiParameters}; this class adds the connection and result options.
 */
@UriParams
public class CalendlyConfiguration extends CalendlyApiParameters {

    public static final String DEFAULT_BASE_URL = "https://api.calendly.com";

    @UriParam(label = "security", secret = true,
              description = "Personal access token (or OAuth access token) sent as the bearer token. Overrides the"
                            + " component's accessToken.")
    private String accessToken;

    @UriParam(label = "advanced", defaultValue = DEFAULT_BASE_URL,
              description = "Base URL of the Calendly API. Point it at the sandbox or a test server; references given"
                            + " as bare UUIDs are expanded under it. Overrides the component's baseUrl.")
    private String baseUrl;

    @UriParam(label = "common",
              description = "The full resource URI, as webhooks deliver it, standing in for all path identifiers of a"
                            + " get, update, delete or cancel (for example an invitee URI gives both event and uuid).")
    private String uri;

    @UriParam(label = "producer", defaultValue = "true",
              description = "List operations: fetch every page (true) or only one page (false, the next page's token"
                            + " then comes in header CamelCalendlyNextPageToken).")
    private boolean paginate = true;

    @UriParam(label = "producer", defaultValue = "0",
              description = "List operations: return at most this many items; 0 for no limit.")
    private int maxResults;

    @UriParam(label = "producer", defaultValue = "false",
              description = "List operations: return a lazy Iterator that fetches the next page only when the"
                            + " current one is used up, so split(body()).streaming() runs in the memory of one page."
                            + " CamelCalendlyResultCount is then not set (the count is known only at the end) and the"
                            + " rate-limit headers are those of the first page.")
    private boolean streaming;

    @UriParam(label = "producer", defaultValue = "false",
              description = "Must be true for actions that irreversibly delete data (the dataCompliance operations,"
                            + " removing an organization membership, deleting a contact); they refuse to run otherwise."
                            + " Cannot be set by a header.")
    private boolean confirmDestructive;

    @UriParam(label = "producer", defaultValue = "GET", enums = "GET,POST,PUT,PATCH,DELETE",
              description = "raw/request: the HTTP method.")
    private String method;

    @UriParam(label = "producer", prefix = "query.", multiValue = true,
              description = "raw/request: query parameters, one option per parameter: query.count=10&query.sort=..."
                            + " (also from header CamelCalendlyQueryParameters).")
    @Metadata(javaType = "java.util.Map<String, Object>")
    private Map<String, Object> query = new LinkedHashMap<>();

    @UriParam(label = "producer,advanced",
              description = "How many times a failed call is tried again (see the component option); overrides the"
                            + " component's maxRetries for this endpoint.")
    private Integer maxRetries;

    @UriParam(label = "producer,advanced", javaType = "java.time.Duration",
              description = "The wait before the first retry, in milliseconds; overrides the component's retryDelay.")
    private Long retryDelay;

    @UriParam(label = "producer,advanced",
              description = "Double the wait with each retry, with jitter; overrides the component's"
                            + " useExponentialBackoff.")
    private Boolean useExponentialBackoff;

    @UriParam(label = "producer,advanced", javaType = "java.time.Duration",
              description = "The longest wait before a retry, in milliseconds; overrides the component's"
                            + " maxRetryDelay.")
    private Long maxRetryDelay;

    @UriParam(label = "producer,advanced",
              description = "Also retry POST and PATCH after a 5xx or an I/O error that may have reached Calendly;"
                            + " overrides the component's retryOnAllErrors. A retried booking could book twice.")
    private Boolean retryOnAllErrors;

    public String getAccessToken() {
        return accessToken;
    }

    public void setAccessToken(String accessToken) {
        this.accessToken = accessToken;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getUri() {
        return uri;
    }

    public void setUri(String uri) {
        this.uri = uri;
    }

    public boolean isPaginate() {
        return paginate;
    }

    public void setPaginate(boolean paginate) {
        this.paginate = paginate;
    }

    public int getMaxResults() {
        return maxResults;
    }

    public void setMaxResults(int maxResults) {
        this.maxResults = maxResults;
    }

    public boolean isStreaming() {
        return streaming;
    }

    public void setStreaming(boolean streaming) {
        this.streaming = streaming;
    }

    public boolean isConfirmDestructive() {
        return confirmDestructive;
    }

    public void setConfirmDestructive(boolean confirmDestructive) {
        this.confirmDestructive = confirmDestructive;
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method;
    }

    public Map<String, Object> getQuery() {
        return query;
    }

    public void setQuery(Map<String, Object> query) {
        this.query = query;
    }

    public Integer getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(Integer maxRetries) {
        this.maxRetries = maxRetries;
    }

    public Long getRetryDelay() {
        return retryDelay;
    }

    public void setRetryDelay(Long retryDelay) {
        this.retryDelay = retryDelay;
    }

    public Boolean getUseExponentialBackoff() {
        return useExponentialBackoff;
    }

    public void setUseExponentialBackoff(Boolean useExponentialBackoff) {
        this.useExponentialBackoff = useExponentialBackoff;
    }

    public Long getMaxRetryDelay() {
        return maxRetryDelay;
    }

    public void setMaxRetryDelay(Long maxRetryDelay) {
        this.maxRetryDelay = maxRetryDelay;
    }

    public Boolean getRetryOnAllErrors() {
        return retryOnAllErrors;
    }

    public void setRetryOnAllErrors(Boolean retryOnAllErrors) {
        this.retryOnAllErrors = retryOnAllErrors;
    }

    /** This endpoint's retry options: its own where set, the component's otherwise. */
    public RetryOptions retryOptions(RetryOptions inherited) {
        return new RetryOptions(
                maxRetries != null ? maxRetries : inherited.maxRetries(),
                retryDelay != null ? retryDelay : inherited.retryDelayMillis(),
                useExponentialBackoff != null ? useExponentialBackoff : inherited.exponentialBackoff(),
                maxRetryDelay != null ? maxRetryDelay : inherited.maxRetryDelayMillis(),
                retryOnAllErrors != null ? retryOnAllErrors : inherited.retryOnAllErrors());
    }

    @Override
    public String toString() {
        return "CalendlyConfiguration[resource=" + getResource() + ", op=" + getOp() + ", accessToken="
               + (accessToken == null ? "null" : "******") + "]";
    }
}
