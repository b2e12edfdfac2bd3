package io.github.camelcalendly.examples.scenario;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns Calendly's scheduled events and their invitees into {@link MeetingRow}s and prints them as a table whose
 * columns line up: start time, name, invitee, status.
 */
public final class MeetingTable {

    static final List<String> HEADINGS = List.of("START (UTC)", "MEETING", "INVITEE", "STATUS");
    private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private MeetingTable() {
    }

    /** The row for a scheduled event and its invitees (as invitees?op=list gives them). */
    public static MeetingRow row(Map<String, Object> event, List<Map<String, Object>> invitees) {
        String invitee;
        if (invitees.isEmpty()) {
            invitee = "-";
        } else {
            Map<String, Object> first = invitees.get(0);
            invitee = first.get("name") + " <" + first.get("email") + ">"
                    + (invitees.size() > 1 ? " +" + (invitees.size() - 1) : "");
        }
        return new MeetingRow(start(String.valueOf(event.get("start_time"))), String.valueOf(event.get("name")),
                invitee, String.valueOf(event.get("status")), String.valueOf(event.get("uri")));
    }

    /** The rows as lines of text: a heading line, a rule, one line per row, each column padded to its widest. */
    public static List<String> render(List<MeetingRow> rows) {
        List<List<String>> cells = new ArrayList<>();
        cells.add(HEADINGS);
        for (MeetingRow row : rows) {
            cells.add(List.of(row.start(), row.name(), row.invitee(), row.status()));
        }
        int[] widths = new int[HEADINGS.size()];
        for (List<String> line : cells) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        List<String> lines = new ArrayList<>();
        for (int n = 0; n < cells.size(); n++) {
            lines.add(line(cells.get(n), widths));
            if (n == 0) {
                List<String> rule = new ArrayList<>();
                for (int width : widths) {
                    rule.add("-".repeat(width));
                }
                lines.add(line(rule, widths));
            }
        }
        return lines;
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            text.append(cell);
            if (i < cells.size() - 1) {
                text.append(" ".repeat(widths[i] - cell.length() + 2));
            }
        }
        return text.toString();
    }

    private static String start(String startTime) {
        return START.format(Instant.parse(startTime));
    }
}
