package dev.consolidator.app.logging;

import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An SLF4J backend that writes one JSON object per line to stderr, with the MDC (job, delivery, repository) on every
 * line. It is not registered as a service: slf4j-simple stays the default, and {@link LogFormat} selects this one
 * through SLF4J's `slf4j.provider` property when logFormat is json, before the first logger exists. The level is
 * slf4j-simple's `org.slf4j.simpleLogger.defaultLogLevel` (info by default), so one setting serves both formats.
 */
public final class JsonLogProvider implements SLF4JServiceProvider {
    private final MDCAdapter mdc = new BasicMDCAdapter();
    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final Map<String, JsonLogger> loggers = new ConcurrentHashMap<>();
    private Level level = Level.INFO;

    @Override
    public ILoggerFactory getLoggerFactory() {
        return name -> loggers.computeIfAbsent(name, n -> new JsonLogger(n, level, mdc, System.err));
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
        String configured = System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "info").toUpperCase(Locale.ROOT);
        try {
            level = Level.valueOf(configured);
        } catch (IllegalArgumentException e) {
            level = Level.INFO;
        }
    }
}
