package io.github.camelcalendly.validation;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.config.Property;

/**
 * What Camel and the component log, stack traces included, while attached to the root logger. Camel logs at DEBUG
 * meanwhile, where it prints each endpoint URI it creates (masked by its sanitizer); at TRACE it would print option
 * values as given, by its own design.
 */
final class CapturedLogs extends AbstractAppender implements AutoCloseable {

    private static final String CAMEL = "org.apache.camel";

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private Level camelLevel;

    private CapturedLogs() {
        super("unknown-option-capture", null, null, true, Property.EMPTY_ARRAY);
    }

    static CapturedLogs attach() {
        CapturedLogs capture = new CapturedLogs();
        capture.start();
        capture.camelLevel = LogManager.getLogger(CAMEL).getLevel();
        Configurator.setLevel(CAMEL, Level.DEBUG);
        LoggerContext log4j = (LoggerContext) LogManager.getContext(false);
        log4j.getConfiguration().getRootLogger().addAppender(capture, Level.ALL, null);
        log4j.updateLoggers();
        return capture;
    }

    @Override
    public void append(LogEvent event) {
        StringBuilder line = new StringBuilder().append(event.getLevel()).append(' ').append(event.getLoggerName())
                .append(" - ").append(event.getMessage().getFormattedMessage());
        if (event.getThrown() != null) {
            StringWriter trace = new StringWriter();
            event.getThrown().printStackTrace(new PrintWriter(trace));
            line.append('\n').append(trace);
        }
        lines.add(line.toString());
    }

    List<String> lines() {
        return lines;
    }

    @Override
    public void close() {
        Configurator.setLevel(CAMEL, camelLevel);
        LoggerContext log4j = (LoggerContext) LogManager.getContext(false);
        log4j.getConfiguration().getRootLogger().removeAppender(getName());
        log4j.updateLoggers();
        stop();
    }
}
