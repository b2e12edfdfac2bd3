package io.github.camelcalendly.operation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the operations registry to the URI contract (the test resource contract/operations.tsv, described by the
 * README.md beside it), and the generated component JSON to the registry. Every mismatch is collected, so one failure
 * lists every row and option that differs.
 */
class OperationsContractTest {

    /**
     * Rows compared elsewhere: the {@code webhook} row is the trigger, whose options are not request options (see
     * {@link #theWebhookRowIsTheRegistrysTrigger()}).
     */
    private static final Set<String> NOT_IN_REGISTRY = Set.of("webhook");

    private static final String CONTRACT = "contract/operations.tsv";
    private static final String COMPONENT_JSON = "META-INF/io/github/camelcalendly/calendly.json";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");
    private static final Pattern NUMBERED_RANGE = Pattern.compile("([a-zA-Z]+)(\\d+)\\.\\.\\1(\\d+)");
    private static final String RAW_QUERY_PREFIX_OPTION = "query.*";
    private static final String RAW_MESSAGE_BODY = "(message body)";

    private static List<TsvRow> rows;
    private static JsonNode componentJson;

    @BeforeAll
    static void readContract() throws IOException {
        rows = TsvRow.readAll(CONTRACT).stream()
                .filter(row -> !NOT_IN_REGISTRY.contains(row.resource()))
                .toList();
        try (InputStream in = OperationsContractTest.class.getClassLoader().getResourceAsStream(COMPONENT_JSON)) {
            assertThat(in).as("%s on the classpath", COMPONENT_JSON).isNotNull();
            componentJson = new ObjectMapper().readTree(in);
        }
    }

    @Test
    void everyContractRowIsARegistryOperation() {
        SoftAssertions softly = new SoftAssertions();
        for (TsvRow row : rows) {
            softly.assertThat(OperationRegistry.find(row.resource(), row.op()))
                    .as("operations.tsv line %d: registry operation %s", row.line(), row.id())
                    .isPresent();
        }
        softly.assertAll();
    }

    @Test
    void everyRegistryOperationHasAContractRow() {
        Set<String> contractIds = new LinkedHashSet<>();
        rows.forEach(row -> contractIds.add(row.id()));
        List<String> extras = OperationRegistry.all().stream()
                .filter(op -> op.kind() != OperationKind.WEBHOOK_TRIGGER)
                .map(Operation::id)
                .filter(id -> !contractIds.contains(id))
                .toList();
        assertThat(extras).as("registry operations without a row in operations.tsv").isEmpty();
    }

    @Test
    void theWebhookRowIsTheRegistrysTrigger() throws IOException {
        TsvRow webhook = TsvRow.readAll(CONTRACT).stream()
                .filter(row -> row.resource().equals("webhook")).findFirst().orElseThrow();
        Operation trigger = OperationRegistry.resolve("webhook", null);

        assertThat(webhook.op()).isEqualTo("(consumer)");
        assertThat(trigger.kind()).isEqualTo(OperationKind.WEBHOOK_TRIGGER);
        assertThat(trigger.scope()).isEqualTo(webhook.scope());
        assertThat(trigger.paginated()).isFalse();
        assertThat(trigger.parameters()).extracting(p -> p.name())
                .containsExactly("events", "scope", "organization", "user", "group", "signingKey");
    }

    @Test
    void methodPathScopeAndPagingMatchTheContract() {
        SoftAssertions softly = new SoftAssertions();
        for (TsvRow row : rows) {
            Operation op = OperationRegistry.find(row.resource(), row.op()).orElse(null);
            if (op == null) {
                continue; // reported by everyContractRowIsARegistryOperation
            }
            String where = "operations.tsv line " + row.line() + " (" + row.id() + "): ";
            softly.assertThat(op.method()).as(where + "method").isEqualTo(registryMethod(row.method()));
            softly.assertThat(normalizePath(op.pathTemplate())).as(where + "path template, placeholder names ignored")
                    .isEqualTo(normalizePath(row.path()));
            softly.assertThat(op.scope()).as(where + "scope").isEqualTo(row.scope());
            softly.assertThat(op.paginated() ? "yes" : "no").as(where + "paginated").isEqualTo(row.paginated());
        }
        softly.assertAll();
    }

    @Test
    void optionNamesAndRequiredFlagsMatchTheContractPerLocation() {
        SoftAssertions softly = new SoftAssertions();
        for (TsvRow row : rows) {
            Operation op = OperationRegistry.find(row.resource(), row.op()).orElse(null);
            if (op == null) {
                continue; // reported by everyContractRowIsARegistryOperation
            }
            String where = "operations.tsv line " + row.line() + " (" + row.id() + "): ";
            softly.assertThat(optionDifferences(contractOptions(row.pathOptions()),
                    registryOptions(op, ParameterLocation.PATH))).as(where + "path options").isEmpty();
            softly.assertThat(optionDifferences(contractOptions(row.queryOptions()),
                    registryOptions(op, ParameterLocation.QUERY))).as(where + "query options").isEmpty();
            softly.assertThat(optionDifferences(contractOptions(row.bodyOptions()),
                    registryOptions(op, ParameterLocation.BODY))).as(where + "body options").isEmpty();
        }
        softly.assertAll();
    }

    @Test
    void rawRequestTakesItsQueryFromThePrefixOptionAndItsBodyFromTheMessage() {
        TsvRow row = rows.stream().filter(r -> r.id().equals("raw/request")).findFirst().orElseThrow();
        Operation raw = OperationRegistry.find("raw", "request").orElseThrow();
        JsonNode query = componentJson.path("properties").path("query");

        assertThat(row.queryOptions()).isEqualTo(RAW_QUERY_PREFIX_OPTION);
        assertThat(row.bodyOptions()).isEqualTo(RAW_MESSAGE_BODY);
        assertThat(raw.kind()).isEqualTo(OperationKind.RAW);
        assertThat(raw.parameters()).extracting(Parameter::name).containsExactly("path");
        assertThat(query.path("prefix").asText()).as("prefix of endpoint option query").isEqualTo("query.");
        assertThat(query.path("multiValue").asBoolean()).as("endpoint option query is multi-value").isTrue();
    }

    @Test
    void everyRegistryParameterIsADescribedAndLabelledEndpointProperty() {
        JsonNode properties = componentJson.path("properties");
        SoftAssertions softly = new SoftAssertions();
        for (Operation op : OperationRegistry.all()) {
            for (Parameter p : op.parameters()) {
                JsonNode property = properties.path(p.name());
                String where = op.id() + " parameter " + p.name() + ": ";
                softly.assertThat(property.isObject()).as(where + "endpoint property in " + COMPONENT_JSON).isTrue();
                softly.assertThat(property.path("kind").asText()).as(where + "kind").isEqualTo("parameter");
                softly.assertThat(property.path("description").asText()).as(where + "description").isNotBlank();
                softly.assertThat(property.path("label").asText()).as(where + "label").isNotBlank();
            }
        }
        softly.assertAll();
    }

    @Test
    void enumOptionsListTheirValuesInTheComponentJson() {
        JsonNode properties = componentJson.path("properties");
        Set<String> checked = new LinkedHashSet<>();
        SoftAssertions softly = new SoftAssertions();
        for (Operation op : OperationRegistry.all()) {
            for (Parameter p : op.parameters()) {
                OptionDefinition def = p.option();
                if (def.enumValues().isEmpty() || def.type().isList() || !checked.add(def.name())) {
                    continue;
                }
                List<String> jsonEnum = new ArrayList<>();
                properties.path(def.name()).path("enum").forEach(v -> jsonEnum.add(v.asText()));
                softly.assertThat(jsonEnum).as("enum of endpoint property %s", def.name())
                        .isEqualTo(def.enumValues());
            }
        }
        softly.assertAll();
        assertThat(checked).as("enum options checked").isNotEmpty();
    }

    @Test
    void accessTokenIsSecretOnComponentAndEndpoint() {
        assertThat(componentJson.path("componentProperties").path("accessToken").path("secret").asBoolean())
                .as("component property accessToken is secret").isTrue();
        assertThat(componentJson.path("properties").path("accessToken").path("secret").asBoolean())
                .as("endpoint property accessToken is secret").isTrue();
    }

    @Test
    void resourcePathEnumIsTheRegistrysResources() {
        JsonNode resource = componentJson.path("properties").path("resource");
        List<String> jsonEnum = new ArrayList<>();
        resource.path("enum").forEach(v -> jsonEnum.add(v.asText()));

        assertThat(resource.path("kind").asText()).isEqualTo("path");
        assertThat(jsonEnum).containsExactlyElementsOf(OperationRegistry.resources());
    }

    /** The contract writes {@code any} for raw's method; the registry, like local actions, has {@code -}. */
    private static String registryMethod(String contractMethod) {
        return "any".equals(contractMethod) ? "-" : contractMethod;
    }

    private static String normalizePath(String template) {
        return PLACEHOLDER.matcher(template).replaceAll("{}");
    }

    private static List<String> registryOptions(Operation op, ParameterLocation location) {
        return op.parameters(location).stream().map(p -> p.name() + (p.required() ? "*" : "")).toList();
    }

    /**
     * What differs between the contract's options and the registry's, one readable line per option (name, required
     * flag), plus one line when only the order differs; empty when they match exactly.
     */
    static List<String> optionDifferences(List<String> contract, List<String> registry) {
        Map<String, Boolean> expected = requiredByName(contract);
        Map<String, Boolean> actual = requiredByName(registry);
        List<String> differences = new ArrayList<>();
        expected.forEach((name, required) -> {
            if (!actual.containsKey(name)) {
                differences.add(name + ": in operations.tsv, missing from the registry");
            } else if (!actual.get(name).equals(required)) {
                differences.add(name + ": " + (required ? "required" : "optional") + " in operations.tsv, "
                                + (actual.get(name) ? "required" : "optional") + " in the registry");
            }
        });
        actual.keySet().stream().filter(name -> !expected.containsKey(name))
                .forEach(name -> differences.add(name + ": in the registry, not in operations.tsv"));
        if (differences.isEmpty() && !contract.equals(registry)) {
            differences.add("order differs: operations.tsv " + contract + ", registry " + registry);
        }
        return differences;
    }

    private static Map<String, Boolean> requiredByName(List<String> specs) {
        Map<String, Boolean> byName = new LinkedHashMap<>();
        for (String spec : specs) {
            boolean required = spec.endsWith("*");
            byName.put(required ? spec.substring(0, spec.length() - 1) : spec, required);
        }
        return byName;
    }

    /**
     * The options of one tsv cell as {@code name} or {@code name*}: {@code a1..a10} expands to a1 to a10; raw's
     * {@code query.*} (the endpoint's query. prefix option) and {@code (message body)} are not registry parameters.
     */
    static List<String> contractOptions(String cell) {
        List<String> options = new ArrayList<>();
        if (cell.isBlank() || cell.equals(RAW_QUERY_PREFIX_OPTION) || cell.equals(RAW_MESSAGE_BODY)) {
            return options;
        }
        for (String spec : cell.split(",")) {
            String trimmed = spec.trim();
            Matcher range = NUMBERED_RANGE.matcher(trimmed);
            if (range.matches()) {
                int from = Integer.parseInt(range.group(2));
                int to = Integer.parseInt(range.group(3));
                for (int i = from; i <= to; i++) {
                    options.add(range.group(1) + i);
                }
            } else {
                options.add(trimmed);
            }
        }
        return options;
    }

    /** One line of operations.tsv. */
    record TsvRow(
            int line, String resource, String op, String method, String path, String scope, String pathOptions,
            String queryOptions, String bodyOptions, String paginated) {

        private static final List<String> COLUMNS = List.of("resource", "op", "method", "path", "scope",
                "path_options", "query_options", "body_options", "paginated", "summary");

        String id() {
            return resource + "/" + op;
        }

        static List<TsvRow> readAll(String resource) throws IOException {
            List<String> lines;
            try (InputStream in = OperationsContractTest.class.getClassLoader().getResourceAsStream(resource)) {
                assertThat(in).as("%s on the test class path", resource).isNotNull();
                lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            }
            assertThat(Arrays.asList(lines.get(0).split("\t", -1))).as("columns of %s", resource)
                    .isEqualTo(COLUMNS);
            List<TsvRow> rows = new ArrayList<>();
            for (int i = 1; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) {
                    continue;
                }
                String[] c = lines.get(i).split("\t", -1);
                assertThat(c).as("operations.tsv line %d has %d columns", i + 1, COLUMNS.size())
                        .hasSize(COLUMNS.size());
                rows.add(new TsvRow(i + 1, c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8]));
            }
            return rows;
        }
    }
}
