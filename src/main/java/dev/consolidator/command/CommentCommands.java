package dev.consolidator.command;

import dev.consolidator.github.GitHubClient;
import dev.consolidator.github.Reaction;
import dev.consolidator.github.RepoRef;
import dev.consolidator.plan.Plan;
import dev.consolidator.plan.PlanParseResult;
import dev.consolidator.text.Plural;
import dev.consolidator.transform.engine.PhaseResult;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Runs the {@code /consolidate} commands of a new comment: ignores bots and edits, acknowledges with 👀, checks write
 * permission for mutating commands, runs each command under the repository lock, replies once per command with a
 * hidden marker (so a retried job never replies twice), and swaps 👀 for 🚀 or 😕.
 */
public final class CommentCommands {
    private final BotServices services;
    private final CloneLimits limits = new CloneLimits();
    private final RepoSession session;
    private final DryRunCache dryRuns = new DryRunCache();

    public CommentCommands(BotServices services) {
        this.services = services;
        this.session = new RepoSession(services);
    }

    public void handle(CommentRequest req) {
        if (!"created".equals(req.action()) || "Bot".equalsIgnoreCase(req.senderType())) {
            return; // edits and deletions are not commands; bots (including us) never drive the bot
        }
        execute(req, "comment:" + req.commentId());
    }

    /**
     * Runs the command of {@code req.body()} as {@code req.senderLogin()} with the same checks, lock, audit and reply
     * (on issue {@code req.issueNumber()}) as a comment's; {@code origin} names the request, the same for every
     * delivery of it. A request without a comment ({@code commentId} 0, e.g. a ticked box of the dashboard issue) gets
     * no reactions.
     */
    public void execute(CommentRequest req, String origin) {
        List<ParsedCommand> commands = CommentParser.parse(req.body());
        if (commands.isEmpty()) {
            return;
        }
        // one comment, one reply: the first command runs; the others are named in the reply, never run
        ParsedCommand command = commands.get(0);
        int notRun = commands.size() - 1;
        GitHubClient gh = session.gh(req.installationId());
        RepoRef repo = RepoRef.of(req.repository());
        String source = origin + ":" + command.line();
        if (services.audit().hasFinalOutcome(req.repository(), source)) {
            return; // the same comment delivered again: already answered
        }
        boolean react = req.commentId() > 0;
        long eyes = react ? gh.addReaction(repo, req.commentId(), Reaction.EYES) : 0;
        run(gh, repo, req, command, source, (outcome, silent, queuedNotice) -> {
            if (!silent) {
                String reply = reply(req, command, outcome, notRun);
                if (queuedNotice.isPresent()) {
                    // one comment, one reply: the "queued" notice becomes the outcome
                    gh.updateComment(repo, queuedNotice.get().id(), marker(source) + "\n" + reply);
                } else {
                    gh.commentOnce(repo, req.issueNumber(), marker(source), reply);
                }
            }
            if (react) {
                gh.removeReaction(repo, req.commentId(), eyes);
                gh.addReaction(repo, req.commentId(), outcome.succeeded() ? Reaction.ROCKET : Reaction.CONFUSED);
            }
            services.audit().record(req.repository(), req.senderLogin(), verb(command), argument(command), source,
                    outcome.auditLabel(), firstLine(outcome.message()));
        });
    }

    /** Hands a command's outcome on; {@code silent}: answer with the reaction only (a repeated "slow down"). */
    private interface Answer {
        /** {@code queuedNotice}: the "queued" comment this command got while it waited, to be edited into its answer. */
        void accept(Outcome outcome, boolean silent, Optional<dev.consolidator.github.Comment> queuedNotice);

        default void accept(Outcome outcome, boolean silent) {
            accept(outcome, silent, Optional.empty());
        }
    }

    /**
     * Runs one command and hands its outcome to {@code answer}; commands that touch the repository run, and are
     * answered, under its lock, so a concurrent delivery of the same comment sees the answer and stays silent.
     */
    private void run(GitHubClient gh, RepoRef repo, CommentRequest req, ParsedCommand command, String source,
                     Answer answer) {
        Optional<Outcome> direct = unlocked(gh, repo, req, command);
        if (direct.isPresent()) {
            answer.accept(direct.get(), false);
            return;
        }
        ParsedCommand.Run run = (ParsedCommand.Run) command;
        Optional<CloneLimits.Denial> denied = limits.acquire(req.repository(), req.senderLogin(), services.clock().instant());
        if (denied.isPresent()) {
            answer.accept(Outcome.refused(denied.get().message()), !denied.get().reply());
            return;
        }
        String holder = dev.consolidator.store.RepoLock.holderFor(source + ":" + UUID.randomUUID());
        java.util.concurrent.atomic.AtomicReference<dev.consolidator.github.Comment> queued = new java.util.concurrent.atomic.AtomicReference<>();
        session.acquire(req.repository(), holder, () -> {
            boolean sameComment = services.locks().holder(req.repository()).filter(h -> dev.consolidator.store.RepoLock.namedAfter(h, source + ":")).isPresent();
            if (!sameComment) {
                queued.set(gh.commentOnce(repo, req.issueNumber(), marker(source + ":queued"), "Another consolidation"
                        + " command is running on " + req.repository() + "; yours is queued and runs as soon as it ends."
                        + " This comment will show its outcome."));
            }
        });
        try {
            if (services.audit().hasFinalOutcome(req.repository(), source)) {
                return; // a concurrent delivery of the same comment answered it while we waited
            }
            Outcome outcome;
            RepoCheckout.Opened opened = RepoCheckout.open(services, req.repository(), req.cloneUrl(), gh);
            if (opened instanceof RepoCheckout.Ready ready) {
                try (RepoCheckout co = ready.checkout()) {
                    outcome = runLocked(gh, repo, co, run);
                }
            } else {
                outcome = Outcome.refused(((RepoCheckout.Refused) opened).reason());
            }
            answer.accept(outcome, false, Optional.ofNullable(queued.get()));
        } finally {
            services.locks().release(req.repository(), holder);
        }
    }

    /** The outcome of a command that needs no clone (help, not understood, no permission); empty otherwise. */
    private Optional<Outcome> unlocked(GitHubClient gh, RepoRef repo, CommentRequest req, ParsedCommand command) {
        if (command instanceof ParsedCommand.NotUnderstood nu) {
            return Optional.of(Outcome.refused("I did not understand " + Quoted.code(nu.text()) + ": " + nu.reason()
                    + ".\n\n" + CommentParser.help()));
        }
        ParsedCommand.Run run = (ParsedCommand.Run) command;
        if (run.verb() == CommandVerb.HELP) {
            return Optional.of(Outcome.done(CommentParser.help()));
        }
        if (run.verb().mutating() && !gh.permission(repo, req.senderLogin()).canWrite()) {
            return Optional.of(new Outcome(Outcome.Kind.DENIED, Quoted.code(run.text()) + " needs write access to "
                    + req.repository() + ", and @" + req.senderLogin() + " does not have it. Ask a maintainer to run it."));
        }
        return Optional.empty();
    }

    private Outcome runLocked(GitHubClient gh, RepoRef repo, RepoCheckout co, ParsedCommand.Run run) {
        Optional<PlanParseResult> parsed = co.plan();
        if (parsed.isEmpty()) {
            return Outcome.refused("There is no plan at `" + RepoCheckout.PLAN_PATH + "` on `" + co.defaultBranch()
                    + "`. Commit one (see the README) and try again.");
        }
        if (!parsed.get().isValid()) {
            return Outcome.refused(DryRunReport.invalidPlan(parsed.get().problems()) + "\nFix the plan on `"
                    + co.defaultBranch() + "` and run the command again.");
        }
        Plan plan = parsed.get().plan();
        services.phases().syncPlan(repo.fullName(), plan.phases().stream()
                .map(p -> java.util.Map.entry(p.id(), p.title())).toList());
        services.dashboards().planSeen(repo.fullName(), plan.dashboard(), plan.approvals());
        return switch (run.verb()) {
            case PLAN -> dryRuns.answer(repo.fullName(), co.head(), run.text(), () -> plan(co, plan, run.phaseId()));
            case STATUS -> Outcome.done(StatusTable.render(repo.fullName(),
                    Progress.counted(services, co, repo.fullName(), plan)));
            case APPLY -> new ApplyRunner(services).run(gh, repo, co, plan, run.phaseId());
            case ROLLBACK -> new RollbackRunner(services).run(gh, repo, co, plan, run.phaseId().orElseThrow());
            case RECREATE -> new RecreateRunner(services).run(gh, repo, co, plan, run.phaseId().orElseThrow());
            case HELP -> Outcome.done(CommentParser.help());
        };
    }

    private Outcome plan(RepoCheckout co, Plan plan, Optional<String> only) {
        if (only.isPresent() && plan.phase(only.get()).isEmpty()) {
            return Outcome.refused("The plan has no phase " + Quoted.code(only.get()) + ".");
        }
        List<PhaseResult> results = services.engine().dryRun(co.tree(), plan);
        List<PhaseResult> shown = only.map(id -> results.stream().filter(r -> r.phase().id().equals(id)).toList()).orElse(results);
        boolean problems = results.stream().anyMatch(PhaseResult::hasProblems);
        String text = "Dry run of the plan on `" + co.defaultBranch() + "` at `" + co.head().substring(0, 12)
                + "` (nothing was pushed):\n\n" + DryRunReport.render(shown.isEmpty() ? results : shown, plan.phases().size());
        return problems ? Outcome.refused(text) : Outcome.done(text);
    }

    public static String marker(String source) {
        return "<!-- consolidator:reply:" + source + " -->";
    }

    private static String reply(CommentRequest req, ParsedCommand command, Outcome outcome, int notRun) {
        String quoted = command instanceof ParsedCommand.Run r ? r.text() : ((ParsedCommand.NotUnderstood) command).text();
        String others = notRun == 0 ? "" : "\n\n(This comment has " + notRun + " more `/consolidate` " + Plural.word(notRun, "line") + "; I run one"
                + " command per comment, the first. Comment the others one at a time.)";
        return "> " + Quoted.code(quoted) + "\n\n@" + req.senderLogin() + " " + outcome.message() + others;
    }

    private static String verb(ParsedCommand c) {
        return c instanceof ParsedCommand.Run r ? r.verb().word() : "unknown";
    }

    private static String argument(ParsedCommand c) {
        return c instanceof ParsedCommand.Run r ? r.phaseId().orElse(null) : ((ParsedCommand.NotUnderstood) c).text();
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
