package io.github.camelcalendly.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.camelcalendly.sandbox.SandboxOptions.Plan;

/**
 * Who may read the two Enterprise logs, the activity log and outgoing communications: the same refusals for both,
 * as Calendly gives them (plan, role, scope, organization).
 */
class EnterpriseLogAccessTest {

    private static CalendlySandbox sandbox;
    private static SandboxClient owner;
    private static String org;

    @BeforeAll
    static void start() {
        sandbox = CalendlySandbox.start(SandboxOptions.defaults().withPlan(Plan.ENTERPRISE));
        owner = new SandboxClient(sandbox.baseUrl(), sandbox.issueToken());
        org = sandbox.seeded().organization();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/activity_log_entries", "/outgoing_communications"})
    void theOwnerReadsTheLog(String path) {
        assertThat(owner.get(path + "?organization=" + enc(org)).status()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/activity_log_entries", "/outgoing_communications"})
    void aStandardPlanIsToldToUpgradeToEnterprise(String path) {
        try (CalendlySandbox standard = CalendlySandbox.start()) {
            SandboxClient.Reply reply = new SandboxClient(standard.baseUrl(), standard.issueToken())
                    .get(path + "?organization=" + enc(standard.seeded().organization()));

            assertThat(reply.status()).isEqualTo(403);
            assertThat(reply.json().path("title").asText()).isEqualTo("Permission Denied");
            assertThat(reply.json().path("message").asText())
                    .isEqualTo("Please upgrade your Calendly account to Enterprise.");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/activity_log_entries", "/outgoing_communications"})
    void aPlainMemberMayNotReadIt(String path) {
        SandboxClient.Reply reply = owner.as(sandbox.issueToken(sandbox.seeded().member(), List.of()))
                .get(path + "?organization=" + enc(org));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().path("title").asText()).isEqualTo("Permission Denied");
        assertThat(reply.json().path("message").asText())
                .isEqualTo("You do not have permission to access this resource.");
    }

    @ParameterizedTest(name = "{0} needs {1}")
    @CsvSource({"/activity_log_entries, activity_log:read, outgoing_communications:read",
        "/outgoing_communications, outgoing_communications:read, activity_log:read"})
    void readingItNeedsItsOwnScope(String path, String scope, String otherScope) {
        SandboxClient.Reply reply = owner.as(sandbox.issueToken(otherScope)).get(path + "?organization=" + enc(org));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().path("required_scopes").get(0).asText()).isEqualTo(scope);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/activity_log_entries", "/outgoing_communications"})
    void theOrganizationIsRequired(String path) {
        SandboxClient.Reply reply = owner.get(path);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("details").get(0).path("parameter").asText()).isEqualTo("organization");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/activity_log_entries", "/outgoing_communications"})
    void anotherOrganizationsLogIsRefused(String path) {
        SandboxClient.Reply reply = owner.get(path + "?organization="
                + enc(sandbox.baseUrl() + "/organizations/SOMEONEELSESORG0"));

        assertThat(reply.status()).isEqualTo(403);
    }
}
