package dev.consolidator.git;

import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

/** Shared transport settings. A fresh credentials provider per operation: installation tokens expire hourly. */
final class Transports {
    private Transports() {
    }

    static CredentialsProvider credentials(GitCredentials credentials) {
        return credentials == null ? null
                : new UsernamePasswordCredentialsProvider(credentials.username(), credentials.password());
    }
}
