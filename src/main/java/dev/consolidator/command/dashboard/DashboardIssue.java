package dev.consolidator.command.dashboard;

import dev.consolidator.command.BotServices;
import dev.consolidator.command.RepoContext;
import dev.consolidator.command.RepoSession;
import dev.consolidator.github.GitHubClient;
import dev.consolidator.github.GitHubException;
import dev.consolidator.github.Issue;
import dev.consolidator.github.RepoRef;
import dev.consolidator.store.DashboardIssueStore;
import dev.consolidator.store.RepoLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps the one "Consolidation dashboard" issue of a repository in step with the store, after every event the bot
 * handled there. The issue is created the first time (after looking for one with the marker, so a lost answer or a
 * lost database never makes a second one), and its number is recorded; afterwards its body is replaced only when
 * it changed. One job writes it at a time (a lock row named {@code dashboard:<repo>}, apart from the repository's
 * command lock); a job that finds it taken leaves a flag, and the writer writes again before it lets go.
 * The dashboard is a view: a GitHub failure here is logged and retried with the next event, never fails the job.
 */
public final class DashboardIssue {
    private static final Logger log = LoggerFactory.getLogger(DashboardIssue.class);
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final BotServices services;
    private final ProgressReader reader;

    public DashboardIssue(BotServices services) {
        this.services = services;
        this.reader = new ProgressReader(services.phases(), services.reviews(), services.bases(), services.details(),
                services.burndown(), services.dashboards(), services.forwarderUsage());
    }

    public void refresh(RepoContext repo) {
        DashboardIssueStore store = services.dashboards();
        if (store.find(repo.fullName()).filter(DashboardIssueStore.Row::enabled).isEmpty()) {
            return; // no plan read yet, or `dashboard: false`
        }
        store.markDirty(repo.fullName());
        String lock = "dashboard:" + repo.fullName();
        String holder = RepoLock.holderFor("dashboard:" + UUID.randomUUID());
        do {
            if (!services.locks().tryAcquire(lock, holder, LEASE)) {
                return; // the writer sees the flag and writes again
            }
            try {
                if (store.takeDirty(repo.fullName())) {
                    write(repo);
                }
            } catch (GitHubException e) {
                log.warn("dashboard issue of {} not updated (next event retries): {}", repo.fullName(), e.getMessage());
                return;
            } finally {
                services.locks().release(lock, holder);
            }
        } while (store.find(repo.fullName()).map(DashboardIssueStore.Row::dirty).orElse(false));
    }

    private void write(RepoContext repo) {
        DashboardIssueStore store = services.dashboards();
        Optional<RepositoryProgress> progress = reader.read(repo.fullName());
        DashboardIssueStore.Row row = store.find(repo.fullName()).orElseThrow();
        if (progress.isEmpty() || !row.enabled()) {
            return;
        }
        String body = DashboardIssueBody.render(progress.get());
        String digest = sha256(body);
        if (row.issueNumber() != null && digest.equals(row.bodySha256())) {
            return;
        }
        GitHubClient gh = new RepoSession(services).gh(repo);
        RepoRef ref = RepoRef.of(repo.fullName());
        Integer number = row.issueNumber();
        if (number == null) {
            Optional<Issue> found = gh.findIssue(ref, DashboardIssueBody.MARKER);
            if (found.isEmpty()) {
                Issue created = gh.createIssue(ref, DashboardIssueBody.TITLE, body);
                store.setIssue(repo.fullName(), created.number());
                store.written(repo.fullName(), digest);
                log.info("opened the dashboard issue #{} of {}", created.number(), repo.fullName());
                return;
            }
            number = found.get().number();
            store.setIssue(repo.fullName(), number);
        }
        try {
            gh.updateIssueBody(ref, number, body);
        } catch (GitHubException e) {
            if (!e.isRetryable() && (e.status() == 404 || e.status() == 410)) {
                store.forgetIssue(repo.fullName()); // deleted (or issues turned off): found again or recreated next time
            }
            throw e;
        }
        store.written(repo.fullName(), digest);
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
