package dev.consolidator.app;

import dev.consolidator.command.BotServices;
import dev.consolidator.command.CommentCommands;
import dev.consolidator.events.Guard;
import dev.consolidator.events.PhaseEvents;
import dev.consolidator.command.dashboard.DashboardIssue;
import dev.consolidator.command.dashboard.DashboardTicks;
import dev.consolidator.github.GitHubClientFactory;
import dev.consolidator.github.GitHubClients;
import dev.consolidator.github.GitHubSettings;
import dev.consolidator.queue.JobHandler;
import dev.consolidator.store.Database;
import dev.consolidator.store.InstallationStore;
import dev.consolidator.webhook.BotEventHandler;
import dev.consolidator.webhook.DecodingJobHandler;
import dev.consolidator.webhook.InstallationRecorder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;

/** Wires the bot: decoded events go to the installation recorder, then to the command layer. */
public final class BotHandlers {
    private static final Logger log = LoggerFactory.getLogger(BotHandlers.class);

    private BotHandlers() {
    }

    /** The job handler for {@code serve}; without GitHub credentials it records events but runs no command. */
    public static JobHandler create(Config config, Database db, Clock clock) {
        if (config.githubToken().isEmpty() && config.appId().isEmpty()) {
            log.warn("no GitHub credentials (set CONSOLIDATOR_GITHUB_TOKEN, or CONSOLIDATOR_APP_ID and"
                    + " CONSOLIDATOR_APP_PRIVATE_KEY_FILE): deliveries are recorded but commands are not run");
            return Server.defaultHandler(db);
        }
        GitHubClientFactory github;
        try {
            github = GitHubClientFactory.create(new GitHubSettings(config.githubApiUrl().toString(),
                    config.githubToken().orElse(null), config.appId().orElse(null),
                    config.appPrivateKeyFile().orElse(null)), clock);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the GitHub App private key", e);
        }
        return create(config, db, clock, github);
    }

    /** The same bot on the given GitHub: tests run it against a GitHub of their own behind our client interface. */
    public static JobHandler create(Config config, Database db, Clock clock, GitHubClients github) {
        InstallationRecorder installations = new InstallationRecorder(new InstallationStore(db));
        BotServices services = BotServices.of(db.dataSource(), github, Engines.phaseEngine(), config.workDir(),
                config.allowInsecureGit(), clock);
        CommentCommands comments = new CommentCommands(services);
        DashboardIssue dashboard = new DashboardIssue(services);
        return new DecodingJobHandler(installations.andThen(
                new BotEventHandler(comments, new PhaseEvents(services), new Guard(services), clock,
                        config.appId().orElse(null), new DashboardTicks(services, comments, dashboard), dashboard)));
    }
}
