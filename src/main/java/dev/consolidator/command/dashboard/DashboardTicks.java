package dev.consolidator.command.dashboard;

import dev.consolidator.command.BotServices;
import dev.consolidator.command.CommentCommands;
import dev.consolidator.command.CommentRequest;
import dev.consolidator.command.RepoContext;
import dev.consolidator.store.DashboardIssueStore;

import java.util.List;

/**
 * Someone ticked boxes of the dashboard issue: each newly ticked step runs as that person, through the same path
 * as a comment (write permission for apply, recreate and rollback; lock, audit, one reply, here on the dashboard
 * issue), then the dashboard is written again, which unticks the boxes. Edits by bots (our own unticking among
 * them) and edits that tick nothing new do nothing; a redelivered edit is answered once (same origin, see
 * {@link CommentCommands#execute}).
 */
public final class DashboardTicks {
    private final BotServices services;
    private final CommentCommands commands;
    private final DashboardIssue dashboard;

    public DashboardTicks(BotServices services, CommentCommands commands, DashboardIssue dashboard) {
        this.services = services;
        this.commands = commands;
        this.dashboard = dashboard;
    }

    public void onEdited(IssueEdit edit) {
        if ("Bot".equalsIgnoreCase(edit.senderType()) || !DashboardIssueBody.isDashboard(edit.body())) {
            return;
        }
        DashboardIssueStore.Row row = services.dashboards().find(edit.repository()).orElse(null);
        if (row == null || !row.enabled() || (row.issueNumber() != null && row.issueNumber() != edit.issueNumber())) {
            return; // not this repository's dashboard (a copy of it, or the plan turned it off)
        }
        List<String> ticked = DashboardIssueBody.newlyTicked(edit.bodyBefore(), edit.body());
        if (ticked.isEmpty()) {
            return;
        }
        for (String step : ticked) {
            commands.execute(new CommentRequest("created", edit.repository(), edit.cloneUrl(), edit.defaultBranch(),
                    edit.installationId(), edit.issueNumber(), 0, edit.issueUrl(), edit.senderLogin(),
                    edit.senderType(), "/consolidate " + step),
                    "dashboard:" + edit.issueNumber() + ":" + edit.updatedAt() + ":" + step);
        }
        services.dashboards().forgetBody(edit.repository()); // written again even if nothing changed: unticks the boxes
        dashboard.refresh(new RepoContext(edit.repository(), edit.cloneUrl(), edit.defaultBranch(), edit.installationId()));
    }
}
