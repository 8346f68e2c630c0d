package dev.consolidator.dashboard;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard as a person sees it, in a real headless Chromium: the login, the phase rows and their states and
 * links, the burndown's points against the recorded figures, the table under the chart, narrow and wide windows,
 * light and dark schemes. Leaves screenshots in target/ (docs/dashboard.png is the wide one).
 */
class DashboardBrowserTest {
    @TempDir
    static Path dir;
    static DashboardServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void start() {
        server = new DashboardServer(dir);
        browser = HeadlessChromium.start(1280, 900);
    }

    @AfterAll
    static void stop() {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            server.close();
        }
    }

    @BeforeEach
    void signedOut() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(server.url("/dashboard/login-page-for-cookies")); // any page of the path, to reach its cookies
        browser.manage().deleteAllCookies();
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", "light"))));
    }

    @Test
    void without_a_token_the_page_is_401_with_a_login_form_and_signing_in_opens_the_repository() {
        browser.get(server.url("/dashboard/acme/shop"));
        assertThat(navigationStatus()).isEqualTo(401L);
        assertThat(browser.findElements(By.cssSelector("tr[data-phase]"))).isEmpty();

        WebElement token = browser.findElement(By.id("token"));
        assertThat(browser.findElement(By.cssSelector("label[for=token]")).getText()).isEqualTo("API token");
        token.sendKeys(DashboardServer.TOKEN);
        submit(browser.findElement(By.cssSelector("form.login button")));

        assertThat(browser.getCurrentUrl()).isEqualTo(server.url("/dashboard/acme/shop"));
        assertThat(navigationStatus()).isEqualTo(200L);
        Cookie session = browser.manage().getCookieNamed(DashboardAccess.COOKIE);
        assertThat(session).matches(Cookie::isHttpOnly, "isHttpOnly");
        assertThat(session.getSameSite()).isEqualTo("Strict");
        assertThat(session.getValue()).doesNotContain(DashboardServer.TOKEN);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("acme/shop");
    }

    @Test
    void phase_rows_show_each_state_with_its_pull_requests_approvals_and_commits() {
        signIn("/dashboard/acme/shop");

        List<WebElement> rows = browser.findElements(By.cssSelector("#phases tbody tr"));
        assertThat(rows).extracting(r -> r.getAttribute("data-phase")).containsExactly("p1", "p2", "p3", "p4", "p5");
        assertThat(rows).extracting(r -> r.findElement(By.cssSelector(".state")).getText())
                .containsExactly("merged", "merged", "rolled back", "open", "planned");

        WebElement p1Pr = row("p1").findElement(By.cssSelector("a.pr"));
        assertThat(p1Pr.getText()).isEqualTo("#1");
        assertThat(p1Pr.getAttribute("href")).isEqualTo("https://github.com/acme/shop/pull/1");
        assertThat(p1Pr.getAccessibleName()).isEqualTo("Pull request #1 of phase p1");
        WebElement revert = row("p3").findElement(By.cssSelector("a.revert-pr"));
        assertThat(revert.getAttribute("href")).isEqualTo("https://github.com/acme/shop/pull/5");
        assertThat(row("p4").getText()).contains("1/2").contains("github-actions: success").contains("371 → 362");
        WebElement head = row("p4").findElement(By.cssSelector("a[href*='/commit/" + ShopProgress.sha("h4") + "']"));
        assertThat(head.getText()).isEqualTo(ShopProgress.sha("h4").substring(0, 12));
        assertThat(row("p5").findElements(By.tagName("a"))).isEmpty();

        assertThat(browser.findElement(By.cssSelector("[data-total=merged]")).getText()).isEqualTo("2 of 5");
        assertThat(browser.findElement(By.cssSelector("[data-total=files]")).getText()).isEqualTo("412 → 371");
        assertThat(browser.findElement(By.cssSelector("[data-total=merged-types]")).getText()).isEqualTo("2");
        assertThat(browser.findElement(By.cssSelector("[data-total=references]")).getText()).isEqualTo(String.valueOf(41 + 118));
    }

    @Test
    void the_burndown_points_are_the_recorded_figures_in_time_order_and_the_table_repeats_them() {
        signIn("/dashboard/acme/shop");

        List<WebElement> files = browser.findElements(By.cssSelector("svg#burndown-files circle"));
        assertThat(files).extracting(c -> Integer.parseInt(c.getAttribute("data-value"))).containsExactlyElementsOf(ShopProgress.FILES);
        assertThat(files).extracting(c -> c.getAttribute("data-event")).containsExactlyElementsOf(ShopProgress.EVENTS);
        assertThat(files).extracting(c -> c.getAttribute("data-phase")).containsExactlyElementsOf(ShopProgress.POINT_PHASES);
        assertThat(browser.findElements(By.cssSelector("svg#burndown-lines circle")))
                .extracting(c -> Long.parseLong(c.getAttribute("data-value"))).containsExactlyElementsOf(ShopProgress.LINES);
        // drawn where the figures say: later points to the right, fewer files lower on the screen
        List<Double> xs = files.stream().map(c -> Double.parseDouble(c.getAttribute("cx"))).toList();
        assertThat(xs).isSorted().doesNotHaveDuplicates();
        double yStart = Double.parseDouble(files.get(0).getAttribute("cy"));
        double yLowest = Double.parseDouble(files.get(3).getAttribute("cy"));
        assertThat(yLowest).isGreaterThan(yStart);
        assertThat(browser.findElement(By.id("burndown-files")).getAccessibleName()).isEqualTo("Java files over time");
        assertThat(browser.findElement(By.id("burndown-files")).getAttribute("role")).isEqualTo("img");

        List<WebElement> table = browser.findElements(By.cssSelector("#burndown-table tbody tr"));
        assertThat(table).extracting(r -> r.findElements(By.tagName("td")).get(3).getText())
                .containsExactlyElementsOf(ShopProgress.FILES.stream().map(String::valueOf).toList());
        assertThat(table).extracting(r -> r.findElements(By.tagName("td")).get(4).getText())
                .containsExactlyElementsOf(ShopProgress.LINES.stream().map(String::valueOf).toList());
        assertThat(table.get(4).getText()).contains("rolled back");
    }

    @Test
    void narrow_and_wide_windows_show_everything_without_scrolling_the_page_sideways() throws Exception {
        signIn("/dashboard/acme/shop");
        for (Dimension size : List.of(new Dimension(375, 812), new Dimension(1440, 1100))) {
            browser.manage().window().setSize(size);
            browser.navigate().refresh();
            long page = (Long) browser.executeScript("return document.documentElement.scrollWidth");
            long viewport = (Long) browser.executeScript("return document.documentElement.clientWidth");
            assertThat(page).as("page width in a %dpx window", size.width).isLessThanOrEqualTo(viewport);
            for (String id : List.of("burndown-files", "burndown-lines")) {
                WebElement chart = browser.findElement(By.id(id));
                assertThat(chart.isDisplayed()).as("#%s is displayed in a %dpx window", id, size.width).isTrue();
                assertThat(chart.getRect().getX() + chart.getRect().getWidth()).isLessThanOrEqualTo((int) viewport);
            }
            assertThat(browser.findElement(By.id("phases")).isDisplayed()).as("#phases is displayed in a %dpx window", size.width)
                    .isTrue();
            Path shot = Path.of("target", size.width < 600 ? "dashboard-narrow.png" : "dashboard.png");
            Files.createDirectories(shot.getParent());
            Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
        }
    }

    @Test
    void the_dark_scheme_turns_the_page_dark_and_keeps_the_text_light() {
        signIn("/dashboard/acme/shop");
        String light = browser.findElement(By.tagName("body")).getCssValue("background-color");

        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        browser.navigate().refresh();

        assertThat(light).isEqualTo("rgba(255, 255, 255, 1)");
        // the refresh may still be replacing the document when it returns: ask the new body, as often as it takes
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                .ignoreExceptionsInstanceOf(org.openqa.selenium.StaleElementReferenceException.class)
                .untilAsserted(() -> {
                    WebElement body = browser.findElement(By.tagName("body"));
                    assertThat(body.getCssValue("background-color")).isEqualTo("rgba(13, 17, 23, 1)");
                    assertThat(body.getCssValue("color")).isEqualTo("rgba(230, 237, 243, 1)");
                });
    }

    @Test
    void the_overview_lists_the_repository_with_its_progress_and_links_to_it() {
        signIn("/dashboard");
        WebElement entry = browser.findElement(By.cssSelector("#repositories tr[data-repository='acme/shop']"));
        assertThat(entry.getText()).contains("2 of 5").contains("412 → 371").contains("38450 → 36180");

        entry.findElement(By.linkText("acme/shop")).click();

        assertThat(browser.getCurrentUrl()).isEqualTo(server.url("/dashboard/acme/shop"));
    }

    private void signIn(String path) {
        browser.get(server.url(path));
        browser.findElement(By.id("token")).sendKeys(DashboardServer.TOKEN);
        submit(browser.findElement(By.cssSelector("form.login button")));
        assertThat(browser.getCurrentUrl()).isEqualTo(server.url(path));
    }

    /**
     * The form posts and comes back to the same address, so the address says nothing: wait for the signed-in page
     * to replace the form (reading the page right after the click can still read the login page's 401).
     */
    private void submit(WebElement button) {
        button.click();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                .ignoreExceptionsInstanceOf(org.openqa.selenium.StaleElementReferenceException.class)
                .until(() -> isStale(button) && browser.findElements(By.cssSelector("form.login")).isEmpty()
                        && "complete".equals(browser.executeScript("return document.readyState")));
    }

    private static boolean isStale(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        }
    }

    private WebElement row(String phase) {
        return browser.findElement(By.cssSelector("#phases tr[data-phase='" + phase + "']"));
    }

    private long navigationStatus() {
        return (Long) browser.executeScript("return performance.getEntriesByType('navigation')[0].responseStatus");
    }
}
