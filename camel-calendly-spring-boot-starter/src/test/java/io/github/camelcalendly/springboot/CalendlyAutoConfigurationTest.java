package io.github.camelcalendly.springboot;

import io.github.camelcalendly.CalendlyComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auto-configuration's switches and bean references, each in a small application with nothing but Camel and
 * the starter's auto-configurations, configured by properties.
 */
class CalendlyAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class, CalendlyComponentConverter.class,
                    CalendlyComponentAutoConfiguration.class))
            .withPropertyValues("camel.component.calendly.max-retries=7");

    private static CalendlyComponent calendly(AssertableApplicationContext context) {
        return context.getBean(CamelContext.class).getComponent("calendly", CalendlyComponent.class);
    }

    @Test
    void theComponentIsConfiguredFromThePropertiesByDefault() {
        runner.run(context -> assertThat(calendly(context).getMaxRetries()).isEqualTo(7));
    }

    @Test
    void enabledFalseLeavesTheComponentAsItIs() {
        runner.withPropertyValues("camel.component.calendly.enabled=false")
                .run(context -> {
                    assertThat(context).doesNotHaveBean(CalendlyComponentAutoConfiguration.class);
                    assertThat(calendly(context).getMaxRetries()).isEqualTo(3);
                });
    }

    @Test
    void allComponentsSwitchedOffLeavesTheComponentAsItIs() {
        runner.withPropertyValues("camel.component.enabled=false")
                .run(context -> assertThat(calendly(context).getMaxRetries()).isEqualTo(3));
    }

    @Test
    void theCustomizerSwitchedOffLeavesTheComponentAsItIs() {
        runner.withPropertyValues("camel.component.calendly.customizer.enabled=false")
                .run(context -> assertThat(calendly(context).getMaxRetries()).isEqualTo(3));
    }

    @Test
    void aBeanReferenceSetsTheNamedBeanOnTheComponent() {
        SSLContextParameters tls = new SSLContextParameters();
        runner.withBean("calendlyTls", SSLContextParameters.class, () -> tls)
                .withPropertyValues("camel.component.calendly.ssl-context-parameters=#bean:calendlyTls")
                .run(context -> assertThat(calendly(context).getSslContextParameters()).isSameAs(tls));
    }

    @Test
    void aPlainValueWhereABeanIsExpectedStopsTheStartSayingHowToReferToABean() {
        runner.withPropertyValues("camel.component.calendly.ssl-context-parameters=calendlyTls")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("#bean:name")
                        .hasMessageContaining(SSLContextParameters.class.getName()));
    }

    @Test
    void aReferenceToAMissingBeanStopsTheStartNamingTheBean() {
        runner.withPropertyValues("camel.component.calendly.ssl-context-parameters=#bean:noSuchTls")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("noSuchTls"));
    }
}
