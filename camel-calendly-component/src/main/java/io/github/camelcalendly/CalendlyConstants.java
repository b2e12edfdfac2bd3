package io.github.camelcalendly;

import org.apache.camel.spi.Metadata;

/**
 * Message headers of the calendly component.
 */
public final class CalendlyConstants {

    /** Prefix of headers that set any endpoint option for one exchange, e.g. {@code CamelCalendly.minStartTime}. */
    @Metadata(label = "producer", description = "Prefix of headers that set an option for one exchange, winning over"
                                                + " the endpoint URI: CamelCalendly. followed by the option name, for"
                                                + " example CamelCalendly.uuid or CamelCalendly.minStartTime. Takes"
                                                + " every request option plus uri, paginate, maxResults, streaming,"
                                                + " method and path; never accessToken, baseUrl or confirmDestructive.",
              javaType = "Object")
    public static final String OPTION_HEADER_PREFIX = "CamelCalendly.";

    @Metadata(label = "producer", description = "The OAuth connection (the user) this exchange acts for: the id its"
                                                + " tokens are saved under in the token store. Wins over the"
                                                + " connectionId option; an id with no saved tokens fails, naming it,"
                                                + " and never falls back to another connection. oauth/exchangeCode"
                                                + " sets it to the id it saved the tokens under.",
              javaType = "String")
    public static final String CONNECTION_ID = "CamelCalendlyConnectionId";

    @Metadata(label = "producer", description = "oauth/authorizeUrl sets it to the state it sent to Calendly; give it"
                                                + " to oauth/exchangeCode (from the redirect's state query parameter)"
                                                + " and the component checks it and supplies the PKCE code verifier"
                                                + " it remembered for it.",
              javaType = "String")
    public static final String OAUTH_STATE = "CamelCalendlyOAuthState";

    @Metadata(label = "producer", description = "The HTTP status Calendly answered with.", javaType = "Integer")
    public static final String HTTP_STATUS = "CamelCalendlyHttpStatus";

    @Metadata(label = "producer", description = "The number of items a list operation returned.",
              javaType = "Integer")
    public static final String RESULT_COUNT = "CamelCalendlyResultCount";

    @Metadata(label = "producer", description = "With paginate=false: the token of the next page (pass it as"
                                                + " pageToken to continue); absent on the last page.",
              javaType = "String")
    public static final String NEXT_PAGE_TOKEN = "CamelCalendlyNextPageToken";

    @Metadata(label = "producer", description = "X-RateLimit-Limit of the last response: requests allowed per window.",
              javaType = "Long")
    public static final String RATE_LIMIT_LIMIT = "CamelCalendlyRateLimitLimit";

    @Metadata(label = "producer", description = "X-RateLimit-Remaining of the last response: requests left in the"
                                                + " window.",
              javaType = "Long")
    public static final String RATE_LIMIT_REMAINING = "CamelCalendlyRateLimitRemaining";

    @Metadata(label = "producer", description = "X-RateLimit-Reset of the last response: seconds until the window"
                                                + " resets.",
              javaType = "Long")
    public static final String RATE_LIMIT_RESET = "CamelCalendlyRateLimitReset";

    @Metadata(label = "producer", description = "raw/request: query parameters to add, as a Map (a collection value"
                                                + " is sent as a repeated parameter); wins over the query options of"
                                                + " the URI.",
              javaType = "java.util.Map<String, Object>")
    public static final String QUERY_PARAMETERS = "CamelCalendlyQueryParameters";

    @Metadata(label = "consumer", description = "The webhook event name, for example invitee.created.",
              javaType = "String")
    public static final String EVENT = "CamelCalendlyEvent";

    @Metadata(label = "consumer", description = "When Calendly created the webhook event (its created_at).",
              javaType = "String")
    public static final String EVENT_CREATED_AT = "CamelCalendlyEventCreatedAt";

    @Metadata(label = "consumer", description = "The user URI Calendly names as the webhook event's creator"
                                                + " (its created_by).",
              javaType = "String")
    public static final String EVENT_CREATED_BY = "CamelCalendlyEventCreatedBy";

    @Metadata(label = "consumer", description = "The URI of the resource the exchange is about: the payload's uri"
                                                + " for a webhook event (the invitee of an invitee.* event), the item's"
                                                + " uri for a polled list.",
              javaType = "String")
    public static final String RESOURCE_URI = "CamelCalendlyResourceUri";

    @Metadata(label = "consumer", description = "The scheduled event URI of an invitee or no-show event.",
              javaType = "String")
    public static final String SCHEDULED_EVENT_URI = "CamelCalendlyScheduledEventUri";

    private CalendlyConstants() {
    }
}
