package dev.consolidator.command;

import dev.consolidator.github.GitHubClient;
import dev.consolidator.plan.Plan;
import dev.consolidator.plan.PlanParseResult;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Work on a repository's clone under its lock: one operation per repository at a time, across threads, restarts and
 * replicas. Waits for the lock (bounded) and always releases it.
 */
public final class RepoSession {
    private final BotServices services;

    public RepoSession(BotServices services) {
        this.services = services;
    }

    public interface Work<T> {
        T run(RepoCheckout checkout, Optional<Plan> plan);
    }

    public GitHubClient gh(RepoContext repo) {
        return gh(repo.installationId());
    }

    /** The client of the installation, or of the token when there is none ({@code installationId} null). */
    GitHubClient gh(Long installationId) {
        return services.github().forInstallation(installationId == null
                ? OptionalLong.empty() : OptionalLong.of(installationId));
    }

    /** Runs {@code work} on a fresh fetch of the clone; empty when the clone was refused (e.g. insecure URL). */
    public <T> Optional<T> withCheckout(RepoContext repo, GitHubClient gh, Work<T> work) {
        return withLock(repo, () -> {
            RepoCheckout.Opened opened = RepoCheckout.open(services, repo.fullName(), repo.cloneUrl(), gh);
            if (!(opened instanceof RepoCheckout.Ready ready)) {
                return Optional.empty();
            }
            try (RepoCheckout co = ready.checkout()) {
                Optional<Plan> plan = co.plan().filter(PlanParseResult::isValid).map(PlanParseResult::plan);
                return Optional.ofNullable(work.run(co, plan));
            }
        });
    }

    /** Runs {@code work} under the repository's lock, without a clone. */
    public <T> T withLock(RepoContext repo, Supplier<T> work) {
        String holder = dev.consolidator.store.RepoLock.holderFor("event:" + UUID.randomUUID());
        acquire(repo.fullName(), holder, null);
        try {
            return work.get();
        } finally {
            services.locks().release(repo.fullName(), holder);
        }
    }

    /** Takes the repository lock, calling {@code onWait} once if it has to wait. */
    public void acquire(String repository, String holder, Runnable onWait) {
        Instant giveUp = services.clock().instant().plus(services.lockWait());
        boolean told = false;
        while (!services.locks().tryAcquire(repository, holder, Duration.ofMinutes(30))) {
            if (!told && onWait != null) {
                onWait.run();
            }
            told = true;
            if (services.clock().instant().isAfter(giveUp)) {
                throw new IllegalStateException("repository " + repository + " stayed locked; the job will retry");
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the lock of " + repository, e);
            }
        }
    }
}
