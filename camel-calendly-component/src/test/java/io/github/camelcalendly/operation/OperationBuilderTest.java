package io.github.camelcalendly.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * How one registry row becomes an operation: where its options go, which it needs, what it defaults from the
 * connection, whether it may be retried, and what Calendly answers it with. The registry is built once per JVM, so
 * these rows are built here, in the test.
 */
class OperationBuilderTest {

    private static OperationBuilder row(String name, String method) {
        return new OperationBuilder("things", name, method, "/things/{uuid}", "things:read", "A thing");
    }

    @Test
    void eachOptionGoesWhereTheRowPutsItAndAStarMakesItRequired() {
        Operation op = row("get", "GET").path("uuid*").query("count").body("email*").build();

        assertThat(op.parameters()).extracting(Parameter::name, Parameter::location, Parameter::required)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("uuid", ParameterLocation.PATH, true),
                        org.assertj.core.groups.Tuple.tuple("count", ParameterLocation.QUERY, false),
                        org.assertj.core.groups.Tuple.tuple("email", ParameterLocation.BODY, true));
        assertThat(op.parameter("count").orElseThrow().type()).isEqualTo(ParameterType.INTEGER);
        assertThat(op.parameter("count").orElseThrow().option()).isSameAs(OptionCatalog.get("count"));
    }

    @Test
    void aRequiredUserOrOrganizationIsAlwaysFilledFromTheConnection() {
        Operation op = row("list", "GET").query("organization*", "user").build();

        assertThat(op.connectionDefaults()).containsExactly(ConnectionDefault.always("organization"));
        assertThat(op.connectionAlwaysFills("organization")).isTrue();
        assertThat(op.connectionAlwaysFills("user")).isFalse();
    }

    @Test
    void aRequiredUserIsFilledFromTheConnectionToo() {
        Operation op = row("list", "GET").query("user*").build();

        assertThat(op.connectionDefaults()).containsExactly(ConnectionDefault.always("user"));
    }

    @Test
    void aRequiredOptionOtherThanUserOrOrganizationIsNotDefaulted() {
        assertThat(row("get", "GET").path("uuid*").build().connectionDefaults()).isEmpty();
    }

    @Test
    void conditionalDefaultsFollowTheAutomaticOnes() {
        Operation op = row("list", "GET").query("organization*", "user", "scope")
                .defaultFromConnectionUnless("user", "organization")
                .defaultFromConnectionWhen("user", "scope", "user")
                .build();

        assertThat(op.connectionDefaults()).containsExactly(
                ConnectionDefault.always("organization"),
                new ConnectionDefault("user", List.of("organization"), null, null),
                new ConnectionDefault("user", List.of(), "scope", "user"));
    }

    @Test
    void readsDeletesAndLocalActionsMayBeRetriedAndOtherWritesMayNot() {
        assertThat(row("get", "GET").build().idempotent()).isTrue();
        assertThat(row("delete", "DELETE").build().idempotent()).isTrue();
        assertThat(row("prefillUrl", "-").kind(OperationKind.PREFILL_URL).build().idempotent()).isTrue();
        assertThat(row("create", "POST").build().idempotent()).isFalse();
        assertThat(row("update", "PATCH").build().idempotent()).isFalse();
    }

    @Test
    void aWriteMarkedIdempotentMayBeRetried() {
        assertThat(row("addContacts", "POST").idempotent().build().idempotent()).isTrue();
    }

    @Test
    void theAnswerFollowsCalendlysConventionsUnlessTheRowSaysOtherwise() {
        assertThat(row("list", "GET").build().answer()).isEqualTo(AnswerShape.COLLECTION);
        assertThat(row("delete", "DELETE").build().answer()).isEqualTo(AnswerShape.NO_CONTENT);
        assertThat(row("get", "GET").build().answer()).isEqualTo(AnswerShape.RESOURCE);
        assertThat(row("create", "POST").build().answer()).isEqualTo(AnswerShape.RESOURCE);
        assertThat(row("update", "PATCH").answers(AnswerShape.OBJECT).build().answer()).isEqualTo(AnswerShape.OBJECT);
    }

    @Test
    void rawRequestsTakeAnyAnswerAndLocalActionsTriggersAndOAuthNone() {
        assertThat(row("request", "GET").kind(OperationKind.RAW).build().answer()).isEqualTo(AnswerShape.ANY);
        for (OperationKind kind : List.of(OperationKind.PREFILL_URL, OperationKind.WEBHOOK_TRIGGER,
                OperationKind.OAUTH)) {
            Operation op = row("get", "GET").kind(kind).build();

            assertThat(op.answer()).as("%s", kind).isEqualTo(AnswerShape.NONE);
            assertThat(op.kind()).isEqualTo(kind);
        }
    }

    @Test
    void pagingPlanBudgetAndDestructivenessCarryOver() {
        RateBudget budget = RateBudget.perMinute(10);
        Operation op = row("list", "GET").paginated().maxPageSize(1000).plan(PlanRequirement.ENTERPRISE)
                .budget(budget).destructive().build();

        assertThat(op.paginated()).isTrue();
        assertThat(op.maxPageSize()).isEqualTo(1000);
        assertThat(op.plan()).isEqualTo(PlanRequirement.ENTERPRISE);
        assertThat(op.budget()).isEqualTo(budget);
        assertThat(op.destructive()).isTrue();
    }

    @Test
    void aPlainRowIsNotPagedDestructiveOrPlanBound() {
        Operation op = row("get", "GET").build();

        assertThat(op.paginated()).isFalse();
        assertThat(op.maxPageSize()).isEqualTo(100);
        assertThat(op.destructive()).isFalse();
        assertThat(op.plan()).isEqualTo(PlanRequirement.ANY);
        assertThat(op.budget()).isEqualTo(RateBudget.NONE);
        assertThat(op.kind()).isEqualTo(OperationKind.HTTP);
    }

    @Test
    void asNarrowsTheTypeAndReferenceOfOneOptionAndKeepsTheRest() {
        Operation op = row("create", "POST").body("owner*", "name").as("owner", ParameterType.URI, "users").build();

        Parameter owner = op.parameter("owner").orElseThrow();
        assertThat(owner.type()).isEqualTo(ParameterType.URI);
        assertThat(owner.reference()).isEqualTo("users");
        assertThat(owner.required()).isTrue();
        assertThat(owner.location()).isEqualTo(ParameterLocation.BODY);
        assertThat(op.parameters()).extracting(Parameter::name).containsExactly("owner", "name");
    }

    @Test
    void enumsNarrowTheAcceptedValuesOfOneOption() {
        Operation op = row("list", "GET").query("status").enums("status", "active", "canceled").build();

        assertThat(op.parameter("status").orElseThrow().enumValues()).containsExactly("active", "canceled");
    }

    @Test
    void narrowingAnOptionTheRowDoesNotHaveNamesTheRowAndTheOption() {
        OperationBuilder builder = row("list", "GET").query("count");

        assertThatThrownBy(() -> builder.enums("status", "active"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("things/list has no parameter status");
        assertThatThrownBy(() -> builder.as("user", ParameterType.URI, "users"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("things/list has no parameter user");
    }

    @Test
    void theRowsIdentityCarriesOver() {
        Operation op = row("get", "GET").build();

        assertThat(op.id()).isEqualTo("things/get");
        assertThat(op.method()).isEqualTo("GET");
        assertThat(op.pathTemplate()).isEqualTo("/things/{uuid}");
        assertThat(op.scope()).isEqualTo("things:read");
        assertThat(op.summary()).isEqualTo("A thing");
    }
}
