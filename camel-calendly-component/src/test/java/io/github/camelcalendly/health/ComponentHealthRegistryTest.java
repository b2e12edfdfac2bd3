package io.github.camelcalendly.health;

import java.util.List;

import io.github.camelcalendly.CalendlyComponent;
import org.apache.camel.Exchange;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.health.HealthCheckRepository;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where a calendly component's checks are listed in the context's health-check registry: a repository named after
 * the component, answering readiness only, withdrawn when the component stops.
 */
class ComponentHealthRegistryTest extends HealthTestSupport {

    private Exchange currentUser(String uri) {
        return template.request(uri, e -> { });
    }

    private static List<String> ids(java.util.Collection<HealthCheck.Result> results) {
        return results.stream().map(r -> r.getCheck().getId()).toList();
    }

    @Test
    void aConnectionCheckAnswersReadinessButNotLiveness() {
        assertThat(currentUser("calendly:users?op=me").getException()).isNull();

        assertThat(ids(HealthCheckHelper.invokeReadiness(context)))
                .anyMatch(id -> id.startsWith(ConnectionHealthCheck.ID_PREFIX));
        assertThat(ids(HealthCheckHelper.invokeLiveness(context)))
                .noneMatch(id -> id.startsWith(ConnectionHealthCheck.ID_PREFIX));
        assertThat(connectionResults()).singleElement().satisfies(result -> {
            assertThat(result.getCheck().getGroup()).isEqualTo("camel");
            assertThat(result.getDetails()).containsEntry(HealthCheck.CHECK_KIND, "READINESS");
        });
    }

    @Test
    void aConnectionNeverAnsweredIsUpWithoutALastAnswer() {
        String unreachable = "http://localhost:" + AvailablePortFinder.getNextAvailable();

        Exchange out = currentUser("calendly:users?op=me&maxRetries=0&baseUrl=" + unreachable);

        assertThat(out.getException()).isNotNull();
        assertThat(connectionResults()).singleElement().satisfies(result -> {
            assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
            assertThat(result.getDetails()).containsEntry("calendly.connection.state", "NOT_USED_YET")
                    .containsEntry("calendly.base.url", unreachable)
                    .doesNotContainKeys("calendly.last.status", "calendly.last.answer.time", "calendly.user");
        });
    }

    @Test
    void aComponentAddedUnderAnotherNameListsItsChecksUnderThatName() {
        CalendlyComponent europe = new CalendlyComponent();
        europe.setAccessToken(token);
        europe.setBaseUrl(sandbox.baseUrl());
        context.addComponent("calendly-eu", europe);

        assertThat(currentUser("calendly-eu:users?op=me").getException()).isNull();

        HealthCheckRepository repository = HealthCheckRegistry.get(context).getRepository("calendly-eu")
                .orElseThrow(() -> new AssertionError("no repository calendly-eu"));
        assertThat(repository.stream().map(HealthCheck::getId).toList())
                .singleElement().satisfies(id -> assertThat(id).startsWith(ConnectionHealthCheck.ID_PREFIX));
        assertThat(HealthCheckRegistry.get(context).getRepository("calendly")).isEmpty();
    }

    @Test
    void aSwitchedOffRepositoryListsNoChecks() {
        assertThat(currentUser("calendly:users?op=me").getException()).isNull();
        HealthCheckRepository repository = HealthCheckRegistry.get(context).getRepository("calendly").orElseThrow();
        assertThat(repository.isEnabled()).isTrue();

        repository.setEnabled(false);

        assertThat(repository.isEnabled()).isFalse();
        assertThat(repository.stream()).isEmpty();
        assertThat(connectionResults()).isEmpty();
    }

    @Test
    void aStoppedComponentWithdrawsItsChecksFromTheRegistry() {
        assertThat(currentUser("calendly:users?op=me").getException()).isNull();
        assertThat(connectionResults()).hasSize(1);

        context.getComponent("calendly").stop();

        assertThat(HealthCheckRegistry.get(context).getRepository("calendly")).isEmpty();
        assertThat(connectionResults()).isEmpty();
    }

    @Test
    void aRestartedComponentReportsOnlyTheConnectionsUsedSinceTheRestart() {
        assertThat(currentUser("calendly:users?op=me").getException()).isNull();
        String other = sandbox.issueToken();
        context.getComponent("calendly").stop();
        context.getComponent("calendly").start();

        assertThat(currentUser("calendly:users?op=me&accessToken=RAW(" + other + ")").getException()).isNull();

        assertThat(connectionResults()).hasSize(1);
    }
}
