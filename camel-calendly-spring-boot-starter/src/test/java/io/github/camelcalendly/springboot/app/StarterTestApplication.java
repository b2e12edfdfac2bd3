package io.github.camelcalendly.springboot.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A plain Spring Boot application with the starter on its classpath: the calendly component is configured only by
 * {@code application.properties} (and the properties a test adds), never by Java code.
 */
@SpringBootApplication
public class StarterTestApplication {
}
