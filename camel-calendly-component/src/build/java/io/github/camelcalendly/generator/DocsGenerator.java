package io.github.camelcalendly.generator;

import java.io.IOException;
import java.nio.file.Path;

import java.util.Locale;

import io.github.camelcalendly.client.CalendlyJson;
import io.github.camelcalendly.operation.OperationRegistry;

/**
 * Renders {@code calendly-component.md} from two sources only: the component JSON that Camel's tooling generates
 * (options, headers) and the operations registry (resources, operations and their options). The opening
 * explanation is fixed text.
 * <p>
 * Every build runs {@link #main} in process-classes, after Camel's tooling wrote the JSON; the file is committed, and
 * {@code GeneratedFilesTest} fails when a build had to change it. After changing the registry or an option, bring
 * every generated file up to date with one build from the repository root, and commit them:
 * <pre>
 * mvn -B package -DskipTests
 * </pre>
 */
public final class DocsGenerator {

    /** The name of the docs file. */
    public static final String FILE = "calendly-component.md";

    private static final String INTRO = """
            ## How it works

            One endpoint reaches every Calendly API v2 action. The path names the resource, an API collection in
            camelCase, and `op` picks what to do with it:

            ```
            calendly:<resource>?op=<op>&<option>=<value>...
            calendly:scheduledEvents?op=list&minStartTime=2026-05-01T00:00:00Z&status=active
            calendly:scheduledEvents?op=cancel&uuid=AAAA&reason=Conflict
            calendly:raw?method=GET&path=/users/me
            ```

            `op` may be left out when the resource has a single operation. A URI naming an unknown resource or op, or
            an option the operation does not take, fails when the route starts, with the valid choices in the message.

            **Options.** Options carry Calendly's own parameter names, turned from snake_case into camelCase
            (`min_start_time` becomes `minStartTime`, `page_token` becomes `pageToken`). Identifiers in the request
            path (`uuid`, `event`, ...) take a bare UUID or the full resource URI; `uri` takes the full URI of the
            resource, as webhooks deliver it, in place of all of them. References Calendly wants as URIs (`user`,
            `organization`, `eventType`, `owner`, ...) also take either, and a bare UUID is expanded under `baseUrl`.
            When an operation needs a `user` or `organization` that the route does not give, the connection's own is
            used (read once from `/users/me` and kept per connection). Times take ISO-8601 text with an offset or an
            `Instant`, `OffsetDateTime` or `ZonedDateTime` and are sent in UTC; dates take `yyyy-MM-dd` or a
            `LocalDate`; list options take comma-separated text or a collection.

            **Headers.** A header `CamelCalendly.` followed by an option name (`CamelCalendly.uuid`,
            `CamelCalendly.minStartTime`) sets that option for one exchange and wins over the URI. The token, the base
            URL and `confirmDestructive` are never taken from headers.

            **Bodies.** For writes (POST and PATCH) the message body is the request body: a `Map`, JSON text, a
            Jackson `JsonNode` or a POJO, in Calendly's own field names. Options from the URI and headers are merged
            over it. Clear the body before a write that needs none, for instance after a list. Missing required
            options are reported before any HTTP call, naming the option and the operation.

            **Results.** `get`, `create`, `update` and `cancel` give the unwrapped `resource` as a `Map`. `list` gives a
            `List<Map>` of every page (100 items a request unless `count` says otherwise), cut at `maxResults` when
            set; `paginate=false` gives one page and the next page's token in `CamelCalendlyNextPageToken`;
            `streaming=true` gives an `Iterator` that fetches pages as it goes, for `split(body()).streaming()`. An
            empty answer (204) gives a null body. Every request sets `CamelCalendlyHttpStatus` and, when Calendly sends
            them, the rate-limit headers; lists that are not streamed also set `CamelCalendlyResultCount`.

            **When to stream.** A list that is not streamed reads every page into one `List<Map>` before the
            route sees its first item: about 4 KB of heap per scheduled event, so 10,000 events take some 40 to 50 MB
            and a 64 MB heap runs out near 12,600. With `streaming=true` and `split(body()).streaming()` the route
            holds one page at a time: the heap stayed flat, about 1 MB above idle, at 10,000 and at 100,000 events
            (the benchmarks module measures both). Stream when a collection can run to thousands of items (scheduled
            events over long windows, a large organization's invitees or activity log), in small containers, or
            whenever the route handles items one by one anyway. Keep the whole list for a page or a few, or when the
            route needs every item at once (sorting, aggregating, `CamelCalendlyResultCount`). A streamed list
            fetches later pages during the split, so an error on a later page surfaces after earlier items were
            processed. `maxResults` caps both.

            **Answers.** The Answer column of each operation below says what Calendly answers: a `resource` object, a
            `collection` array of objects, 204 without a body, or, for the few operations documented so, a plain JSON
            object, which the route gets whole (or its `resource`, should it have one). Anything else is not taken for Calendly's data and raises
            `CalendlyApiException` naming the operation, the status and what was wrong: a redirect (3xx, never
            followed, so the token stays with `baseUrl`), a body that is not valid JSON, an empty body with any status
            but 204, or JSON without the `resource` or `collection` promised. Answers are read within JSON limits sized
            for Calendly: %,d bytes in all, %,d characters in a string, %d levels of nesting and %d
            characters in a number. `raw` gives the parsed JSON, or the text when the content type is not JSON; a body
            whose content type says JSON (or that has none) must parse.

            **Errors.** Bad input raises `CalendlyValidationException` before anything is sent. An error answer from
            Calendly raises `CalendlyApiException` with the status, Calendly's title, message, details and required
            scopes, and the operation; 401, 403, 404, 409 and 429 raise its subclasses
            `CalendlyUnauthorizedException`, `CalendlyForbiddenException`, `CalendlyNotFoundException`,
            `CalendlyConflictException` and `CalendlyRateLimitException`. No message ever contains the token.
            Operations that irreversibly delete data refuse to run unless the endpoint sets `confirmDestructive=true`.

            **Retries and rate limits.** A 429 is retried after the reset Calendly names (`Retry-After` or
            `X-RateLimit-Reset`), or fails at once when that lies beyond `maxRetryDelay`. A 5xx or an I/O error is
            retried for GET, DELETE and idempotent operations; a POST or PATCH only when the request provably never
            reached Calendly, unless `retryOnAllErrors=true`, so a booking is never made twice. `maxRetries`,
            `retryDelay`, `useExponentialBackoff` and `maxRetryDelay` are set on the component and may be overridden
            per endpoint. Each connection (token and base URL) keeps within Calendly's window: a call takes a permit
            before it leaves, each answer's `X-RateLimit-Remaining` is reconciled with the calls still in flight, its
            `X-RateLimit-Reset` tells when the window ends, and the calls left are spread evenly over the time left
            instead of leaving in a burst. `requestsPerMinute` adds a ceiling calls are paced to (one every
            60 s / requestsPerMinute). Operations Calendly limits on their own wait within those limits too, per
            connection: %s. `operationBudgets=false` leaves them to Calendly. Calls that wait for their turn never
            hold up others or answers.

            **Timeouts and what blocks.** `callTimeout` (60 s by default; 0 for none) bounds one call as a whole:
            every attempt, the rate-limit wait and the waits between retries. An attempt still running at the
            deadline is aborted, and a retry or rate-limit wait that could not end in time is not started; the call
            then fails with `CallTimeoutException` (an `IOException` naming the operation and the timeout), or with
            the last error answer. Each page of a list is one call. Below it, `connectTimeout` (10 s) limits
            connecting and `responseTimeout` (30 s) each read. The producer is synchronous: the route's thread waits
            for the call, at most `callTimeout`, holding no lock or monitor while it waits, so virtual threads are
            not pinned.

            **Configuration and the HTTP client.** The component's token, base URL, retry options and `callTimeout`
            form a `CalendlyConfiguration` that each endpoint copies when it is created; the endpoint's own options
            change only its copy, and an endpoint that sets no token or base URL uses the component's as they are at
            its first call. Option values given in the URI are checked when the endpoint starts, so a bad one stops
            the route from starting. The component builds one Apache HttpClient 5 pool when it starts and closes it
            when it stops; a camel-http `HttpClientConfigurer` (`httpClientConfigurer`) customizes it (proxy,
            interceptors), or `httpClient` replaces it with the application's own, which the application closes.
            Redirects are never followed either way. `objectMapper` (autowired) gives the component the application's
            Jackson mapper, of which it uses a copy with its own read limits.

            ## Connections: personal token or OAuth

            A connection is who the calls act as. With `accessToken` (a personal access token) every call acts as its
            user. With `clientId` (and `clientSecret`) the connections are OAuth ones, one per user of your Calendly
            app, each kept in `tokenStore` under its connection id: an `InMemoryTokenStore` unless set, a
            `FileTokenStore` on a directory (optionally AES-GCM encrypted with a key you supply), or any bean
            implementing `TokenStore` (`load`, `save`, `delete`). `authBaseUrl` points at Calendly's OAuth server.

            **Which user.** The header `CamelCalendlyConnectionId` picks the connection of an exchange, else the
            endpoint's `connectionId` (`default`). An id with no saved tokens fails with `CalendlyValidationException`
            naming it; there is never a fallback to another connection or to `accessToken`. `refreshToken` seeds the
            store for the endpoint's connection id when the store has none for it.

            **Signing users in.** `calendly:oauth?op=authorizeUrl&redirectUri=...&scopes=...` answers the URL to send
            the browser to (PKCE S256 and a random state) and sets `CamelCalendlyOAuthState`. On the redirect URI,
            give the `code` query parameter as `CamelCalendly.code` and the `state` as `CamelCalendlyOAuthState` to
            `op=exchangeCode`: it refuses a state it did not hand out in the last 10 minutes or that was used
            already, supplies the PKCE verifier it remembered, saves the tokens under the connection id (else the
            user's URI, `owner`), sets `CamelCalendlyConnectionId` and answers `connectionId`, `owner`,
            `organization`, `scopes` and `expiresAt`, never a token. `op=refresh` refreshes now, `op=revoke` revokes
            the connection's token and forgets it, `op=introspect` answers Calendly's introspection.

            **Refresh and revocation.** The access token is refreshed 60 s before it expires and once after a 401,
            one refresh at a time per connection; the rotated refresh token is saved before the new access token is
            used, and at most 8 token requests a minute leave per connection. When Calendly refuses the refresh
            token (`invalid_grant`) or a token it has just issued, the connection is revoked: calls fail at once
            with `CalendlyConnectionRevokedException` (a `CalendlyUnauthorizedException`), without requests or
            retries, until new tokens are saved for its id, for instance by the user signing in again.
            `validateScopes=true` fails a route's start when the endpoint's connection was not granted the scope
            its operation needs.

            ## Starting routes from Calendly

            **Webhooks.** `from("calendly:webhook?events=invitee.created,invitee.canceled&signingKey=RAW(...)`
            `&webhookExternalUrl=https://example.com/calendly/webhook")` serves `webhookPath` on the runtime's HTTP
            server (platform-http: Vert.x in Camel Main and JBang, Spring MVC in Spring Boot, Quarkus in Camel K). At
            start it makes sure exactly one subscription exists for `webhookExternalUrl` and the scope: it reuses an
            identical active one, replaces one whose events differ or that Calendly disabled, never touches other
            URLs, and adds the organization-scoped or user-scoped subscription that `routing_form_submission.created`
            or `meeting_recap.*` need. A failure to register (missing `webhooks:write`, a free plan, a URL that is not
            public HTTPS) stops the route from starting, saying what to do. Every request is checked before the route
            runs: the `Calendly-Webhook-Signature` HMAC over the raw body with `signingKey`, compared in constant time,
            and a timestamp within `signatureTolerance` either way. A bad request gets 400, 401, 405 or 413 and never
            reaches the route. The route gets the event's `payload` as a `Map` and the headers below; Calendly gets
            200 once the route completed and 500 when it failed, so it delivers again. A redelivered event (same
            event, payload uri and created_at) is acknowledged without running the route again (409 while the first
            delivery is still running), and so is a verified event the route did not list in `events`. The endpoint also
            works as `webhook:calendly:webhook?...` through Camel's webhook component (set its
            `webhookComponentName=platform-http`). Calendly never shows a
            subscription's signing key, so after changing `signingKey` delete the old subscription (or restart once
            with `unregisterOnStop=true`).

            **Polling.** Any list operation in `from(...)` polls (`delay`, `initialDelay` and Camel's other scheduler
            options) and emits one exchange per new or changed item, oldest change first: an item whose `updated_at`
            (else `created_at`) moved past the stored watermark. The watermark is saved after each item the route
            processed, in `stateRepository` (a `FileStateRepository` or any other bean; in memory otherwise), so a
            restart neither replays nor skips; a failed item stops the poll and is retried by the next one. The
            consumer is a batch consumer: each exchange carries Camel's exchange properties `CamelBatchIndex`,
            `CamelBatchSize` and `CamelBatchComplete`, and `maxMessagesPerPoll` leaves the items beyond it for the next poll. Scheduled
            events are listed by start time, so without `minStartTime` each poll looks at meetings starting from
            `pollLookback` (one day) ago: new bookings, cancellations and reschedules of upcoming meetings are all
            seen.

            ## Health

            With `camel-health` on the classpath the component adds readiness checks to Camel's health-check
            registry, which `camel health`, Spring Boot's actuator (through camel-spring-boot) and Quarkus' health
            endpoints show. They sit in a repository named after the component (`calendly`), in group `camel`:

            - `calendly-webhook-<routeId>`, one per `calendly:webhook` trigger. UP once its subscription is in place,
              with the subscription URIs (`calendly.webhook.subscriptions`) and `webhookExternalUrl` printed without
              its query string; also UP with `webhookAutoRegister=false`, saying that the registration is managed
              outside the route. DOWN while registering and after a failed registration, with the reason as message
              and error: the missing scope, the plan, the URL. It keeps reporting while the route is down, so under
              the supervising route controller (`camel.routecontroller.enabled=true`, which keeps the application up
              and retries the route) the health says why, and `calendly.webhook.registration.failures` counts the
              attempts in a row. A route that was stopped reports nothing.
            - `calendly-connection-<id>`, one per connection (a token and a base URL). DOWN once Calendly answered
              401 to it (the token expired or was revoked), UP otherwise, with `calendly.base.url`,
              `calendly.last.status`, `calendly.last.answer.time` and, when a call already looked them up,
              `calendly.user` and `calendly.organization`. An OAuth connection is DOWN while it is revoked, until
              new tokens are saved for it, and also reports `calendly.oauth.connection.id`, the access token's
              expiry and the granted scopes. It never calls Calendly itself; `<id>` is a short hash that reveals
              nothing of the token.

            Polling routes report through Camel's own consumer check, `consumer:<routeId>`, DOWN after failed polls.
            `healthCheckConsumerEnabled=false` switches the trigger and polling checks off; connection checks are
            off when `healthCheckProducerEnabled` is false too. A switched-off check answers UNKNOWN "Disabled", and
            `camel.health.exclude-pattern=calendly-*` hides the checks altogether. No check shows a token or a
            signing key.

            """;

    private DocsGenerator() {
    }

    /**
     * Writes the docs, leaving the file untouched when it is already up to date.
     *
     * @param args the component JSON, and the folder the docs go to
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("Expected two arguments, the component JSON and the docs folder; got "
                                               + args.length);
        }
        GeneratedFile.write(Path.of(args[1]).resolve(FILE), render(ComponentJsonDocs.read(Path.of(args[0]))));
    }

    static String render(ComponentJsonDocs json) {
        return "<!-- Generated by DocsGenerator from calendly.json and the operations registry in every build. Do not\n"
               + "     edit: change the registry or the option and build, e.g. mvn -B package -DskipTests -->\n"
               + "# " + json.component("title") + " component\n\n"
               + "*Since " + json.component("firstVersion") + "* · "
               + ("true".equals(json.component("producerOnly")) ? "*Producer only* · " : "")
               + "*Support level: " + json.component("supportLevel") + "*\n\n"
               + json.component("description") + "\n\n"
               + "```xml\n<dependency>\n"
               + "    <groupId>" + json.component("groupId") + "</groupId>\n"
               + "    <artifactId>" + json.component("artifactId") + "</artifactId>\n"
               + "    <version>x.y.z</version> <!-- the camel-calendly release you use -->\n"
               + "</dependency>\n```\n\n"
               + String.format(Locale.ROOT, INTRO, CalendlyJson.MAX_DOCUMENT_LENGTH, CalendlyJson.MAX_STRING_LENGTH,
                       CalendlyJson.MAX_NESTING_DEPTH, CalendlyJson.MAX_NUMBER_LENGTH, operationBudgets())
               + json.componentOptions()
               + json.endpointOptions()
               + json.headers() + "\n"
               + OperationDocs.render().stripTrailing() + "\n";
    }

    /** Each operation with a budget of its own, from the registry: "`invitees/create` at most 10 per minute, ...". */
    private static String operationBudgets() {
        return String.join("; ", OperationRegistry.all().stream().filter(op -> !op.budget().isNone())
                .map(op -> "`" + op.id() + "` at most " + op.budget()).toList());
    }
}
