package dev.consolidator.github;

import org.kohsuke.github.GHCheckRun;
import org.kohsuke.github.GHCheckRunBuilder;
import org.kohsuke.github.GHRepository;

import java.io.IOException;
import java.time.Clock;
import java.util.Date;
import java.util.Map;
import java.util.Optional;

/**
 * Check runs through github-api's {@link GHCheckRunBuilder}, which sends the first 50 annotations with the create or
 * update request and the rest in further PATCH requests of 50 (GitHub answers 422 to more than 50 per request).
 */
final class KohsukeCheckRuns {
    /** GitHub's limit for output.summary and output.text (422 beyond it). */
    static final int MAX_OUTPUT_CHARS = 65_535;

    private final Clock clock;

    KohsukeCheckRuns(Clock clock) {
        this.clock = clock;
    }

    long createInProgress(GHRepository repo, CheckRunRequest request) throws IOException {
        return start(repo, request).withStatus(GHCheckRun.Status.IN_PROGRESS).create().getId();
    }

    long createCompleted(GHRepository repo, CheckRunRequest request, CheckRunResult result) throws IOException {
        return finish(start(repo, request), result).create().getId();
    }

    void complete(GHRepository repo, long checkRunId, CheckRunResult result) throws IOException {
        finish(repo.updateCheckRun(checkRunId), result).create();
    }

    Optional<CheckRun> find(GHRepository repo, String headSha, String name) throws IOException {
        GHCheckRun newest = null;
        for (GHCheckRun run : repo.getCheckRuns(headSha, Map.of("check_name", name)).withPageSize(100)) {
            if (name.equals(run.getName()) && (newest == null || run.getId() > newest.getId())) {
                newest = run;
            }
        }
        return Optional.ofNullable(newest).map(run -> new CheckRun(run.getId(), run.getName(), run.getHeadSha(),
                lower(run.getStatus()), lower(run.getConclusion()),
                run.getHtmlUrl() == null ? null : run.getHtmlUrl().toString()));
    }

    private GHCheckRunBuilder start(GHRepository repo, CheckRunRequest request) {
        GHCheckRunBuilder builder = repo.createCheckRun(request.name(), request.headSha())
                .withStartedAt(Date.from(clock.instant()));
        if (request.detailsUrl() != null) {
            builder.withDetailsURL(request.detailsUrl());
        }
        if (request.externalId() != null) {
            builder.withExternalID(request.externalId());
        }
        return builder;
    }

    private GHCheckRunBuilder finish(GHCheckRunBuilder builder, CheckRunResult result) {
        GHCheckRunBuilder.Output output = new GHCheckRunBuilder.Output(result.title(), cap(result.summary()));
        if (result.text() != null) {
            output.withText(cap(result.text()));
        }
        for (CheckAnnotation a : result.annotations()) {
            GHCheckRunBuilder.Annotation annotation = new GHCheckRunBuilder.Annotation(a.path(), a.startLine(),
                    a.endLine(), GHCheckRun.AnnotationLevel.valueOf(a.level().name()), a.message());
            output.add(a.title() == null ? annotation : annotation.withTitle(a.title()));
        }
        return builder.withStatus(GHCheckRun.Status.COMPLETED)
                .withConclusion(GHCheckRun.Conclusion.valueOf(result.conclusion().name()))
                .withCompletedAt(Date.from(clock.instant()))
                .add(output);
    }

    private static String cap(String text) {
        return Bodies.cap(text, MAX_OUTPUT_CHARS, "\n\n(truncated)");
    }

    private static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(java.util.Locale.ROOT);
    }
}
