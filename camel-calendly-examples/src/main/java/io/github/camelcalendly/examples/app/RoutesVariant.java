package io.github.camelcalendly.examples.app;

import org.apache.camel.main.KameletMain;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainCommandLineSupport;

import io.github.camelcalendly.examples.routes.CalendlyActionRoutes;
import io.github.camelcalendly.examples.routes.PollingTriggerRoute;
import io.github.camelcalendly.examples.routes.WebhookTriggerRoute;

/**
 * The two ways the scenario's routes are written and run: Java DSL route builders on Camel Main, or the YAML files
 * under {@code routes/} on KameletMain, the engine behind Camel JBang. Either way the routes are the actions plus one
 * trigger, the webhook or the polling one.
 */
public enum RoutesVariant {

    /** {@link CalendlyActionRoutes} and a trigger route builder on {@link Main}. */
    JAVA_DSL("Java DSL routes on Camel Main") {
        @Override
        MainCommandLineSupport create(boolean webhook) {
            Main main = new Main();
            main.configure().addRoutesBuilder(new CalendlyActionRoutes());
            main.configure().addRoutesBuilder(webhook ? new WebhookTriggerRoute() : new PollingTriggerRoute());
            return main;
        }
    },

    /** {@code routes/calendly-actions.camel.yaml} and a trigger file on {@link KameletMain}. */
    YAML("YAML routes on KameletMain") {
        @Override
        MainCommandLineSupport create(boolean webhook) {
            KameletMain main = new KameletMain("calendly.examples");
            // every component the routes use is on the classpath: nothing is ever downloaded
            main.setDownload(false);
            main.addInitialProperty("camel.main.routesIncludePattern", ACTIONS_YAML + ","
                    + (webhook ? WEBHOOK_TRIGGER_YAML : POLLING_TRIGGER_YAML));
            return main;
        }
    };

    /** The action routes in YAML. */
    public static final String ACTIONS_YAML = "classpath:routes/calendly-actions.camel.yaml";
    /** The webhook trigger in YAML. */
    public static final String WEBHOOK_TRIGGER_YAML = "classpath:routes/calendly-webhook-trigger.camel.yaml";
    /** The polling trigger in YAML. */
    public static final String POLLING_TRIGGER_YAML = "classpath:routes/calendly-polling-trigger.camel.yaml";

    private final String description;

    RoutesVariant(String description) {
        this.description = description;
    }

    /** A Camel main holding this variant's routes, with the webhook or the polling trigger; not started. */
    abstract MainCommandLineSupport create(boolean webhook);

    public String description() {
        return description;
    }
}
