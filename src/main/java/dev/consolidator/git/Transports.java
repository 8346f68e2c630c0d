package dev.consolidator.git;

import java.util.Optional;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

/** Shared transport settings. A fresh credentials provider per operation: installation tokens expire hourly. */
final class Transports {
    private Transports() {
    }

    /** The clone's {@code origin} URL, once {@link RemoteUrls#refusal} has nothing against it. */
    static String pushUrl(LocalRepository repository, boolean allowInsecure) {
        String url = repository.jgit().getConfig().getString("remote", CloneOrFetch.REMOTE, "url");
        Optional<String> refusal = RemoteUrls.refusal(url, allowInsecure);
        if (refusal.isPresent()) {
            throw new GitException(refusal.get());
        }
        return url;
    }

    static PushOutcome.Status status(RemoteRefUpdate.Status status) {
        return switch (status) {
            case OK -> PushOutcome.Status.OK;
            case UP_TO_DATE -> PushOutcome.Status.UP_TO_DATE;
            case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED -> PushOutcome.Status.REJECTED_NON_FAST_FORWARD;
            default -> PushOutcome.Status.REJECTED_OTHER;
        };
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
