package io.github.camelcalendly.sandbox.api;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcalendly.sandbox.SandboxContext;
import io.github.camelcalendly.sandbox.enterprise.DataDeletion;
import io.github.camelcalendly.sandbox.enterprise.EnterpriseAccess;
import io.github.camelcalendly.sandbox.http.ApiException;
import io.github.camelcalendly.sandbox.http.ApiModule;
import io.github.camelcalendly.sandbox.http.ApiRequest;
import io.github.camelcalendly.sandbox.http.ApiResponse;
import io.github.camelcalendly.sandbox.http.Router;
import io.github.camelcalendly.sandbox.state.Json;

/**
 * Data compliance deletions (Enterprise; owners and admins): {@code POST /data_compliance/deletion/invitees}
 * with {@code emails} and {@code POST /data_compliance/deletion/events} with {@code start_time} and
 * {@code end_time} (in the past, at most 24 months apart). Calendly accepts with 202 and {@code {}} and deletes
 * within days; the sandbox deletes before answering (see {@link DataDeletion}) and raises no webhook.
 */
public final class DataComplianceApi implements ApiModule {

    /** The longest range one events deletion may cover. */
    public static final int MAX_RANGE_MONTHS = 24;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");
    private static final String NO_DATA_REQUESTS = "You must be an admin/owner with the data requests permission "
            + "enabled to use this resource. Contact Calendly support and ask them to grant you data requests "
            + "permission.";

    private final SandboxContext context;
    private final EnterpriseAccess access;

    public DataComplianceApi(SandboxContext context) {
        this.context = context;
        this.access = new EnterpriseAccess(context);
    }

    @Override
    public void register(Router router) {
        router.post("/data_compliance/deletion/invitees", "data_compliance:write", this::deleteInvitees);
        router.post("/data_compliance/deletion/events", "data_compliance:write", this::deleteEvents);
    }

    private ApiResponse deleteInvitees(ApiRequest request) {
        requireAllowed(request);
        List<String> emails = emails(request.jsonBody());
        new DataDeletion(context).deleteInviteeData(emails, request.caller().user(), request.caller().organization());
        return accepted();
    }

    private ApiResponse deleteEvents(ApiRequest request) {
        requireAllowed(request);
        ObjectNode body = request.jsonBody();
        Instant start = time(body, "start_time");
        Instant end = time(body, "end_time");
        if (start.isAfter(end)) {
            throw ApiException.invalidArgument("start_time", "must not be after end_time");
        }
        if (end.isAfter(context.now())) {
            throw ApiException.invalidArgument("end_time", "must be in the past");
        }
        if (start.isBefore(end.atOffset(ZoneOffset.UTC).minusMonths(MAX_RANGE_MONTHS).toInstant())) {
            throw ApiException.invalidArgument("start_time",
                    "must be at most " + MAX_RANGE_MONTHS + " months before end_time");
        }
        new DataDeletion(context).deleteEvents(start, end, request.caller().user(), request.caller().organization());
        return accepted();
    }

    private void requireAllowed(ApiRequest request) {
        access.requireEnterprisePlan();
        access.requireManager(request.caller(), NO_DATA_REQUESTS);
    }

    private static List<String> emails(ObjectNode body) {
        JsonNode emails = body.path("emails");
        if (emails.isMissingNode() || emails.isNull()) {
            throw ApiException.invalidArgument("emails", "is required");
        }
        if (!emails.isArray()) {
            throw ApiException.invalidArgument("emails", "must be an array of email addresses");
        }
        if (emails.isEmpty()) {
            throw ApiException.invalidArgument("emails", "must contain at least one email address");
        }
        List<String> list = new ArrayList<>();
        for (JsonNode email : emails) {
            if (!email.isTextual() || !EMAIL.matcher(email.asText().trim()).matches()) {
                throw ApiException.invalidArgument("emails", email + " is not a valid email address");
            }
            list.add(email.asText().trim());
        }
        return list;
    }

    private static Instant time(ObjectNode body, String field) {
        JsonNode value = body.path(field);
        if (value.isMissingNode() || value.isNull() || value.asText().isBlank()) {
            throw ApiException.invalidArgument(field, "is required");
        }
        Instant instant = value.isTextual() ? Json.parseTimeOrNull(value.asText()) : null;
        if (instant == null) {
            throw ApiException.invalidArgument(field, "must be an ISO-8601 time");
        }
        return instant;
    }

    private static ApiResponse accepted() {
        return ApiResponse.of(202, Json.object());
    }
}
