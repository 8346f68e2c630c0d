package dev.consolidator.webhook;

import dev.consolidator.store.InstallationStore;

/** Keeps the installations and repositories tables in step with installation events and the repositories seen. */
public final class InstallationRecorder implements EventHandler {
    private final InstallationStore store;

    public InstallationRecorder(InstallationStore store) {
        this.store = store;
    }

    @Override
    public void handle(GitHubEvent event) throws Exception {
        if (event instanceof InstallationEvent e) {
            switch (e.action() == null ? "" : e.action()) {
                case "deleted" -> store.markDeleted(e.installationId());
                case "suspend" -> store.setSuspended(e.installationId(), true);
                default -> { // created, new_permissions_accepted, unsuspend
                    store.saveInstallation(e.installationId(), e.accountLogin(), e.accountType());
                    store.setSuspended(e.installationId(), false);
                    store.addRepositories(e.installationId(), e.repositories());
                }
            }
        } else if (event instanceof InstallationRepositoriesEvent e) {
            store.saveInstallation(e.installationId(), e.accountLogin(), null);
            store.addRepositories(e.installationId(), e.added());
            store.removeRepositories(e.removed());
        } else if (event.installationId() != null && event.repository() != null) {
            RepositoryRef repo = event.repository();
            store.saveRepository(event.installationId(), repo.fullName(), repo.id() == 0 ? null : repo.id(),
                    repo.defaultBranch(), repo.cloneUrl());
        }
    }
}
