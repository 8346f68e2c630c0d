package dev.consolidator.command;

import dev.consolidator.github.GitHubClients;
import dev.consolidator.store.AuditLog;
import dev.consolidator.store.ForwarderUsageStore;
import dev.consolidator.store.BurndownStore;
import dev.consolidator.store.DashboardIssueStore;
import dev.consolidator.store.PhaseBases;
import dev.consolidator.store.PhaseDetails;
import dev.consolidator.store.PhaseRecorder;
import dev.consolidator.store.PhaseStore;
import dev.consolidator.store.RepoLock;
import dev.consolidator.store.ReviewStore;
import dev.consolidator.transform.engine.PhaseEngine;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/** Everything the bot's runners use, assembled once by the app layer. */
public record BotServices(GitHubClients github,
                          PhaseEngine engine,
                          PhaseStore phases,
                          PhaseRecorder recorder,
                          PhaseDetails details,
                          ReviewStore reviews,
                          AuditLog audit,
                          RepoLock locks,
                          Path workDir,
                          boolean allowInsecureGit,
                          Duration lockWait,
                          Clock clock,
                          PhaseBases bases,
                          ForwarderUsageStore forwarderUsage,
                          BurndownStore burndown,
                          DashboardIssueStore dashboards) {

    public static BotServices of(DataSource ds, GitHubClients github, PhaseEngine engine, Path workDir,
                                 boolean allowInsecureGit, Clock clock) {
        return new BotServices(github, engine, new PhaseStore(ds, clock), new PhaseRecorder(ds, clock), new PhaseDetails(ds),
                new ReviewStore(ds), new AuditLog(ds, clock), new RepoLock(ds, clock), workDir, allowInsecureGit,
                Duration.ofMinutes(20), clock, new PhaseBases(ds, clock), new ForwarderUsageStore(ds, clock),
                new BurndownStore(ds, clock), new DashboardIssueStore(ds, clock));
    }
}
