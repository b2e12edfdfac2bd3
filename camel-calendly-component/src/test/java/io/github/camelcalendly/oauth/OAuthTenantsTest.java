package io.github.camelcalendly.oauth;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One route serving many Calendly users: each exchange names its user's connection, and each request Calendly receives
 * carries that user's own token.
 */
class OAuthTenantsTest extends OAuthTestSupport {

    private static final int CALLS = 1000;

    @Test
    @SuppressWarnings("unchecked")
    void twoTenantsInterleavedOverAThousandCallsEachGetTheirOwnUser() throws Exception {
        String owner = connect(sandbox.seeded().owner());
        String member = connect(sandbox.seeded().member());
        String ownerToken = store.load(owner).orElseThrow().accessToken();
        String memberToken = store.load(member).orElseThrow().accessToken();
        sandbox.wireMock().resetRequests();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<String[]>> calls = new ArrayList<>();
        try {
            for (int i = 0; i < CALLS; i++) {
                String tenant = i % 2 == 0 ? owner : member;
                calls.add(pool.submit(() -> {
                    Exchange out = callAs(tenant, "calendly:users?op=me");
                    if (out.getException() != null) {
                        throw out.getException();
                    }
                    return new String[] { tenant, (String) out.getMessage().getBody(Map.class).get("uri") };
                }));
            }
            for (Future<String[]> call : calls) {
                String[] answer = call.get(60, TimeUnit.SECONDS);
                assertThat(answer[1]).as("the user Calendly answered for tenant %s", answer[0]).isEqualTo(answer[0]);
            }
        } finally {
            pool.shutdownNow();
        }

        List<ServeEvent> requests = sandbox.wireMock().getAllServeEvents();
        assertThat(requests).hasSize(CALLS);
        long byOwner = requests.stream().filter(e -> ("Bearer " + ownerToken)
                .equals(e.getRequest().getHeader("Authorization"))).count();
        long byMember = requests.stream().filter(e -> ("Bearer " + memberToken)
                .equals(e.getRequest().getHeader("Authorization"))).count();
        assertThat(byOwner).isEqualTo(CALLS / 2);
        assertThat(byMember).isEqualTo(CALLS / 2);
        assertThat(tokenRequests("refresh_token")).isEmpty();
    }

    @Test
    void eachConnectionFillsInItsOwnUserWhereTheRouteGivesNone() {
        String owner = connect(sandbox.seeded().owner());
        String member = connect(sandbox.seeded().member());
        sandbox.wireMock().resetRequests();

        Exchange forOwner = callAs(owner, "calendly:scheduledEvents?op=list");
        Exchange forMember = callAs(member, "calendly:scheduledEvents?op=list");

        assertThat(forOwner.getException()).isNull();
        assertThat(forMember.getException()).isNull();
        List<String> users = sandbox.wireMock().getAllServeEvents().stream()
                .map(e -> e.getRequest().queryParameter("user").firstValue()).toList();
        assertThat(users).as("the user query of each list, from the token response (no /users/me needed)")
                .containsExactlyInAnyOrder(owner, member);
    }

    @Test
    void theEndpointsConnectionIdActsForThatUserWithoutAHeader() {
        String member = connect(sandbox.seeded().member());

        Exchange out = template.request("calendly:users?op=me&connectionId=" + member, e -> { });

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody(Map.class)).containsEntry("uri", member);
    }

    @Test
    void theHeaderWinsOverTheEndpointsConnectionId() {
        String owner = connect(sandbox.seeded().owner());
        String member = connect(sandbox.seeded().member());

        Exchange out = callAs(owner, "calendly:users?op=me&connectionId=" + member);

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody(Map.class)).containsEntry("uri", owner);
    }
}
