package io.github.camelcalendly.operation;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the registry expects each operation's successful answer to be. Calendly wraps single answers in
 * {@code resource}, lists in {@code collection} and answers deletes with 204; the few operations documented to
 * answer otherwise are named here one by one.
 */
class AnswerShapesTest {

    private static List<String> idsAnswering(AnswerShape shape) {
        return OperationRegistry.all().stream().filter(op -> op.answer() == shape).map(Operation::id).toList();
    }

    @Test
    void theOperationsAnsweringAPlainObjectAreTheDocumentedExceptions() {
        assertThat(idsAnswering(AnswerShape.OBJECT)).containsExactlyInAnyOrder(
                "eventTypeAvailabilitySchedules/update", // {"message": "Availability schedules updated successfully."}
                "sampleWebhookData/get", // the webhook envelope {"event", "payload", ...}
                "dataCompliance/deleteInvitees", // 202 {}
                "dataCompliance/deleteEvents", // 202 {}
                "contactLists/addContacts", // counts and URIs of contacts not added, layout not documented
                "contactLists/removeContacts");
    }

    @Test
    void everyListAnswersACollectionAndNothingElseDoes() {
        assertThat(OperationRegistry.all()).allSatisfy(op -> assertThat(op.answer() == AnswerShape.COLLECTION)
                .as("%s answers a collection", op.id()).isEqualTo("list".equals(op.name())));
    }

    @Test
    void everyDeleteAnswersNoContentAndNothingElseDoes() {
        assertThat(OperationRegistry.all()).allSatisfy(op -> assertThat(op.answer() == AnswerShape.NO_CONTENT)
                .as("%s answers 204", op.id()).isEqualTo("DELETE".equals(op.method())));
    }

    @Test
    void everyOtherCallToCalendlyAnswersAResource() {
        assertThat(idsAnswering(AnswerShape.RESOURCE)).hasSize((int) OperationRegistry.all().stream()
                .filter(op -> op.kind() == OperationKind.HTTP).count()
                - idsAnswering(AnswerShape.COLLECTION).size() - idsAnswering(AnswerShape.NO_CONTENT).size()
                - idsAnswering(AnswerShape.OBJECT).size());
        assertThat(idsAnswering(AnswerShape.RESOURCE)).contains("users/me", "scheduledEvents/cancel",
                "invitees/create", "meetingRecaps/transcript", "contactLists/update");
    }

    @Test
    void aRawRequestTakesAnyAnswerAndLocalActionsGetNone() {
        assertThat(idsAnswering(AnswerShape.ANY)).containsExactly("raw/request");
        assertThat(idsAnswering(AnswerShape.NONE)).containsExactlyInAnyOrder("schedulingLinks/prefillUrl",
                "webhook/consumer", "oauth/authorizeUrl", "oauth/exchangeCode", "oauth/refresh", "oauth/revoke",
                "oauth/introspect");
    }

    @Test
    void onlyListsReturnACollectionToTheRoute() {
        assertThat(OperationRegistry.all()).allSatisfy(op -> assertThat(op.returnsCollection())
                .as("%s returns a collection", op.id()).isEqualTo(op.answer() == AnswerShape.COLLECTION));
    }
}
