package netlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import netlab.app.code.CodeLibrary;
import netlab.app.preset.PresetLibrary;
import netlab.engine.lab.EndpointState;
import netlab.engine.lab.Lab;
import netlab.engine.lab.ProcessEndpoint;
import netlab.engine.lab.ServerEndpoint;
import netlab.engine.lab.ServerSpec;
import netlab.engine.subprocess.ProcessSpec;
import netlab.ui.lab.LabOptions;
import netlab.ui.LabWindow;
import netlab.ui.settings.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Closing the lab window, as the window manager's close button does (a close request the window
 * does not refuse), ends the lab the way the app's launcher wires it: every live connection is
 * closed, the server stops listening, and a command the lab runs is stopped: no socket and no
 * process outlive the window.
 */
@ExtendWith(ApplicationExtension.class)
class ClosingTheWindowTest {
    private static final Duration T = Duration.ofSeconds(30);
    private static final int CONNECTIONS = 8;

    private Lab lab;
    private GuiShutdown shutdown;
    private Stage stage;
    private final List<Socket> peers = new ArrayList<>();

    @Start
    void start(Stage primary) {
        // the lab's own window, not TestFX's primary stage
        lab = new Lab();
        shutdown = new GuiShutdown(lab);
        stage = new Stage();
        shutdown.watch(stage);
        LabWindow.show(stage, netlab.app.LivePorts.of(lab, new netlab.engine.port.disk.DiskFiles()), new LabOptions(Locale.ENGLISH, PresetLibrary.loadBundled().all(),
                CodeLibrary.loadBundled().samples(), Settings.inMemory()));
    }

    @AfterEach
    void close() throws Exception {
        for (Socket s : peers) {
            s.close();
        }
        shutdown.closeLab();
    }

    @Test
    void closingTheWindowClosesEveryConnectionAndStopsEveryChild() throws Exception {
        ServerEndpoint server = lab.startServer(ServerSpec.defaults().withPort(0)).get(T);
        int port = server.port();
        for (int i = 0; i < CONNECTIONS; i++) {
            Socket s = new Socket();
            s.connect(new InetSocketAddress("127.0.0.1", port), (int) T.toMillis());
            s.setSoTimeout((int) T.toMillis());
            peers.add(s);
            byte[] said = ("live " + i).getBytes(StandardCharsets.UTF_8);
            s.getOutputStream().write(said);
            assertThat(s.getInputStream().readNBytes(said.length)).isEqualTo(said);
        }
        ProcessEndpoint child = lab.startProcess(ProcessSpec.exec("sleep", "1000"), Duration.ofMillis(500)).get(T);
        ProcessHandle sleeper = ProcessHandle.of(child.pid()).orElseThrow();
        assertThat(sleeper.isAlive()).isTrue();
        assertThat(ListeningSockets.on(port)).as("the server listens before the window closes").isTrue();

        // the launcher's main thread, waiting for the window
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread launcher = new Thread(() -> {
            try {
                shutdown.awaitWindowClosedThenCloseLab();
            } catch (Throwable e) {
                failed.set(e);
            }
        }, "launcher-main");
        launcher.start();

        long t0 = System.nanoTime();
        CompletableFuture<Void> requested = new CompletableFuture<>();
        Platform.runLater(() -> {
            // what the close button sends; not consumed, it hides the window
            stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
            requested.complete(null);
        });
        requested.get(T.toMillis(), TimeUnit.MILLISECONDS);
        launcher.join(T.toMillis());
        long closeMs = (System.nanoTime() - t0) / 1_000_000;
        assertThat(launcher.isAlive()).as("the lab closed after the window").isFalse();
        assertThat(failed.get()).isNull();
        assertThat(stage.isShowing()).isFalse();

        for (Socket s : peers) {
            assertThat(s.getInputStream().read()).as("EOF at the peer on port " + s.getLocalPort()).isEqualTo(-1);
        }
        assertThat(server.state()).isEqualTo(EndpointState.STOPPED);
        assertThat(server.connectionCount()).isZero();
        assertThat(ListeningSockets.on(port)).as("a listening socket left on port " + port).isFalse();
        assertThat(sleeper.onExit().get(T.toMillis(), TimeUnit.MILLISECONDS).isAlive()).as("the child").isFalse();
        System.out.printf(Locale.ROOT, "closing the window: %d live connections closed, the server's port %d free, "
                + "the child (pid %d) stopped; the lab closed %d ms after the close request%n", CONNECTIONS, port, child.pid(), closeMs);
    }
}
