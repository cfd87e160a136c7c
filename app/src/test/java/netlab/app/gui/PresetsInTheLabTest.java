package netlab.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import netlab.app.code.CodeLibrary;
import netlab.app.preset.PresetLibrary;
import netlab.engine.lab.Lab;
import netlab.engine.event.EventKind;
import netlab.engine.event.EventSubscription;
import netlab.engine.event.LabEvent;
import netlab.engine.preset.Preset;
import netlab.ui.lab.LabOptions;
import netlab.ui.LabWindow;
import netlab.ui.panes.PaneModel;
import netlab.ui.settings.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every preset of the library, as a person uses it: picked in the library, run with one click,
 * and every line it logs shown in the pane it belongs to. The presets are read from the library,
 * so a preset added to it is covered here without a line of test.
 */
@ExtendWith(ApplicationExtension.class)
class PresetsInTheLabTest {
    /** Presets that wait for the outside world (a person) are stopped after this; one that waits for SIGINT gets it by a click. */
    private static final Duration RUN_LIMIT = Duration.ofSeconds(12);

    private final PresetLibrary library = PresetLibrary.loadBundled();
    private Lab lab;
    private LabWindow window;
    private EventSubscription log;

    @Start
    void start(Stage stage) {
        lab = new Lab();
        log = lab.events().subscribe("test", 1 << 20);
        window = LabWindow.create(netlab.app.LivePorts.of(lab, new netlab.engine.port.disk.DiskFiles()), new LabOptions(Locale.ENGLISH, library.all(), CodeLibrary.loadBundled().samples(),
                Settings.inMemory()));
        stage.setScene(new Scene(window.root(), 1400, 900));
        window.start();
        stage.show();
    }

    @AfterEach
    void stop() {
        on(() -> {
            window.close();
            return null;
        });
        log.close();
        lab.close();
    }

    @Test
    void everyPresetOpensFromTheLibraryAndRunsByOneClick(FxRobot robot) throws Exception {
        assertThat(library.problems()).isEmpty();
        assertThat(library.all()).isNotEmpty();
        // the first start shows stream-echo, ready to run
        assertThat(label("#preset-title")).isEqualTo(library.find("stream-echo").orElseThrow().title().english());
        assertThat(label("#preset-status")).isEqualTo("ready to run");
        robot.clickOn("#preset-free-port");
        assertThat(on(() -> ((CheckBox) root().lookup("#preset-free-port")).isSelected())).isTrue();

        for (Preset preset : library.all()) {
            long started = System.nanoTime();
            drain();
            on(() -> {
                ListView<?> list = (ListView<?>) root().lookup("#library-list");
                list.scrollTo(library.all().indexOf(preset));
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();
            robot.clickOn("#preset-" + preset.id());
            await(() -> label("#preset-title").equals(preset.title().english()), preset.id() + " opens");
            robot.clickOn("#preset-run");
            boolean ended = awaitOrNot(() -> Set.of("done", "failed").contains(label("#preset-status")) || waitsForSigint(), RUN_LIMIT);
            boolean signalled = false;
            if (!Set.of("done", "failed").contains(label("#preset-status")) && waitsForSigint()) {
                // the program waits for SIGINT (the signals preset): the banner sends it, the handler ends the run
                robot.clickOn("#signal-SIGINT");
                signalled = true;
                ended = awaitOrNot(() -> Set.of("done", "failed").contains(label("#preset-status")), RUN_LIMIT);
                await(() -> !waitsForSigint(), preset.id() + ": the signal buttons go with the handlers");
            }
            String status = label("#preset-status");
            List<LabEvent> events = drain();
            if (!ended) {
                System.out.println("presets: " + preset.id() + " still runs after " + RUN_LIMIT + ": stopped by the test");
            }
            assertThat(status).as(preset.id() + ": " + label("#preset-message")).isIn("done", "running…");

            // every line the run logged is in the pane its origin goes to, as the seed prints it
            awaitTheWindowCaughtUp(preset.id());
            List<LabEvent> lines = events.stream().filter(e -> e.kind() == EventKind.LOG).toList();
            assertThat(lines).as(preset.id() + " logs lines").isNotEmpty();
            int shown = 0;
            for (LabEvent e : lines) {
                PaneModel pane = on(() -> window.model().panes().pane(e.origin()));
                if (pane != null) {
                    // the run's end reaches the banner at once; its last events at the next frames
                    awaitOrNot(() -> on(pane::text).contains(e.toLogLine()), Duration.ofSeconds(5));
                    assertThat(on(pane::text)).as(preset.id() + ": pane " + pane.key()).contains(e.toLogLine());
                    shown++;
                }
            }
            assertThat(shown).as(preset.id() + ": lines still in a pane").isPositive();
            if (preset.id().equals("stream-echo")) {
                assertStreamEchoSeedLines(lines);
            }
            if (preset.id().equals("signals")) {
                // seed 001 #4 to its end, by a click: its own handler ran on the loop and stopped it
                assertThat(signalled).as("the signals preset offered SIGINT").isTrue();
                assertThat(status).isEqualTo("done");
                assertThat(lines.stream().map(LabEvent::toLogLine)).contains("got signal SIGINT: exit");
                assertThat(events).anyMatch(e -> e.kind() == EventKind.SIGNAL_RECEIVED && "SIGINT".equals(e.text()));
            }
            System.out.printf(Locale.ROOT, "presets: %s %s in %d ms, %d lines logged, %d checked in panes%n", preset.id(), status,
                    (System.nanoTime() - started) / 1_000_000, lines.size(), shown);

            robot.clickOn("#preset-stop");
            await(() -> label("#preset-status").equals("stopped"), preset.id() + " stops");
            for (netlab.engine.lab.Endpoint e : lab.endpoints()) {
                e.finished().get(Duration.ofSeconds(15)); // everything it started stopped
            }
            robot.push(KeyCode.CONTROL, KeyCode.L);
            // Clear starts the window's event count over: so does the test's, once the clear is done on the FX thread
            WaitForAsyncUtils.waitForFxEvents();
            on(() -> null);
            drain();
            drained = 0;
        }
    }

    /** Seed 000's output, line for line (ports aside), in each client's pane. */
    private void assertStreamEchoSeedLines(List<LabEvent> lines) {
        Set<String> clients = new HashSet<>();
        for (LabEvent e : lines) {
            if (e.logger().equals("echo_client")) {
                clients.add(e.origin().endpoint());
            }
        }
        assertThat(clients).hasSize(3);
        for (String client : clients) {
            List<String> text = on(() -> window.model().panes().panes().stream().filter(p -> p.key().equals(client)).findFirst()
                    .orElseThrow().text()).stream().filter(l -> l.startsWith("echo_client: ")).toList();
            assertThat(text.get(0)).matches("echo_client: connecting to 127\\.0\\.0\\.1 port \\d+");
            assertThat(text.subList(1, 5)).containsExactly("echo_client: sending b'This is the message. '",
                    "echo_client: sending b'It will be sent '", "echo_client: sending b'in parts.'", "echo_client: waiting for response");
            assertThat(text.get(text.size() - 1)).isEqualTo("echo_client: closing");
            String echoed = String.join("", text.subList(5, text.size() - 1).stream()
                    .map(l -> l.substring("echo_client: received b'".length(), l.length() - 1)).toList());
            assertThat(echoed).isEqualTo("This is the message. It will be sent in parts.");
        }
    }

    private boolean waitsForSigint() {
        return on(() -> {
            javafx.scene.Node b = root().lookup("#signal-SIGINT");
            return b != null && b.isVisible() && b.getParent() != null && b.getParent().isVisible();
        });
    }

    private long drained;

    private List<LabEvent> drain() throws InterruptedException {
        List<LabEvent> out = new ArrayList<>();
        while (log.drainTo(out, 100_000) > 0) {
            Thread.sleep(5);
        }
        drained += out.size();
        return out;
    }

    /** The window subscribed when the test did: once it has had as many events, it has had these. */
    private void awaitTheWindowCaughtUp(String what) {
        await(() -> on(() -> window.model().status().seenProperty().get() + window.model().status().elidedProperty().get()) >= drained,
                what + ": the window has every event the test read (" + drained + "; the window: "
                        + on(() -> window.model().status().seenProperty().get() + " seen, " + window.model().status().elidedProperty().get()
                        + " elided, " + window.model().status().backlogProperty().get() + " waiting)"));
    }

    private Parent root() {
        return window.root();
    }

    private String label(String id) {
        return on(() -> ((Label) root().lookup(id)).getText());
    }

    private static <T> T on(java.util.concurrent.Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("reading the window failed", e);
        }
    }

    private static void await(java.util.concurrent.Callable<Boolean> condition, String what) {
        if (!awaitOrNot(condition, Duration.ofSeconds(30))) {
            throw new AssertionError("not within 30 s: " + what);
        }
    }

    private static boolean awaitOrNot(java.util.concurrent.Callable<Boolean> condition, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!on(condition)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            WaitForAsyncUtils.sleep(20, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        return true;
    }
}
