package io.github.camelcalendly.operation;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the registry says about kinds of values and plans, as catalogs and docs read it.
 */
class ParameterKindsTest {

    @Test
    void onlyJsonObjectsAndArraysAreSentAsJsonAsGiven() {
        assertThat(EnumSet.allOf(ParameterType.class).stream().filter(ParameterType::isJson))
                .containsExactlyInAnyOrder(ParameterType.JSON_OBJECT, ParameterType.JSON_ARRAY);
    }

    @Test
    void onlyStringAndIntegerListsAreLists() {
        assertThat(EnumSet.allOf(ParameterType.class).stream().filter(ParameterType::isList))
                .containsExactlyInAnyOrder(ParameterType.STRING_LIST, ParameterType.INTEGER_LIST);
    }

    @Test
    void eachPlanSaysWhichPlansIncludeTheOperation() {
        assertThat(PlanRequirement.ANY.id()).isEqualTo("any");
        assertThat(PlanRequirement.ANY.description()).isEqualTo("every plan");
        assertThat(PlanRequirement.PAID.id()).isEqualTo("paid");
        assertThat(PlanRequirement.PAID.description()).contains("paid plan", "Standard");
        assertThat(PlanRequirement.ENTERPRISE.id()).isEqualTo("enterprise");
        assertThat(PlanRequirement.ENTERPRISE.description()).contains("Enterprise");
    }

    @Test
    void theSchedulingApiWebhooksAndTheEnterpriseLogsNameTheirPlans() {
        assertThat(OperationRegistry.resolve("invitees", "create").plan()).isEqualTo(PlanRequirement.PAID);
        assertThat(OperationRegistry.resolve("webhookSubscriptions", "create").plan()).isEqualTo(PlanRequirement.PAID);
        assertThat(OperationRegistry.resolve("meetingRecaps", "list").plan()).isEqualTo(PlanRequirement.PAID);
        assertThat(OperationRegistry.resolve("activityLogEntries", "list").plan()).isEqualTo(PlanRequirement.ENTERPRISE);
        assertThat(OperationRegistry.resolve("dataCompliance", "deleteEvents").plan())
                .isEqualTo(PlanRequirement.ENTERPRISE);
        assertThat(OperationRegistry.resolve("contactCustomFieldDefinitions", "create").plan())
                .isEqualTo(PlanRequirement.ANY);
        assertThat(OperationRegistry.resolve("scheduledEvents", "list").plan()).isEqualTo(PlanRequirement.ANY);
    }
}
