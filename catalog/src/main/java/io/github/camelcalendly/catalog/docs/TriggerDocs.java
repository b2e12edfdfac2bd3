package io.github.camelcalendly.catalog.docs;

import io.github.camelcalendly.operation.Operation;
import io.github.camelcalendly.operation.OperationRegistry;
import io.github.camelcalendly.operation.OptionCatalog;

/**
 * The triggers' part of the actions page: the webhook trigger and polling, each with a Java DSL, YAML DSL and Kamelet
 * snippet.
 */
final class TriggerDocs {

    private TriggerDocs() {
    }

    static String render() {
        Operation webhook = OperationRegistry.resolve("webhook", "consumer");
        StringBuilder out = new StringBuilder("## Triggers\n\n### Webhook trigger\n\n");
        out.append(webhook.summary()).append(". Needs ").append(webhook.plan().description())
                .append(" (contact.* events: every plan) and the scope `").append(webhook.scope())
                .append("` plus the read scope of each event:\n\n| Event | Read scope |\n| --- | --- |\n");
        for (String event : OptionCatalog.WEBHOOK_EVENTS) {
            out.append("| `").append(event).append("` | `").append(OptionCatalog.webhookEventReadScope(event))
                    .append("` |\n");
        }
        out.append("""

                The route gets the event's `payload` as a `Map` (its schema per event is in `calendly-actions.json`)
                and the headers `CamelCalendlyEvent`, `CamelCalendlyEventCreatedAt`, `CamelCalendlyEventCreatedBy`,
                `CamelCalendlyResourceUri` and `CamelCalendlyScheduledEventUri`.

                ```java
                from("calendly:webhook?events=invitee.created,invitee.canceled&signingKey=RAW({{calendly.signing-key}})"
                        + "&webhookExternalUrl=https://example.com/calendly/webhook")
                    .log("${header.CamelCalendlyEvent}: ${body[email]}");
                ```

                ```yaml
                - route:
                    from:
                      uri: calendly:webhook
                      parameters:
                        events: invitee.created,invitee.canceled
                        signingKey: "{{calendly.signing-key}}"
                        webhookExternalUrl: https://example.com/calendly/webhook
                      steps:
                        - log: "${header.CamelCalendlyEvent}: ${body[email]}"
                ```

                ```yaml
                - route:
                    from:
                      uri: kamelet:calendly-source
                      parameters:
                        events: invitee.created,invitee.canceled
                        signingKey: "{{calendly.signing-key}}"
                        webhookExternalUrl: https://example.com/calendly/webhook
                        accessToken: "{{calendly.access-token}}"
                      steps:
                        - log: "${body}"
                ```

                ### Polling trigger

                Any paginated list in `from(...)` polls and starts one exchange per new or changed item, oldest change
                first, with the item as a `Map` and its URI in `CamelCalendlyResourceUri`. Resources that poll:
                """);
        out.append(String.join(", ", OperationRegistry.all().stream()
                .filter(op -> op.paginated() && "list".equals(op.name()))
                .map(op -> "`" + op.resource() + "`").toList())).append(".\n\n");
        out.append("""
                ```java
                from("calendly:scheduledEvents?op=list&status=active&delay=60000")
                    .log("${body[name]} at ${body[start_time]}");
                ```

                ```yaml
                - route:
                    from:
                      uri: calendly:scheduledEvents
                      parameters:
                        op: list
                        status: active
                        delay: 60000
                      steps:
                        - log: "${body[name]} at ${body[start_time]}"
                ```

                ```yaml
                - route:
                    from:
                      uri: kamelet:calendly-poll-source
                      parameters:
                        resource: scheduledEvents
                        delay: 60000
                        accessToken: "{{calendly.access-token}}"
                      steps:
                        - log: "${body}"
                ```
                """);
        return out.toString();
    }
}
