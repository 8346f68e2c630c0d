package dev.consolidator.git;

import java.util.Locale;
import java.util.Optional;

/**
 * Which remote URLs Consolidator may talk to. Only {@code https://} by default: a webhook payload's clone URL is
 * input from the network, and {@code file://}, {@code http://}, {@code git://} or a plain path would let it read
 * local files or send a token in clear text. Tests and local mirrors opt in with
 * {@value #ALLOW_INSECURE_ENV}{@code =true}.
 */
public final class RemoteUrls {
    public static final String ALLOW_INSECURE_ENV = "CONSOLIDATOR_ALLOW_INSECURE_GIT";

    private RemoteUrls() {
    }

    /** Why {@code url} is refused, or empty when it may be used. */
    public static Optional<String> refusal(String url, boolean allowInsecure) {
        if (url == null || url.isBlank()) {
            return Optional.of("No git remote URL given.");
        }
        if (allowInsecure) {
            return Optional.empty();
        }
        if (url.toLowerCase(Locale.ROOT).startsWith("https://")) {
            return Optional.empty();
        }
        return Optional.of("Refusing git remote " + redact(url) + ": only https:// URLs are allowed. Set "
                + ALLOW_INSECURE_ENV + "=true to allow file://, http:// and local paths (tests and local mirrors only).");
    }

    /** The URL without any user-info ({@code https://user:secret@host/...} becomes {@code https://***@host/...}). */
    public static String redact(String url) {
        int scheme = url.indexOf("://");
        int at = url.indexOf('@');
        int slash = scheme < 0 ? -1 : url.indexOf('/', scheme + 3);
        if (scheme >= 0 && at > scheme && (slash < 0 || at < slash)) {
            return url.substring(0, scheme + 3) + "***" + url.substring(at);
        }
        return url;
    }
}
