package io.github.camelcalendly.catalog.kaoto;

/**
 * Small hand-made Kamelets for the tests: one as a library already has it, one as Calendly's would be.
 */
final class TestKamelets {

    /** A source Kamelet as the libraries Kaoto publishes hold them. */
    static final String TICK_SOURCE = """
            apiVersion: camel.apache.org/v1
            kind: Kamelet
            metadata:
              name: tick-source
              labels:
                camel.apache.org/kamelet.type: source
            spec:
              definition:
                title: Tick Source
                description: Produces a message every period.
                type: object
                properties:
                  period:
                    title: Period
                    description: The time between two messages, in milliseconds.
                    type: integer
                    default: 1000
              dependencies:
                - camel:timer
              template:
                from:
                  uri: timer:tick
                  parameters:
                    period: "{{period}}"
                  steps:
                    - to: kamelet:sink
            """;

    /** A Calendly-like source Kamelet, with a required secret, a choice and an example. */
    static final String CALENDLY_TEST_SOURCE = """
            apiVersion: camel.apache.org/v1
            kind: Kamelet
            metadata:
              name: Calendly-Test-Source
              labels:
                camel.apache.org/kamelet.type: source
            spec:
              definition:
                title: Calendly Test Source
                description: Receives Calendly's webhook deliveries.
                required:
                  - signingKey
                type: object
                properties:
                  signingKey:
                    title: Signing Key
                    description: The webhook signing key.
                    type: string
                    format: password
                    x-descriptors:
                      - urn:camel:group:credentials
                  events:
                    title: Events
                    description: The events to receive.
                    type: string
                    enum: [invitee.created, invitee.canceled]
                    default: invitee.created
                    example: invitee.created
                  attachment:
                    title: Attachment
                    description: A file to attach.
                    type: binary
              dependencies:
                - camel:platform-http
              template:
                from:
                  uri: calendly:webhook
                  parameters:
                    signingKey: "{{signingKey}}"
                  steps:
                    - to: kamelet:sink
            """;

    private TestKamelets() {
    }
}
