package org.ionhop.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The pages of {@code ionhop serve} in a real headless Chromium (Debian's chromium and chromium-driver packages,
 * which {@code .ci/run} installs), driven by Selenium with the driver's path given, so Selenium Manager downloads
 * nothing. Skipped with a message where they are not installed. Screenshots go to {@code target/screenshots}, or
 * to the folder named by {@code -Dionhop.screenshots=DIR} (the README's come from {@code ../docs}).
 */
class ServeBrowserTest {
    private static final Path EXAMPLES = Path.of("../examples").toAbsolutePath().normalize();
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final String TOKEN = "browser-test-token-0123";

    @TempDir
    static Path tmp;
    private static WebServer server;
    private static ChromeDriver driver;
    private static String base;
    private static Path shots;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "browser tests skipped: /usr/bin/chromium and /usr/bin/chromedriver are not installed "
                        + "(apt-get install chromium chromium-driver; .ci/run does)");
        Path store = StoreFixture.write(tmp.resolve("screen100k.duckdb"), EXAMPLES.resolve("LiFePO4_pymatgen.cif"),
                100_000);
        server = new WebServer(new ServeSettings("127.0.0.1", 0, TOKEN, tmp.resolve("work"), List.of(store),
                64L << 20, 32, 300, 16, 2));
        base = "http://127.0.0.1:" + server.port();
        shots = Path.of(System.getProperty("ionhop.screenshots", "target/screenshots"));
        Files.createDirectories(shots);
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        // software WebGL (SwiftShader) for 3Dmol.js in a headless browser without a GPU
        o.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1100",
                "--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--ignore-gpu-blocklist");
        // the driver named by path: Selenium Manager (which would download one) is not asked
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        driver = new ChromeDriver(o);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    /** Polls the condition every 100 ms until it holds; fails after the given time. */
    private static void waitUpTo(int seconds, java.util.function.Predicate<WebDriver> condition) {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        while (!condition.test(driver)) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + seconds + " s; status: "
                        + driver.findElements(By.id("status")).stream().map(WebElement::getText).findFirst().orElse(""));
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static void screenshot(String name) throws IOException {
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
        File f = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), shots.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static String error(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    @Test
    void structurePageShowsTheIsosurfaceTheBarrierAndFollowsTheSlider() throws IOException {
        driver.get(base + "/structure.html?token=" + TOKEN);
        // the token is kept by the page and removed from the address
        waitUpTo(30, d -> !d.getCurrentUrl().contains(TOKEN));
        driver.findElement(By.id("file")).sendKeys(EXAMPLES.resolve("LiFePO4_pymatgen.cif").toString());
        WebElement grid = driver.findElement(By.id("grid"));
        grid.clear();
        grid.sendKeys("0.25");
        driver.findElement(By.id("run")).click();
        waitUpTo(240, d -> d.findElement(By.id("viewer")).getAttribute("data-isosurface") != null
                || d.findElement(By.id("status")).getAttribute("class").equals("error"));
        assertThat(driver.findElement(By.id("status")).getAttribute("class")).as(error("status")).isEqualTo("status");
        assertThat(driver.findElements(By.cssSelector("#viewer canvas"))).isNotEmpty();
        // the 1D barrier of LiFePO4 along b: BVSE gives about 0.4 eV (0.39 eV at 0.1 Å in GoldenOutputTest's
        // bvse output; a coarser grid moves it by a few hundredths)
        double b1 = Double.parseDouble(driver.findElement(By.id("barrier-1d")).getText());
        assertThat(b1).isBetween(0.3, 0.5);
        double b3 = Double.parseDouble(driver.findElement(By.id("barrier-3d")).getText());
        assertThat(b3).isGreaterThan(b1);
        // the slider starts just above the 1D barrier; five steps right move the isosurface up by 0.05 eV
        double before = Double.parseDouble(driver.findElement(By.id("viewer")).getAttribute("data-isosurface"));
        assertThat(before).isCloseTo(b1 + 0.02, org.assertj.core.data.Offset.offset(0.011));
        WebElement slider = driver.findElement(By.id("iso"));
        for (int i = 0; i < 5; i++) {
            slider.sendKeys(Keys.ARROW_RIGHT);
        }
        double after = Double.parseDouble(driver.findElement(By.id("viewer")).getAttribute("data-isosurface"));
        assertThat(after).isCloseTo(before + 0.05, org.assertj.core.data.Offset.offset(0.011));
        assertThat(driver.findElement(By.id("isoval")).getText()).isEqualTo(String.format(Locale.ROOT, "%.2f", after));
        // the profile of the lowest path is plotted
        assertThat(driver.findElements(By.cssSelector("#profile .main-svg"))).isNotEmpty();
        screenshot("web-structure.png");
    }

    @Test
    void eisFitOfAnUploadedFileShowsTheNyquistPlot() throws IOException {
        driver.get(base + "/analysis.html?name=eis&token=" + TOKEN);
        waitUpTo(30, d -> !d.findElements(By.name("--circuit")).isEmpty());
        driver.findElement(By.id("file")).sendKeys(EXAMPLES.resolve("eis/impedancepy_Circuit3_EIS_1.z").toString());
        driver.findElement(By.name("--circuit")).sendKeys("R0-p(R1,CPE1)");
        driver.findElement(By.id("run")).click();
        waitUpTo(120, d -> "true".equals(d.findElement(By.id("plots")).findElements(By.id("nyquist")).stream()
                .findFirst().map(e -> e.getAttribute("data-ready")).orElse(null))
                || d.findElement(By.id("status")).getAttribute("class").equals("error"));
        assertThat(driver.findElement(By.id("status")).getAttribute("class")).as(error("status")).isEqualTo("status");
        // data points and the fitted curve: two traces in the Nyquist plot
        Object traces = ((JavascriptExecutor) driver).executeScript(
                "return document.getElementById('nyquist').data.length");
        assertThat(((Number) traces).intValue()).isEqualTo(2);
        assertThat(driver.findElements(By.cssSelector("#nyquist .main-svg"))).isNotEmpty();
        assertThat(driver.findElement(By.id("numbers")).getText()).contains("R_bulk_ohm");
        // the plots' card alone: the form above it is long
        WebElement plots = driver.findElement(By.id("plots"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", plots);
        Files.copy(plots.getScreenshotAs(OutputType.FILE).toPath(), shots.resolve("web-eis.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void nmrT1PageDrawsTheBppFigureWithLogRateAndUnitsInTheHover() throws IOException {
        driver.get(base + "/analysis.html?name=nmr&mode=t1&token=" + TOKEN);
        waitUpTo(30, d -> !d.findElements(By.name("--larmor-mhz")).isEmpty());
        driver.findElement(By.id("file")).sendKeys(EXAMPLES.resolve("nmr/li_t1.txt").toString());
        driver.findElement(By.id("run")).click();
        waitUpTo(120, d -> !d.findElements(By.cssSelector("#plots .figure[data-ready='true']")).isEmpty()
                || d.findElement(By.id("status")).getAttribute("class").equals("error"));
        assertThat(driver.findElement(By.id("status")).getAttribute("class")).as(error("status")).isEqualTo("status");
        JavascriptExecutor js = (JavascriptExecutor) driver;
        WebElement fig = driver.findElement(By.cssSelector("#plots .figure"));
        // the data with error bars and the BPP curve, the rate on a log axis as in the SVG figure
        assertThat(((Number) js.executeScript("return arguments[0].data.length", fig)).intValue()).isEqualTo(2);
        assertThat(js.executeScript("return arguments[0].layout.yaxis.type", fig)).isEqualTo("log");
        assertThat(js.executeScript("return arguments[0].data[0].mode + ' ' + arguments[0].data[1].mode", fig))
                .isEqualTo("markers lines");
        assertThat(js.executeScript("return arguments[0].data[0].error_y.array.length", fig)).isNotNull();
        assertThat((String) js.executeScript("return arguments[0].data[1].hovertemplate", fig))
                .contains("1000 / T = %{x:.4g} 1/K").contains("1/T1 = %{y:.4g} 1/s").contains("T = %{customdata:.1f} K");
        WebElement plots = driver.findElement(By.id("plots"));
        js.executeScript("arguments[0].scrollIntoView()", plots);
        Files.copy(plots.getScreenshotAs(OutputType.FILE).toPath(), shots.resolve("web-nmr-t1.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void screenStoreOf100000RowsLoadsAndSorts() throws IOException {
        long t0 = System.nanoTime();
        driver.get(base + "/screen.html?token=" + TOKEN);
        waitUpTo(60, d -> d.findElements(By.cssSelector("#table tr")).size() > 1
                && !d.findElements(By.cssSelector("#scatter .main-svg")).isEmpty());
        double loadMs = (System.nanoTime() - t0) / 1e6;
        assertThat(driver.findElement(By.id("page")).getText()).endsWith("of 100000");
        // sort by the 1D barrier: the page starts ascending; a click on the header makes it descending
        long t1 = System.nanoTime();
        driver.findElement(By.cssSelector("th[data-col='barrier_1d_eV']")).click();
        waitUpTo(30, d -> "barrier_1d_eV:desc".equals(d.findElement(By.id("table")).getAttribute("data-sort")));
        double sortMs = (System.nanoTime() - t1) / 1e6;
        List<WebElement> rows = driver.findElements(By.cssSelector("#table tr"));
        int col = headerIndex("barrier_1d_eV");
        double first = Double.parseDouble(rows.get(1).findElements(By.tagName("td")).get(col).getText());
        double second = Double.parseDouble(rows.get(2).findElements(By.tagName("td")).get(col).getText());
        assertThat(first).isGreaterThanOrEqualTo(second);
        // next page
        long t2 = System.nanoTime();
        driver.findElement(By.id("next")).click();
        waitUpTo(30, d -> d.findElement(By.id("page")).getText().startsWith("51"));
        double pageMs = (System.nanoTime() - t2) / 1e6;
        Object dom = ((JavascriptExecutor) driver).executeScript(
                "return performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd");
        System.out.printf(Locale.ROOT, "screen page, 100000 rows: page and libraries loaded %.0f ms, table and scatter "
                + "shown %.0f ms after navigation; sort click to sorted table %.0f ms, next page %.0f ms (%s)%n",
                ((Number) dom).doubleValue(), loadMs, sortMs, pageMs, driver.findElement(By.id("timing")).getText());
        screenshot("web-screen.png");
    }

    private static int headerIndex(String column) {
        List<WebElement> th = driver.findElements(By.cssSelector("#table th"));
        for (int i = 0; i < th.size(); i++) {
            if (column.equals(th.get(i).getAttribute("data-col"))) {
                return i;
            }
        }
        throw new AssertionError(column);
    }
}
