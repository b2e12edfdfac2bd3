package io.github.camelcalendly.examples.app;

import org.apache.camel.CamelContext;
import org.apache.camel.main.KameletMain;
import org.apache.camel.main.download.DependencyDownloaderKamelet;

/**
 * KameletMain for the scenario's YAML routes, which use no Kamelet: it leaves out the Kamelet catalog loader,
 * which would otherwise try to download the catalog at every start (this module puts every component it needs on
 * the classpath and never downloads).
 */
final class ScenarioKameletMain extends KameletMain {

    ScenarioKameletMain() {
        super("calendly.examples");
        setDownload(false);
    }

    @Override
    protected CamelContext createCamelContext() {
        CamelContext context = super.createCamelContext();
        DependencyDownloaderKamelet catalogLoader = context.hasService(DependencyDownloaderKamelet.class);
        if (catalogLoader != null) {
            try {
                context.removeService(catalogLoader);
            } catch (Exception e) {
                throw new IllegalStateException("Could not leave out KameletMain's Kamelet catalog loader", e);
            }
        }
        return context;
    }
}
