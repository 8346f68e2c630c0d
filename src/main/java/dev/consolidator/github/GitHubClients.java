package dev.consolidator.github;

import java.util.OptionalLong;

/**
 * The {@link GitHubClient} for a delivery: the installation's when it names one (and an app is configured), else the
 * token's. {@link GitHubClientFactory} is the real one; tests may hand the bot another GitHub behind the same records.
 */
@FunctionalInterface
public interface GitHubClients {

    GitHubClient forInstallation(OptionalLong installationId);
}
