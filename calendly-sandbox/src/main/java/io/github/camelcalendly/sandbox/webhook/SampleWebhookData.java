package io.github.camelcalendly.sandbox.webhook;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.SandboxContext;
import io.github.camelcalendly.sandbox.recaps.MeetingRecapFactory;
import io.github.camelcalendly.sandbox.recaps.MeetingRecapPayloads;
import io.github.camelcalendly.sandbox.state.Json;
import io.github.camelcalendly.sandbox.state.Kind;
import io.github.camelcalendly.sandbox.state.SandboxStore;

/**
 * The answer of {@code GET /sample_webhook_data}: a delivery envelope ({@code event}, {@code created_at},
 * {@code created_by}, {@code payload}) for one event name, built around the organization's real users and event
 * types, with illustrative invitees, contacts, forms and recaps. Nothing is stored. Callers hold the state lock.
 */
public final class SampleWebhookData {

    private static final String SAMPLE_EVENT = "SAMPLEEVENT00001";
    private static final String SAMPLE_INVITEE = "SAMPLEINVITEE001";

    private final SandboxContext context;
    private final Instant now;

    public SampleWebhookData(SandboxContext context) {
        this.context = context;
        this.now = context.now().truncatedTo(ChronoUnit.SECONDS);
    }

    /** The envelope for {@code event}, about {@code host}'s calendar, as created by {@code creator}. */
    public ObjectNode envelope(String event, String host, String creator) {
        ObjectNode envelope = Json.object();
        envelope.put("event", event);
        envelope.put("created_at", Json.time(now));
        envelope.put("created_by", creator);
        envelope.set("payload", payload(event, host));
        return envelope;
    }

    private ObjectNode payload(String event, String host) {
        return switch (event) {
            case "invitee.created" -> invitee(host, false, false);
            case "invitee.canceled" -> invitee(host, true, false);
            case "invitee_no_show.created" -> invitee(host, false, true);
            case "invitee_no_show.deleted" -> invitee(host, false, false);
            case "event_type.created", "event_type.updated" -> eventType(host, false);
            case "event_type.deleted" -> eventType(host, true);
            case "routing_form_submission.created" -> routingFormSubmission(host);
            case "contact.created", "contact.updated" -> contact(host, false);
            case "contact.deleted" -> contact(host, true);
            case "meeting_recap.created", "meeting_recap.updated" -> meetingRecap(host);
            case "meeting_recap.deleted" -> deletedRecap();
            default -> throw new IllegalArgumentException("Not a Calendly webhook event: " + event);
        };
    }

    private ObjectNode hostEventType(String host) {
        return context.store().all(Kind.EVENT_TYPE).stream()
                .filter(eventType -> host.equals(eventType.path("profile").path("owner").asText()))
                .findFirst()
                .orElseGet(() -> context.store().all(Kind.EVENT_TYPE).get(0));
    }

    private ObjectNode invitee(String host, boolean canceled, boolean noShow) {
        String eventUri = context.store().uri(Kind.SCHEDULED_EVENT, SAMPLE_EVENT);
        ObjectNode eventType = hostEventType(host);
        ObjectNode user = context.store().findByUri(Kind.USER, host).orElse(Json.object());
        Instant start = now.plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.HOURS);
        ObjectNode invitee = Json.object();
        invitee.put("uri", eventUri + "/invitees/" + SAMPLE_INVITEE);
        invitee.put("email", "sample.invitee@example.com");
        invitee.put("first_name", "Sample");
        invitee.put("last_name", "Invitee");
        invitee.put("name", "Sample Invitee");
        invitee.put("status", canceled ? "canceled" : "active");
        ObjectNode answer = invitee.putArray("questions_and_answers").addObject();
        answer.put("question", "What would you like to discuss?");
        answer.put("answer", "A sample booking");
        answer.put("position", 0);
        invitee.put("timezone", "UTC");
        invitee.put("event", eventUri);
        invitee.put("created_at", Json.time(now));
        invitee.put("updated_at", Json.time(now));
        ObjectNode tracking = invitee.putObject("tracking");
        for (String field : new String[] {"utm_campaign", "utm_source", "utm_medium", "utm_content", "utm_term",
                "salesforce_uuid"}) {
            tracking.putNull(field);
        }
        invitee.putNull("text_reminder_number");
        invitee.put("rescheduled", false);
        invitee.putNull("old_invitee");
        invitee.putNull("new_invitee");
        invitee.put("cancel_url", "https://calendly.com/cancellations/" + SAMPLE_INVITEE);
        invitee.put("reschedule_url", "https://calendly.com/reschedulings/" + SAMPLE_INVITEE);
        invitee.putNull("routing_form_submission");
        if (canceled) {
            ObjectNode cancellation = invitee.putObject("cancellation");
            cancellation.put("canceled_by", "Sample Invitee");
            cancellation.put("reason", "Sample cancellation");
            cancellation.put("canceler_type", "invitee");
            cancellation.put("created_at", Json.time(now));
        }
        invitee.putNull("payment");
        if (noShow) {
            ObjectNode marked = invitee.putObject("no_show");
            marked.put("uri", context.store().uri(Kind.NO_SHOW, "SAMPLENOSHOW0001"));
            marked.put("created_at", Json.time(now));
        } else {
            invitee.putNull("no_show");
        }
        invitee.putNull("reconfirmation");
        invitee.putNull("scheduling_method");
        invitee.putNull("invitee_scheduled_by");
        ObjectNode scheduled = invitee.putObject("scheduled_event");
        scheduled.put("uri", eventUri);
        scheduled.put("name", eventType.path("name").asText());
        scheduled.putNull("meeting_notes_plain");
        scheduled.putNull("meeting_notes_html");
        scheduled.put("status", canceled ? "canceled" : "active");
        scheduled.put("start_time", Json.time(start));
        scheduled.put("end_time", Json.time(start.plus(Duration.ofMinutes(eventType.path("duration").asLong(30)))));
        scheduled.put("event_type", eventType.path("uri").asText());
        scheduled.putObject("location").put("type", "physical").put("location", "Sample office");
        scheduled.putObject("invitees_counter").put("total", 1).put("active", canceled ? 0 : 1).put("limit", 1);
        scheduled.put("created_at", Json.time(now));
        scheduled.put("updated_at", Json.time(now));
        scheduled.putArray("event_memberships").addObject().put("user", host)
                .put("user_email", user.path("email").asText(null)).put("user_name", user.path("name").asText(null));
        scheduled.putArray("event_guests");
        if (canceled) {
            scheduled.set("cancellation", invitee.get("cancellation").deepCopy());
        }
        return invitee;
    }

    private ObjectNode eventType(String host, boolean deleted) {
        ObjectNode eventType = hostEventType(host).deepCopy();
        if (deleted) {
            eventType.put("deleted_at", Json.time(now));
            eventType.put("active", false);
        }
        return eventType;
    }

    /**
     * A submission of the organization's first published routing form (its real URI and question ids), answered
     * like a sample visitor who then booked: a name and email, the first choice of each choice question, and the
     * result the form's rules give. Without a published form, an illustrative one routed to {@code host}'s event
     * type. Either way the fields are those of {@code GET /routing_form_submissions/{uuid}}.
     */
    private ObjectNode routingFormSubmission(String host) {
        String base = context.baseUrl();
        ObjectNode form = context.store().all(Kind.ROUTING_FORM).stream()
                .filter(candidate -> context.seeded().organization().equals(candidate.path("organization").asText()))
                .filter(candidate -> "published".equals(candidate.path("status").asText()))
                .findFirst()
                .orElse(null);
        ObjectNode submission = Json.object();
        submission.put("uri", base + "/routing_form_submissions/SAMPLESUBMISSION");
        submission.put("routing_form", form == null ? base + "/routing_forms/SAMPLEROUTINGFRM"
                : form.path("uri").asText());
        com.fasterxml.jackson.databind.node.ArrayNode questionsAndAnswers = submission.putArray("questions_and_answers");
        java.util.Map<String, String> answers = new java.util.LinkedHashMap<>();
        if (form == null) {
            answers.put("What is your company size?", "11-50");
            ObjectNode answer = questionsAndAnswers.addObject();
            answer.put("question_uuid", "SAMPLEQUESTION01");
            answer.put("question", "What is your company size?");
            answer.put("answer", "11-50");
        } else {
            for (com.fasterxml.jackson.databind.JsonNode question : form.path("questions")) {
                String type = question.path("type").asText();
                String text = switch (type) {
                    case "name" -> "Sample Invitee";
                    case "email" -> "sample.invitee@example.com";
                    case "select", "radios" -> question.path("answer_choices").path(0).asText();
                    default -> null;
                };
                answers.put(question.path("name").asText(), text);
                ObjectNode answer = questionsAndAnswers.addObject();
                answer.put("question_uuid", question.path("uuid").asText());
                answer.put("question", question.path("name").asText());
                answer.put("answer", text);
            }
        }
        ObjectNode tracking = submission.putObject("tracking");
        for (String field : new String[] {"utm_campaign", "utm_source", "utm_medium", "utm_content", "utm_term",
                "salesforce_uuid"}) {
            tracking.putNull(field);
        }
        submission.set("result", form == null ? io.github.camelcalendly.sandbox.routing.RoutingResults.eventType(hostEventType(host).path("uri").asText())
                : io.github.camelcalendly.sandbox.routing.RoutingResults.route(form, answers));
        submission.put("submitter", context.store().uri(Kind.SCHEDULED_EVENT, SAMPLE_EVENT) + "/invitees/"
                + SAMPLE_INVITEE);
        submission.put("submitter_type", "Invitee");
        submission.put("created_at", Json.time(now));
        submission.put("updated_at", Json.time(now));
        return submission;
    }

    private ObjectNode contact(String host, boolean deleted) {
        ObjectNode payload = Json.object();
        payload.put("user_uuid", SandboxStore.lastSegment(host));
        ObjectNode contact = payload.putObject("contact");
        contact.put("uri", context.baseUrl() + "/contacts/SAMPLECONTACT001");
        if (deleted) {
            contact.put("deleted_at", Json.time(now));
            return payload;
        }
        contact.put("app_url", "https://calendly.com/app/contacts/SAMPLECONTACT001");
        contact.put("name", "Sample Contact");
        contact.putArray("emails").addObject().put("email", "sample.contact@example.com").put("is_primary", true);
        contact.putArray("phone_numbers").addObject().put("phone_number", "+1 555 0100");
        contact.put("timezone", "UTC");
        contact.put("job_title", "Buyer");
        contact.put("company", "Example Corp");
        contact.put("country", "US");
        contact.put("state", "CA");
        contact.put("city", "San Francisco");
        contact.putNull("linkedin");
        contact.putArray("custom_fields");
        contact.putNull("first_email_date");
        contact.putNull("last_email_date");
        contact.putNull("next_meeting_date");
        contact.putNull("last_meeting_date");
        contact.putNull("last_interaction_date");
        contact.put("created_at", Json.time(now));
        contact.put("updated_at", Json.time(now));
        contact.put("creation_source", "api");
        return payload;
    }

    private ObjectNode meetingRecap(String host) {
        Instant start = now.minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.HOURS);
        ObjectNode user = context.store().findByUri(Kind.USER, host).orElse(Json.object());
        String uri = context.baseUrl() + "/meeting_recaps/SAMPLERECAP00001";
        ObjectNode recap = Json.object();
        recap.put("uri", uri);
        recap.put("event", context.store().uri(Kind.SCHEDULED_EVENT, SAMPLE_EVENT));
        recap.put("name", hostEventType(host).path("name").asText());
        recap.put("start_time", Json.time(start));
        recap.put("end_time", Json.time(start.plus(Duration.ofMinutes(30))));
        recap.putObject("location").put("type", "zoom_conference").put("join_url", "https://zoom.example/j/1");
        var attendees = recap.putArray("attendees");
        attendees.addObject().put("host", true).put("user_email", user.path("email").asText("host@example.com"))
                .put("user_name", user.path("name").asText("Sample Host"));
        attendees.addObject().put("host", false).put("user_email", "sample.invitee@example.com")
                .put("user_name", "Sample Invitee");
        recap.put("summary_md", "A sample meeting.");
        recap.put("action_items_md", "- Follow up");
        recap.put("discussion_md", "Discussed the sample.");
        recap.put("transcript", MeetingRecapFactory.transcriptUri(uri));
        recap.put("share_link", "https://calendly.com/notetaker/share/SAMPLERECAP00001");
        recap.put("created_at", Json.time(now));
        recap.put("updated_at", Json.time(now));
        return MeetingRecapPayloads.created(recap);
    }

    private ObjectNode deletedRecap() {
        return MeetingRecapPayloads.deleted(context.baseUrl() + "/meeting_recaps/SAMPLERECAP00001", now);
    }
}
