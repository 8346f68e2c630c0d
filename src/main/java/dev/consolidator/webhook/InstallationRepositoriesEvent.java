package dev.consolidator.webhook;

import java.util.List;

/** Repositories were added to or removed from an installation (full names). */
public record InstallationRepositoriesEvent(String action, Long installationId, Sender sender, String accountLogin,
                                            List<String> added, List<String> removed) implements GitHubEvent {
    public InstallationRepositoriesEvent {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    /** Installation events are about an account, not one repository. */
    @Override
    public RepositoryRef repository() {
        return null;
    }
}
