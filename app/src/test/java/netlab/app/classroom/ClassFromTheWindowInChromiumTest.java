package netlab.app.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import netlab.app.LivePorts;
import netlab.app.code.CodeLibrary;
import netlab.app.preset.PresetLibrary;
import netlab.engine.lab.Lab;
import netlab.engine.port.disk.DiskFiles;
import netlab.engine.testing.Tools;
import netlab.ui.LabWindow;
import netlab.ui.lab.LabOptions;
import netlab.ui.settings.Settings;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole class, end to end (issue 14): the teacher starts Class in the real window on the
 * bundled stream-echo preset, a student in headless Chromium types the code the projector shows,
 * answers, the window's histogram counts the answer, Reveal in the window marks the right answer
 * on the student's page, and End in the window ends the student's page.
 */
@ExtendWith(ApplicationExtension.class)
class ClassFromTheWindowInChromiumTest {
    private static final Duration T = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private Lab lab;
    private LabWindow window;
    private ChromeDriver chrome;
    private FxRobot robot;

    @Start
    void start(Stage stage) {
        lab = new Lab();
        window = LabWindow.create(LivePorts.of(lab, new DiskFiles()), new LabOptions(Locale.ENGLISH, PresetLibrary.loadBundled().all(),
                CodeLibrary.loadBundled().samples(), Settings.inMemory()));
        stage.setScene(new Scene(window.root(), 1360, 860));
        window.start();
        stage.show();
    }

    @BeforeEach
    void browser() throws Exception {
        Tools.missing(HeadlessChromium.browser().isEmpty() || HeadlessChromium.driver().isEmpty(),
                "chromium or chromedriver is not installed (apt-get install chromium chromium-driver)");
        chrome = HeadlessChromium.start(dir.resolve("profile"), 390, 844);
    }

    @AfterEach
    void stop() {
        if (chrome != null) {
            chrome.quit();
        }
        on(() -> {
            window.close();
            return null;
        });
        lab.close();
    }

    @Test
    void theTeacherRunsTheClassFromTheWindowAndAStudentTakesPartFromChromium(FxRobot robot) {
        this.robot = robot;
        on(() -> {
            window.model().presets().open(PresetLibrary.loadBundled().find("stream-echo").orElseThrow());
            window.view().showView("class");
            return null;
        });
        await(() -> on(() -> window.root().lookup("#class-start") != null), "the Class tab is shown");
        click("#class-start");
        await(() -> label("#class-code").startsWith("Code "), "the projector shows the code");
        String code = label("#class-code").substring("Code ".length());
        String url = label("#class-url");
        assertThat(url).as("loopback by default").startsWith("http://127.0.0.1:");

        chrome.get(url);
        WebElement codeField = visible("code");
        codeField.clear();
        codeField.sendKeys(code);
        chrome.findElement(By.id("name")).sendKeys("Grace");
        chrome.findElement(By.id("join")).click();
        assertThat(visible("me").getText()).isEqualTo("Grace");
        await(() -> label("#class-students").equals("Students: 1"), "the window counts the student");

        click("#class-ask");
        await(() -> !label("#class-prompt").isEmpty(), "the question is on the projector");
        String prompt = label("#class-prompt");
        assertThat(visible("prompt").getText()).as("the student reads the projector's question").isEqualTo(prompt);
        chrome.findElement(By.cssSelector("#choices .choice[data-value='B']")).click();
        await(() -> label("#class-count-B").equals("1"), "the window's histogram counts the answer");
        assertThat(label("#class-answered")).isEqualTo("1 of 1 students answered");

        click("#class-reveal");
        await(() -> label("#class-why").startsWith("Right answer: B"), "the window says the right answer and why");
        assertThat(visible("right").getText()).as("the student's page shows the reveal").startsWith("B — ");
        assertThat(chrome.findElement(By.cssSelector("#choices .choice[data-value='B']")).getAttribute("class")).contains("right");

        click("#class-end");
        assertThat(visible("end-view").isDisplayed()).as("the student's page ends with the class").isTrue();
    }

    private WebElement visible(String id) {
        return new WebDriverWait(chrome, T).until(d -> {
            WebElement e = d.findElement(By.id(id));
            return e.isDisplayed() ? e : null;
        });
    }

    private String label(String id) {
        return on(() -> {
            Labeled l = (Labeled) window.root().lookup(id);
            return l == null || l.getText() == null ? "" : l.getText();
        });
    }

    /** The teacher's click, once the button is there and enabled. */
    private void click(String id) {
        await(() -> on(() -> window.root().lookup(id) instanceof ButtonBase b && !b.isDisabled() && b.isVisible()), id + " can be pressed");
        robot.clickOn(on(() -> window.root().lookup(id)));
    }

    private static void await(BooleanSupplier condition, String what) {
        Awaitility.await(what).atMost(T).pollInterval(Duration.ofMillis(50)).until(condition::getAsBoolean);
    }

    private static <T> T on(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("reading the window failed", e);
        }
    }
}
