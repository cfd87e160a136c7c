package netlab.app.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import netlab.app.preset.PresetLibrary;
import netlab.engine.classroom.ClassSession;
import netlab.engine.classroom.JoinCode;
import netlab.engine.classroom.server.ClassServer;
import netlab.engine.classroom.server.ClassServerOptions;
import netlab.engine.classroom.server.StudentPage;
import netlab.engine.preset.Preset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser takes part (issue 14): Debian's headless Chromium, phone-sized, opens the page
 * the class server serves from the resources, joins with the code and a name full of HTML,
 * answers stream-echo's question, sees the reveal, and the end. The page breaks no rule of its
 * strict Content-Security-Policy (the browser's console would say so).
 */
class StudentPageInChromiumTest {
    private static final Duration T = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private ClassSession session;
    private ClassServer server;
    private ChromeDriver chrome;

    @BeforeEach
    void start() throws Exception {
        netlab.engine.testing.Tools.missing(HeadlessChromium.browser().isEmpty() || HeadlessChromium.driver().isEmpty(),
                "chromium or chromedriver is not installed (apt-get install chromium chromium-driver)");
        Preset preset = PresetLibrary.loadBundled().find("stream-echo").orElseThrow();
        session = new ClassSession(JoinCode.random(), preset.title().english(), preset.questions());
        server = ClassServer.start(session, ClassServerOptions.defaults(), StudentPage.fromClassPath(getClass().getClassLoader()))
                .get(20, TimeUnit.SECONDS);
        chrome = HeadlessChromium.start(dir.resolve("profile"), 390, 844);
    }

    @AfterEach
    void stop() throws Exception {
        if (chrome != null) {
            chrome.quit();
        }
        if (session != null) {
            session.end();
            server.stopped().get(20, TimeUnit.SECONDS);
        }
    }

    private WebElement visible(String id) {
        return new WebDriverWait(chrome, T).until(d -> {
            WebElement e = d.findElement(By.id(id));
            return e.isDisplayed() ? e : null;
        });
    }

    @Test
    void aStudentJoinsAnswersAndSeesTheReveal() throws Exception {
        String name = "<b>Li</b><img src=x onerror=1>"; // 30 characters: the page takes 32
        chrome.get(server.joinUrl());
        assertThat(chrome.findElement(By.id("code")).getAttribute("value")).as("the QR code's URL fills the code in")
                .isEqualTo(session.code().value());
        chrome.findElement(By.id("name")).sendKeys(name);
        chrome.findElement(By.id("join")).click();
        assertThat(visible("me").getText()).isEqualTo(name);
        assertThat(chrome.findElements(By.cssSelector("#me b, #me img, img"))).as("the name is text, not HTML").isEmpty();
        assertThat(session.snapshot().students()).extracting(s -> s.student().name()).containsExactly(name);

        session.ask("reads");
        assertThat(visible("prompt").getText()).startsWith("The client sends its message as three writes");
        List<WebElement> choices = chrome.findElements(By.cssSelector("#choices .choice"));
        assertThat(choices).hasSize(4);
        choices.get(0).click(); // A first
        new WebDriverWait(chrome, T).until(d -> d.findElement(By.id("yours")).getText().endsWith("A"));
        chrome.findElement(By.cssSelector("#choices .choice[data-value='B']")).click(); // then the right one
        new WebDriverWait(chrome, T).until(d -> d.findElement(By.id("yours")).getText().endsWith("B"));
        assertThat(session.snapshot().histogram().count("B")).isEqualTo(1);
        assertThat(session.snapshot().histogram().answered()).as("one answer per student, changed").isEqualTo(1);

        session.reveal();
        assertThat(visible("right").getText()).isEqualTo("B — One or more: it can change from run to run");
        assertThat(chrome.findElement(By.id("why")).getText()).startsWith("TCP is a byte stream");
        assertThat(chrome.findElement(By.cssSelector("#choices .choice[data-value='B']")).getAttribute("class")).contains("right");
        assertThat(chrome.findElements(By.cssSelector("#counts .bar-row"))).hasSize(4);
        saveScreenshot("class-student-phone.png");

        chrome.findElement(By.id("lang")).click();
        assertThat(chrome.findElement(By.id("prompt")).getText()).startsWith("客户端把消息分三次写出");

        session.end();
        assertThat(visible("end-view").isDisplayed()).isTrue();
        List<LogEntry> console = chrome.manage().logs().get(LogType.BROWSER).getAll();
        assertThat(console).as("no Content-Security-Policy violation, no script error")
                .noneMatch(e -> e.getMessage().contains("Content Security Policy") || e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()
                        && !e.getMessage().contains("favicon"));
    }

    /** Kept for the README when {@code -Dnetlab.screenshots=DIR} is given. */
    private void saveScreenshot(String file) throws Exception {
        String to = System.getProperty("netlab.screenshots");
        if (to != null) {
            Files.write(Files.createDirectories(Path.of(to)).resolve(file), chrome.getScreenshotAs(OutputType.BYTES));
        }
    }
}
