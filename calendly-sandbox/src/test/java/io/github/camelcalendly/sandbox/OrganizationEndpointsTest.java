package io.github.camelcalendly.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcalendly.sandbox.state.Kind;
import io.github.camelcalendly.sandbox.state.SandboxStore;

class OrganizationEndpointsTest {

    private CalendlySandbox sandbox;
    private SandboxClient owner;
    private String org;
    private String orgUuid;

    @BeforeEach
    void start() {
        sandbox = CalendlySandbox.start();
        owner = new SandboxClient(sandbox.baseUrl(), sandbox.issueToken());
        org = sandbox.seeded().organization();
        orgUuid = SandboxStore.lastSegment(org);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private SandboxClient as(String user, String... scopes) {
        return owner.as(sandbox.issueToken(user, List.of(scopes)));
    }

    private String membershipOf(String user) {
        JsonNode list = owner.get("/organization_memberships?user=" + user).collection();
        assertThat(list).hasSize(1);
        return list.get(0).path("uri").asText();
    }

    @Test
    void theSeededOrganizationIsReturned() {
        SandboxClient.Reply reply = owner.get("/organizations/" + orgUuid);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.resource().path("uri").asText()).isEqualTo(org);
        assertThat(reply.resource().path("name").asText()).isEqualTo("Analytical Engines Ltd");
        assertThat(reply.resource().path("kind").asText()).isEqualTo("multiple");
    }

    @Test
    void anUnknownOrganizationIs404() {
        assertThat(owner.get("/organizations/NOSUCHORG0000000").status()).isEqualTo(404);
    }

    @Test
    void readingTheOrganizationNeedsOrganizationsRead() {
        SandboxClient.Reply reply = owner.as(sandbox.issueToken("users:read")).get("/organizations/" + orgUuid);

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().path("required_scopes").get(0).asText()).isEqualTo("organizations:read");
    }

    @Test
    void membershipsOfTheOrganizationListEveryMemberWithTheEmbeddedUser() {
        SandboxClient.Reply reply = owner.get("/organization_memberships?organization=" + org);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.collection()).hasSize(3);
        assertThat(reply.collection()).extracting(m -> m.path("role").asText())
                .containsExactly("owner", "admin", "user");
        JsonNode first = reply.collection().get(0);
        assertThat(first.path("user").path("uri").asText()).isEqualTo(sandbox.seeded().owner());
        assertThat(first.path("user").path("email").asText()).isEqualTo("ada@example.com");
        assertThat(first.path("organization").asText()).isEqualTo(org);
        assertThat(reply.json().path("pagination").path("next_page").isNull()).isTrue();
    }

    @Test
    void membershipsFilterByRoleAndEmail() {
        JsonNode admins = owner.get("/organization_memberships?organization=" + org + "&role=admin").collection();
        JsonNode alan = owner.get("/organization_memberships?organization=" + org + "&email=alan@example.com")
                .collection();

        assertThat(admins).hasSize(1);
        assertThat(admins.get(0).path("user").path("uri").asText()).isEqualTo(sandbox.seeded().admin());
        assertThat(alan).hasSize(1);
        assertThat(alan.get(0).path("user").path("uri").asText()).isEqualTo(sandbox.seeded().member());
    }

    @Test
    void membershipsWithoutOrganizationOrUserAre400NamingOrganization() {
        SandboxClient.Reply reply = owner.get("/organization_memberships?role=admin");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("details").get(0).path("parameter").asText()).isEqualTo("organization");
    }

    @Test
    void anUnknownRoleIs400NamingRole() {
        SandboxClient.Reply reply = owner.get("/organization_memberships?organization=" + org + "&role=boss");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("details").get(0).path("parameter").asText()).isEqualTo("role");
    }

    @Test
    void membershipsPageOneAtATimeToTheEndByTokenAndByNextPageUrl() {
        List<String> byToken = new ArrayList<>();
        String token = null;
        do {
            SandboxClient.Reply page = owner.get("/organization_memberships?organization=" + org + "&count=1"
                    + (token == null ? "" : "&page_token=" + token));
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.collection()).hasSize(1);
            byToken.add(page.collection().get(0).path("uri").asText());
            token = page.json().path("pagination").path("next_page_token").textValue();
        } while (token != null);

        List<String> byUrl = new ArrayList<>();
        String next = "/organization_memberships?organization=" + org + "&count=2";
        while (next != null) {
            SandboxClient.Reply page = owner.get(next);
            page.collection().forEach(m -> byUrl.add(m.path("uri").asText()));
            next = page.json().path("pagination").path("next_page").textValue();
        }

        assertThat(byToken).hasSize(3).doesNotHaveDuplicates();
        assertThat(byUrl).isEqualTo(byToken);
    }

    @Test
    void aMembershipIsFetchedByUuid() {
        String uri = membershipOf(sandbox.seeded().admin());

        SandboxClient.Reply reply = owner.get("/organization_memberships/" + SandboxStore.lastSegment(uri));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.resource().path("role").asText()).isEqualTo("admin");
        assertThat(owner.get("/organization_memberships/NOSUCHMEMBERSHIP").status()).isEqualTo(404);
    }

    @Test
    void anAdminRemovesAMemberAndTheMembershipIsGone() {
        String uuid = SandboxStore.lastSegment(membershipOf(sandbox.seeded().member()));

        SandboxClient.Reply reply = as(sandbox.seeded().admin(), "organizations:write")
                .delete("/organization_memberships/" + uuid);

        assertThat(reply.status()).isEqualTo(204);
        assertThat(sandbox.context().store().find(Kind.MEMBERSHIP, uuid)).isEmpty();
        assertThat(owner.get("/organization_memberships?organization=" + org).collection()).hasSize(2);
    }

    @Test
    void theOwnersMembershipCannotBeRemoved() {
        String uuid = SandboxStore.lastSegment(membershipOf(sandbox.seeded().owner()));

        SandboxClient.Reply reply = as(sandbox.seeded().admin(), "organizations:write")
                .delete("/organization_memberships/" + uuid);

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().path("title").asText()).isEqualTo("Permission Denied");
        assertThat(sandbox.context().store().find(Kind.MEMBERSHIP, uuid)).isPresent();
    }

    @Test
    void aPlainMemberCannotRemoveAnyone() {
        String uuid = SandboxStore.lastSegment(membershipOf(sandbox.seeded().admin()));

        SandboxClient.Reply reply = as(sandbox.seeded().member(), "organizations:write")
                .delete("/organization_memberships/" + uuid);

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().path("title").asText()).isEqualTo("Permission Denied");
        assertThat(sandbox.context().store().find(Kind.MEMBERSHIP, uuid)).isPresent();
    }

    @Test
    void removingAMembershipNeedsOrganizationsWrite() {
        String uuid = SandboxStore.lastSegment(membershipOf(sandbox.seeded().member()));

        SandboxClient.Reply reply = owner.as(sandbox.issueToken("organizations:read"))
                .delete("/organization_memberships/" + uuid);

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().path("required_scopes").get(0).asText()).isEqualTo("organizations:write");
    }

    @Test
    void invitationsListTheSeededPendingInvitation() {
        SandboxClient.Reply reply = owner.get("/organizations/" + orgUuid + "/invitations");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.collection()).hasSize(1);
        JsonNode invitation = reply.collection().get(0);
        assertThat(invitation.path("uri").asText()).isEqualTo(sandbox.seeded().pendingInvitation());
        assertThat(invitation.path("status").asText()).isEqualTo("pending");
        assertThat(invitation.path("user").isNull()).isTrue();
    }

    @Test
    void invitationsFilterByStatusAndSortNewestFirst() {
        owner.post("/organizations/" + orgUuid + "/invitations", "{\"email\":\"later@example.com\"}");

        JsonNode desc = owner.get("/organizations/" + orgUuid + "/invitations?sort=created_at:desc").collection();
        JsonNode accepted = owner.get("/organizations/" + orgUuid + "/invitations?status=accepted").collection();

        assertThat(desc).extracting(i -> i.path("email").asText())
                .containsExactly("later@example.com", "new.hire@example.com");
        assertThat(accepted).isEmpty();
        assertThat(owner.get("/organizations/" + orgUuid + "/invitations?status=revoked").status()).isEqualTo(400);
        assertThat(owner.get("/organizations/" + orgUuid + "/invitations?sort=email:asc").json()
                .path("details").get(0).path("parameter").asText()).isEqualTo("sort");
    }

    @Test
    void invitingAnEmailCreatesAPendingInvitation() {
        SandboxClient.Reply reply = owner.post("/organizations/" + orgUuid + "/invitations",
                "{\"email\":\"babbage@example.com\"}");

        assertThat(reply.status()).isEqualTo(201);
        JsonNode invitation = reply.resource();
        assertThat(invitation.path("email").asText()).isEqualTo("babbage@example.com");
        assertThat(invitation.path("status").asText()).isEqualTo("pending");
        assertThat(invitation.path("organization").asText()).isEqualTo(org);
        assertThat(invitation.path("uri").asText()).startsWith(org + "/invitations/");
        String uuid = SandboxStore.lastSegment(invitation.path("uri").asText());
        assertThat(owner.get("/organizations/" + orgUuid + "/invitations/" + uuid).resource())
                .isEqualTo(invitation);
    }

    @Test
    void invitingWithoutOrWithABadEmailIs400NamingEmail() {
        SandboxClient.Reply missing = owner.post("/organizations/" + orgUuid + "/invitations", "{}");
        SandboxClient.Reply malformed = owner.post("/organizations/" + orgUuid + "/invitations",
                "{\"email\":\"not-an-email\"}");

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("details").get(0).path("parameter").asText()).isEqualTo("email");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().path("details").get(0).path("parameter").asText()).isEqualTo("email");
        assertThat(sandbox.context().store().all(Kind.INVITATION)).hasSize(1);
    }

    @Test
    void invitingAnAlreadyInvitedEmailIsRefused() {
        SandboxClient.Reply reply = owner.post("/organizations/" + orgUuid + "/invitations",
                "{\"email\":\"New.Hire@example.com\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("title").asText()).isEqualTo("Already Invited");
        assertThat(sandbox.context().store().all(Kind.INVITATION)).hasSize(1);
    }

    @Test
    void invitingAnExistingMemberIsRefused() {
        SandboxClient.Reply reply = owner.post("/organizations/" + orgUuid + "/invitations",
                "{\"email\":\"alan@example.com\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("title").asText()).isEqualTo("Already Organization Member");
    }

    @Test
    void aPlainMemberCannotInvite() {
        SandboxClient.Reply reply = as(sandbox.seeded().member(), "organizations:write")
                .post("/organizations/" + orgUuid + "/invitations", "{\"email\":\"x@example.com\"}");

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().path("title").asText()).isEqualTo("Permission Denied");
    }

    @Test
    void invitingNeedsOrganizationsWrite() {
        SandboxClient.Reply reply = owner.as(sandbox.issueToken("organizations:read"))
                .post("/organizations/" + orgUuid + "/invitations", "{\"email\":\"x@example.com\"}");

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().path("required_scopes").get(0).asText()).isEqualTo("organizations:write");
    }

    @Test
    void revokingAnInvitationRemovesItAndItsLinkStopsWorking() {
        String uuid = SandboxStore.lastSegment(sandbox.seeded().pendingInvitation());

        SandboxClient.Reply reply = owner.delete("/organizations/" + orgUuid + "/invitations/" + uuid);

        assertThat(reply.status()).isEqualTo(204);
        assertThat(owner.get("/organizations/" + orgUuid + "/invitations/" + uuid).status()).isEqualTo(404);
        assertThat(owner.get("/organizations/" + orgUuid + "/invitations").collection()).isEmpty();
        assertThat(owner.post("/organizations/" + orgUuid + "/invitations",
                "{\"email\":\"new.hire@example.com\"}").status()).isEqualTo(201);
    }

    @Test
    void invitationsOfAnUnknownOrganizationOrUuidAre404() {
        assertThat(owner.get("/organizations/NOSUCHORG0000000/invitations").status()).isEqualTo(404);
        assertThat(owner.get("/organizations/" + orgUuid + "/invitations/NOSUCHINVITATION").status())
                .isEqualTo(404);
        assertThat(owner.delete("/organizations/" + orgUuid + "/invitations/NOSUCHINVITATION").status())
                .isEqualTo(404);
    }
}
