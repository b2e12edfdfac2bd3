package io.github.camelcalendly.catalog.kamelet;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelcalendly.catalog.CatalogSources;

/**
 * The route templates of the Calendly Kamelets, in the YAML DSL. Every Kamelet hands on JSON text (Jackson), as
 * Kamelet sinks and pipes expect: a source the item or event it received, an action and a sink Calendly's answer.
 */
final class KameletTemplates {

    private KameletTemplates() {
    }

    /**
     * A calendly endpoint: {@code uri} with the {@code fixed} parameters, then one parameter per property set to the
     * property's placeholder.
     */
    static ObjectNode calendly(String uri, Map<String, Object> fixed, List<KameletProperty> options) {
        ObjectNode endpoint = CatalogSources.mapper().createObjectNode();
        endpoint.put("uri", uri);
        ObjectNode parameters = endpoint.putObject("parameters");
        fixed.forEach((name, value) -> parameters.set(name, CatalogSources.mapper().valueToTree(value)));
        for (KameletProperty option : options) {
            if (parameters.has(option.name())) {
                throw new IllegalArgumentException("Endpoint parameter " + option.name() + " is set twice");
            }
            parameters.put(option.name(), option.placeholder());
        }
        return endpoint;
    }

    /** A source: the route starts at {@code consumer} and hands each exchange to the Kamelet's sink as JSON. */
    static ObjectNode source(ObjectNode consumer) {
        ObjectNode template = CatalogSources.mapper().createObjectNode();
        ObjectNode from = consumer.deepCopy();
        ArrayNode steps = from.putArray("steps");
        steps.add(marshalJson());
        steps.addObject().put("to", "kamelet:sink");
        template.set("from", from);
        return template;
    }

    /**
     * An action or a sink: what the Kamelet receives goes to {@code producer}; its answer, when there is one,
     * becomes the body as JSON (a call that answers nothing, such as a delete, leaves no body).
     */
    static ObjectNode step(ObjectNode producer) {
        ObjectNode template = CatalogSources.mapper().createObjectNode();
        ObjectNode from = template.putObject("from");
        from.put("uri", "kamelet:source");
        ArrayNode steps = from.putArray("steps");
        steps.addObject().set("to", producer);
        ObjectNode choice = steps.addObject().putObject("choice");
        ObjectNode when = choice.putArray("when").addObject();
        when.put("simple", "${body} != null");
        when.putArray("steps").add(marshalJson());
        return template;
    }

    private static ObjectNode marshalJson() {
        ObjectNode marshal = CatalogSources.mapper().createObjectNode();
        marshal.putObject("marshal").putObject("json").put("library", "Jackson");
        return marshal;
    }
}
