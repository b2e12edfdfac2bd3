package io.github.camelcalendly.sandbox.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.state.Kind;
import io.github.camelcalendly.sandbox.state.SandboxStore;
import io.github.camelcalendly.sandbox.state.SeededOrganization;

/**
 * Gives the seeded organization its routing forms and a little history, relative to the sandbox clock:
 * <ul>
 * <li>"Contact Sales" (published): Name, Email, Company size (select), Phone number, What would you like to discuss?
 * Companies of 1-10 or 11-50 go to {@code intro-call}, of 51-200, 201-1000 or 1000+ to {@code product-demo};
 * "Just exploring" matches no rule and gets the custom message "Thanks for your interest".</li>
 * <li>"Support Triage" (published): Name, Email, What do you need help with? (radios). A technical issue goes to
 * {@code support-rotation}, billing to {@code office-hours}; anything else to the external URL
 * {@code https://example.com/help}.</li>
 * <li>"Partner Application" (draft): Name, Email, Company website; routes nowhere yet.</li>
 * </ul>
 * Three submissions of Contact Sales: five days ago "Just exploring" (the custom message), two days ago Katherine
 * Johnson's (201-1000, routed to product-demo, who then booked the seeded Product Demo: her invitee and the
 * submission name each other), and a day ago one routed to intro-call whose visitor never booked. No webhook events
 * are raised for them.
 */
public final class SeedRoutingForms {

    public static final String CONTACT_SALES = "Contact Sales";
    public static final String SUPPORT_TRIAGE = "Support Triage";
    public static final String PARTNER_APPLICATION = "Partner Application";

    private static final String COMPANY_SIZE = "Company size";
    private static final String HELP_TOPIC = "What do you need help with?";

    private SeedRoutingForms() {
    }

    public static void populate(SandboxStore store, SeededOrganization seeded, Instant now) {
        RoutingForms forms = new RoutingForms(store);
        String organization = seeded.organization();
        ObjectNode contactSales = forms.create(organization, CONTACT_SALES, "published", List.of(
                RoutingQuestion.of("Name", "name", true),
                RoutingQuestion.of("Email", "email", true),
                RoutingQuestion.choice(COMPANY_SIZE, "select", true, "1-10", "11-50", "51-200", "201-1000",
                        "1000+", "Just exploring"),
                RoutingQuestion.of("Phone number", "phone", false),
                RoutingQuestion.of("What would you like to discuss?", "textarea", false)),
                List.of(new RoutingRule(COMPANY_SIZE, Set.of("1-10", "11-50"),
                                seeded.eventType(SeededOrganization.INTRO_CALL)),
                        new RoutingRule(COMPANY_SIZE, Set.of("51-200", "201-1000", "1000+"),
                                seeded.eventType(SeededOrganization.PRODUCT_DEMO))),
                RoutingResults.customMessage("Thanks for your interest",
                        "<p>We will email you a few resources to get started.</p>"),
                now.minus(Duration.ofDays(90)));
        forms.create(organization, SUPPORT_TRIAGE, "published", List.of(
                RoutingQuestion.of("Name", "name", true),
                RoutingQuestion.of("Email", "email", true),
                RoutingQuestion.choice(HELP_TOPIC, "radios", true, "Technical issue", "Billing", "Something else")),
                List.of(new RoutingRule(HELP_TOPIC, Set.of("Technical issue"),
                                seeded.eventType(SeededOrganization.SUPPORT_ROTATION)),
                        new RoutingRule(HELP_TOPIC, Set.of("Billing"),
                                seeded.eventType(SeededOrganization.OFFICE_HOURS))),
                RoutingResults.externalUrl("https://example.com/help"),
                now.minus(Duration.ofDays(60)));
        forms.create(organization, PARTNER_APPLICATION, "draft", List.of(
                RoutingQuestion.of("Name", "name", true),
                RoutingQuestion.of("Email", "email", true),
                RoutingQuestion.of("Company website", "text", false)),
                List.of(), RoutingResults.externalUrl("https://example.com/partners"),
                now.minus(Duration.ofDays(10)));

        RoutingFormSubmissions submissions = new RoutingFormSubmissions(store);
        submissions.record(contactSales, answers("Nettie Stevens", "nettie@example.com", "Just exploring"),
                Map.of(), now.minus(Duration.ofDays(5)));
        ObjectNode katherine = submissions.record(contactSales,
                answers("Katherine Johnson", "katherine@example.com", "201-1000"),
                Map.of("utm_source", "newsletter", "utm_medium", "email"),
                now.minus(Duration.ofDays(2)).minus(Duration.ofMinutes(10)));
        store.all(Kind.INVITEE).stream()
                .filter(invitee -> "katherine@example.com".equals(invitee.path("email").asText()))
                .findFirst()
                .ifPresent(invitee -> RoutingFormSubmissions.link(katherine, invitee, now.minus(Duration.ofDays(2))));
        submissions.record(contactSales, answers("Ida Rhodes", "ida@example.com", "11-50"),
                Map.of("utm_campaign", "autumn-launch", "utm_source", "linkedin"), now.minus(Duration.ofDays(1)));
    }

    private static Map<String, String> answers(String name, String email, String companySize) {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("Name", name);
        answers.put("Email", email);
        answers.put(COMPANY_SIZE, companySize);
        return answers;
    }
}
