package io.github.camelcalendly.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MeetingTableTest {

    private static final Map<String, Object> DEMO = Map.of("uri", "https://api.calendly.com/scheduled_events/A",
            "name", "Product Demo", "status", "active", "start_time", "2026-05-04T14:00:00.000000Z");
    private static final Map<String, Object> CALL = Map.of("uri", "https://api.calendly.com/scheduled_events/B",
            "name", "Intro Call", "status", "canceled", "start_time", "2026-05-06T09:30:00Z");

    @Test
    void aRowShowsTheStartInUtcTheMeetingItsFirstInviteeAndHowManyMore() {
        MeetingRow row = MeetingTable.row(DEMO, List.of(
                Map.of("name", "Ada Lovelace", "email", "ada@example.com"),
                Map.of("name", "Grace Hopper", "email", "grace@example.com"),
                Map.of("name", "Alan Turing", "email", "alan@example.com")));

        assertThat(row).isEqualTo(new MeetingRow("Mon 2026-05-04 14:00", "Product Demo",
                "Ada Lovelace <ada@example.com> +2", "active", "https://api.calendly.com/scheduled_events/A"));
        assertThat(MeetingTable.row(CALL, List.of()).invitee()).isEqualTo("-");
    }

    @Test
    void everyColumnStartsAtTheSamePlaceOnEveryLine() {
        List<String> lines = MeetingTable.render(List.of(
                MeetingTable.row(DEMO, List.of(Map.of("name", "Ada Lovelace", "email", "ada@example.com"))),
                MeetingTable.row(CALL, List.of(Map.of("name", "Bo", "email", "bo@example.com")))));

        assertThat(lines).containsExactly(
                "START (UTC)           MEETING       INVITEE                         STATUS",
                "--------------------  ------------  ------------------------------  --------",
                "Mon 2026-05-04 14:00  Product Demo  Ada Lovelace <ada@example.com>  active",
                "Wed 2026-05-06 09:30  Intro Call    Bo <bo@example.com>             canceled");
    }

    @Test
    void anEmptyListIsJustTheHeadings() {
        assertThat(MeetingTable.render(List.of())).containsExactly(
                "START (UTC)  MEETING  INVITEE  STATUS",
                "-----------  -------  -------  ------");
    }
}
