package dev.consolidator.git;

import org.eclipse.jgit.lib.StoredConfig;

import java.util.Optional;

/** The identity git would commit as in this repository ({@code user.name} / {@code user.email}), if configured. */
public final class ConfiguredIdentity {
    private ConfiguredIdentity() {
    }

    public static Optional<GitIdentity> of(LocalRepository repository) {
        StoredConfig config = repository.jgit().getConfig();
        String name = config.getString("user", null, "name");
        String email = config.getString("user", null, "email");
        if (name == null || name.isBlank() || email == null || email.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new GitIdentity(name, email));
    }
}
