package dev.consolidator.webhook;

import java.util.List;

/** The App was installed, deleted, suspended... on an account; {@code repositories} are full names, when sent. */
public record InstallationEvent(String action, Long installationId, Sender sender, String accountLogin,
                                String accountType, List<String> repositories) implements GitHubEvent {
    public InstallationEvent {
        repositories = List.copyOf(repositories);
    }

    /** Installation events are about an account, not one repository. */
    @Override
    public RepositoryRef repository() {
        return null;
    }
}
