package dev.consolidator.app.logging;

import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.spi.MDCAdapter;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.Map;

/** One logger of {@link JsonLogProvider}: {"ts","level","logger","thread","msg", MDC entries, "error"} per line. */
final class JsonLogger extends LegacyAbstractLogger {
    private final Level threshold;
    private final MDCAdapter mdc;
    private final PrintStream out;

    JsonLogger(String name, Level threshold, MDCAdapter mdc, PrintStream out) {
        this.name = name;
        this.threshold = threshold;
        this.mdc = mdc;
        this.out = out;
    }

    @Override public boolean isTraceEnabled() { return enabled(Level.TRACE); }
    @Override public boolean isDebugEnabled() { return enabled(Level.DEBUG); }
    @Override public boolean isInfoEnabled() { return enabled(Level.INFO); }
    @Override public boolean isWarnEnabled() { return enabled(Level.WARN); }
    @Override public boolean isErrorEnabled() { return enabled(Level.ERROR); }

    private boolean enabled(Level level) {
        return level.toInt() >= threshold.toInt();
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] args, Throwable error) {
        StringBuilder line = new StringBuilder(256).append('{');
        field(line, "ts", Instant.now().toString());
        field(line, "level", level.name());
        field(line, "logger", name);
        field(line, "thread", Thread.currentThread().getName());
        field(line, "msg", MessageFormatter.basicArrayFormat(pattern, args));
        Map<String, String> context = mdc.getCopyOfContextMap();
        if (context != null) {
            context.forEach((k, v) -> field(line, k, v));
        }
        if (error != null) {
            StringWriter trace = new StringWriter();
            error.printStackTrace(new PrintWriter(trace));
            field(line, "error", trace.toString());
        }
        line.setLength(line.length() - 1);
        out.println(line.append('}'));
    }

    private static void field(StringBuilder line, String key, String value) {
        quote(line, key).append(':');
        quote(line, value == null ? "" : value).append(',');
    }

    private static StringBuilder quote(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }
}
