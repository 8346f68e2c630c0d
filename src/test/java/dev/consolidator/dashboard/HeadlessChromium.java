package dev.consolidator.dashboard;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Debian's {@code chromium} driven through its {@code chromedriver}, headless, both found on the PATH (so Selenium
 * downloads nothing). Missing programs fail the test with how to install them: CI installs them (.ci/run), a test
 * that silently skipped there would prove nothing.
 */
final class HeadlessChromium {
    private HeadlessChromium() {
    }

    static ChromeDriver start(int width, int height) {
        Path chromium = onPath("chromium").or(() -> onPath("chromium-browser")).orElseThrow(() -> missing("chromium"));
        Path driver = onPath("chromedriver").orElseThrow(() -> missing("chromedriver"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--hide-scrollbars", "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private static AssertionError missing(String program) {
        return new AssertionError(program + " is not on the PATH: install Debian's chromium and chromium-driver"
                + " (sudo apt-get install -y chromium chromium-driver; .ci/run does it)");
    }

    private static Optional<Path> onPath(String program) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, program)).filter(Files::isExecutable).findFirst();
    }
}
