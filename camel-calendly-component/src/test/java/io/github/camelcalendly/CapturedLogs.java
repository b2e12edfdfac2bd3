package io.github.camelcalendly;

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
 * What the component and Camel log, stack traces included, while attached to the root logger; other loggers (the
 * WireMock server standing in for Calendly, which prints the requests it got) are left out.
 */
public final class CapturedLogs extends AbstractAppender implements AutoCloseable {

    private static final String CAMEL = "org.apache.camel";

    /** The client side of every call: the component, Camel, and the Apache HttpClient that sends the calls. */
    private static final String[] CLIENT_SIDE = { "io.github.camelcalendly", CAMEL, "org.apache.hc" };

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Level camelLevel;
    private final Level rootLevel;
    private final java.util.Map<String, Level> previousLevels = new java.util.LinkedHashMap<>();

    private CapturedLogs(Level camelLevel) {
        this(camelLevel, null);
    }

    private CapturedLogs(Level camelLevel, Level rootLevel) {
        super("calendly-log-capture", null, null, true, Property.EMPTY_ARRAY);
        this.camelLevel = camelLevel;
        this.rootLevel = rootLevel;
    }

    /**
     * Captures everything the client side logs with every logger at DEBUG meanwhile: the component, Camel and Apache
     * HttpClient (whose DEBUG logs each request's headers). The sandbox's own loggers (the server side) are left out.
     */
    public static CapturedLogs attachEverythingAtDebug() {
        LoggerContext log4j = (LoggerContext) LogManager.getContext(false);
        CapturedLogs capture = new CapturedLogs(LogManager.getLogger(CAMEL).getLevel(),
                log4j.getConfiguration().getRootLogger().getLevel());
        capture.start();
        for (String logger : CLIENT_SIDE) {
            capture.previousLevels.put(logger, LogManager.getLogger(logger).getLevel());
        }
        Configurator.setRootLevel(Level.DEBUG);
        for (String logger : CLIENT_SIDE) {
            Configurator.setLevel(logger, Level.DEBUG);
        }
        log4j.getConfiguration().getRootLogger().addAppender(capture, Level.ALL, null);
        log4j.updateLoggers();
        return capture;
    }

    /** Captures at the configured levels. */
    public static CapturedLogs attach() {
        return attach(null);
    }

    /**
     * Captures with Camel's loggers at {@code camelLevel} meanwhile (at DEBUG Camel prints each endpoint URI it
     * creates, masked by its sanitizer; at TRACE it would print option values as given, by its own design).
     */
    public static CapturedLogs attachWithCamelAt(Level camelLevel) {
        return attach(camelLevel);
    }

    private static CapturedLogs attach(Level camelLevel) {
        CapturedLogs capture = new CapturedLogs(camelLevel == null ? null : LogManager.getLogger(CAMEL).getLevel());
        capture.start();
        if (camelLevel != null) {
            Configurator.setLevel(CAMEL, camelLevel);
        }
        LoggerContext log4j = (LoggerContext) LogManager.getContext(false);
        log4j.getConfiguration().getRootLogger().addAppender(capture, Level.ALL, null);
        log4j.updateLoggers();
        return capture;
    }

    @Override
    public void append(LogEvent event) {
        String logger = event.getLoggerName();
        boolean clientSide = logger.startsWith("io.github.camelcalendly") && !logger.startsWith(
                "io.github.camelcalendly.sandbox") || logger.startsWith(CAMEL)
                || (rootLevel != null && logger.startsWith("org.apache.hc"));
        if (!clientSide) {
            return;
        }
        StringBuilder line = new StringBuilder().append(event.getLevel()).append(' ').append(logger)
                .append(" - ").append(event.getMessage().getFormattedMessage());
        if (event.getThrown() != null) {
            StringWriter trace = new StringWriter();
            event.getThrown().printStackTrace(new PrintWriter(trace));
            line.append('\n').append(trace);
        }
        lines.add(line.toString());
    }

    /** The lines captured so far: level, logger, message and stack trace. */
    public List<String> lines() {
        return lines;
    }

    @Override
    public void close() {
        if (camelLevel != null) {
            Configurator.setLevel(CAMEL, camelLevel);
        }
        if (rootLevel != null) {
            Configurator.setRootLevel(rootLevel);
            previousLevels.forEach(Configurator::setLevel);
        }
        LoggerContext log4j = (LoggerContext) LogManager.getContext(false);
        log4j.getConfiguration().getRootLogger().removeAppender(getName());
        log4j.updateLoggers();
        stop();
    }
}
