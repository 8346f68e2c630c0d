package dev.consolidator.dashboard;

import dev.consolidator.command.dashboard.ProgressReader;
import dev.consolidator.command.dashboard.RepositoryProgress;
import dev.consolidator.http.ApiTokens;
import dev.consolidator.store.BurndownStore;
import dev.consolidator.store.DashboardIssueStore;
import dev.consolidator.store.ForwarderUsageStore;
import dev.consolidator.store.PhaseBases;
import dev.consolidator.store.PhaseDetails;
import dev.consolidator.store.PhaseStore;
import dev.consolidator.store.ReviewStore;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;

import javax.sql.DataSource;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The dashboard pages, rendered on the server from jte templates compiled at build time (src/main/jte; the runtime
 * image has no compiler): {@code GET /dashboard} lists the repositories, {@code GET /dashboard/{owner}/{repo}} shows
 * one. Read-only. Without a token or session cookie they answer 401 with the login form; the form posts a token to
 * {@code POST /dashboard/login}, which sets an HttpOnly, SameSite=Strict session cookie (see {@link DashboardAccess}).
 */
public final class DashboardRoutes {
    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);

    private final DashboardAccess access;
    private final ProgressReader progress;
    private final GitHubLinks links;

    public DashboardRoutes(DashboardAccess access, ProgressReader progress, GitHubLinks links) {
        this.access = access;
        this.progress = progress;
        this.links = links;
    }

    public Handler protect(Handler handler) {
        return ctx -> {
            if (!access.allows(ctx)) {
                loginForm(ctx, HttpStatus.UNAUTHORIZED, access.enabled() ? null
                        : "The dashboard is off: no API token is configured (CONSOLIDATOR_API_TOKENS).");
                return;
            }
            ctx.header("Cache-Control", "no-store");
            handler.handle(ctx);
        };
    }

    public void overview(Context ctx) {
        List<OverviewPage.Entry> entries = progress.repositories().stream()
                .map(progress::read).flatMap(Optional::stream)
                .map(p -> new OverviewPage.Entry(p.repository(), "/dashboard/" + p.repository(),
                        links.repository(p.repository()), p.totals()))
                .toList();
        html(ctx, HttpStatus.OK, "dashboard/overview.jte", new OverviewPage(entries));
    }

    public void repository(Context ctx) {
        String repository = ctx.pathParam("owner") + "/" + ctx.pathParam("repo");
        Optional<RepositoryProgress> found = progress.read(repository);
        if (found.isEmpty()) {
            html(ctx, HttpStatus.NOT_FOUND, "dashboard/missing.jte", repository);
            return;
        }
        RepositoryProgress p = found.get();
        html(ctx, HttpStatus.OK, "dashboard/repository.jte",
                new RepositoryPage(p, links, List.of(BurndownChart.files(p), BurndownChart.lines(p))));
    }

    /** The login form posts {@code token} (and the page to return to). */
    public void login(Context ctx) {
        Optional<String> session = access.sessionFor(ctx.formParam("token"));
        if (session.isEmpty()) {
            loginForm(ctx, HttpStatus.UNAUTHORIZED, "That token is not one of the configured API tokens.");
            return;
        }
        boolean https = "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
        ctx.header("Set-Cookie", DashboardAccess.COOKIE + "=" + session.get() + "; Path=/dashboard; Max-Age="
                + DashboardAccess.SESSION.toSeconds() + "; HttpOnly; SameSite=Strict" + (https ? "; Secure" : ""));
        ctx.redirect(safeNext(ctx.formParam("next")), HttpStatus.SEE_OTHER);
    }

    public void logout(Context ctx) {
        ctx.header("Set-Cookie", DashboardAccess.COOKIE + "=; Path=/dashboard; Max-Age=0; HttpOnly; SameSite=Strict");
        ctx.redirect("/dashboard", HttpStatus.SEE_OTHER);
    }

    private void loginForm(Context ctx, HttpStatus status, String error) {
        String next = "GET".equals(ctx.method().name()) ? ctx.path() : ctx.formParam("next");
        html(ctx, status, "dashboard/login.jte", new LoginPage(safeNext(next), error));
    }

    /** Only a dashboard path of this server: never an open redirect. */
    static String safeNext(String next) {
        return next != null && next.matches("/dashboard(/[A-Za-z0-9._-]+/[A-Za-z0-9._-]+)?") ? next : "/dashboard";
    }

    /** The routes of a server: reads the stores of {@code dataSource}; links point at the GitHub of {@code githubApi}. */
    public static DashboardRoutes create(DataSource dataSource, Clock clock, ApiTokens tokens, List<String> configuredTokens,
                                         URI githubApi) {
        ProgressReader reader = new ProgressReader(new PhaseStore(dataSource, clock), new ReviewStore(dataSource),
                new PhaseBases(dataSource, clock), new PhaseDetails(dataSource), new BurndownStore(dataSource, clock),
                new DashboardIssueStore(dataSource, clock), new ForwarderUsageStore(dataSource, clock));
        return new DashboardRoutes(new DashboardAccess(tokens, configuredTokens, clock), reader, GitHubLinks.forApi(githubApi));
    }

    private static void html(Context ctx, HttpStatus status, String template, Object model) {
        StringOutput out = new StringOutput();
        TEMPLATES.render(template, model, out);
        // no script runs on these pages; styles are inline; forms post only here; never framed
        ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self';"
                + " frame-ancestors 'none'; base-uri 'none'");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.status(status).contentType("text/html; charset=utf-8").result(out.toString());
    }

    /** The login form: where to go after it, and why the last attempt failed (null: none). */
    public record LoginPage(String next, String error) {
    }
}
