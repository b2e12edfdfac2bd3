package io.github.camelcalendly;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * What an endpoint asks Calendly for: the resource and op, the request options of every Calendly operation (generated
 * from the operations registry into {@link CalendlyApiParameters}), and how results come back. How calls reach
 * Calendly (token, base URL, retries, timeouts) is in {@link CalendlyConfiguration}.
 */
@UriParams
public class CalendlyRequestOptions extends CalendlyApiParameters {

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

    @UriParam(label = "producer", defaultValue = "false",
              description = "Take the operation's options from the message body instead: a JSON object (Map, JSON"
                            + " text, JsonNode or POJO) keyed by option name, as the input schemas of the actions"
                            + " catalog describe it; for scheduledEvents/cancel, for instance, the keys uuid and"
                            + " reason. A key the operation does not take fails the exchange, naming it. Option"
                            + " headers (CamelCalendly. followed by the option name) win over the body and the body"
                            + " over the URI; writes send only the options.")
    private boolean inputFromBody;

    @UriParam(label = "producer", defaultValue = "GET", enums = "GET,POST,PUT,PATCH,DELETE",
              description = "raw/request: the HTTP method.")
    private String method;

    @UriParam(label = "producer", prefix = "query.", multiValue = true,
              description = "raw/request: query parameters, one option per parameter: query.count=10&query.sort=..."
                            + " (also from header CamelCalendlyQueryParameters).")
    @Metadata(javaType = "java.util.Map<String, Object>")
    private Map<String, Object> query = new LinkedHashMap<>();

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

    public boolean isInputFromBody() {
        return inputFromBody;
    }

    public void setInputFromBody(boolean inputFromBody) {
        this.inputFromBody = inputFromBody;
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

    @Override
    public String toString() {
        return "CalendlyRequestOptions[resource=" + getResource() + ", op=" + getOp() + "]";
    }
}
