package dev.consolidator.git;

import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

/** Shared transport settings. A fresh credentials provider per operation: installation tokens expire hourly. */
final class Transports {
    private Transports() {
    }

    static CredentialsProvider credentials(HttpsCredentials credentials) {
        return credentials == null ? null
                : new UsernamePasswordCredentialsProvider(credentials.username(), credentials.password());
    }

    /** A transport error's message fit for logs: no URL user-info, no password. */
    static String safeMessage(Exception e, String url, HttpsCredentials credentials) {
        String message = String.valueOf(e.getMessage());
        if (url != null) {
            message = message.replace(url, RemoteUrls.redact(url));
        }
        if (credentials != null && !credentials.password().isEmpty()) {
            message = message.replace(credentials.password(), "***");
        }
        return message;
    }
}
