package netlab.ui.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import netlab.engine.lab.ServerEndpoint;
import netlab.engine.lab.ServerSpec;
import netlab.ui.lab.LabOptions;
import netlab.ui.settings.Settings;
import netlab.ui.testing.Fx;
import netlab.ui.testing.TestPresets;
import netlab.ui.testing.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Students' own clients in the window: Grace's page joins from 127.0.0.2 and her nc-like sockets
 * come from there, Alan's from 127.0.0.3 (Linux routes all of 127/8 to lo). Their panes are named
 * after them; the teacher's Drop ▾ → Grace closes her two connections, each pane saying so, and
 * leaves Alan's open.
 */
@ExtendWith(ApplicationExtension.class)
class DropStudentConnectionsWindowTest {
    private Window w;
    private final List<Socket> sockets = new ArrayList<>();
    private final List<HttpClient> clients = new ArrayList<>();

    @Start
    void start(Stage stage) {
        w = Window.open(stage, new LabOptions(Locale.ENGLISH,
                List.of(TestPresets.streamEcho(1).withQuestions(List.of(ClassWindowTest.READS))),
                List.of(TestPresets.streamEchoCode()), Settings.inMemory()));
    }

    @AfterEach
    void stop() throws IOException {
        for (Socket s : sockets) {
            s.close();
        }
        w.close();
        clients.forEach(HttpClient::close);
    }

    @Test
    void dropClosesOneStudentsConnectionsAndTheirPanesSaySo(FxRobot robot) throws Exception {
        Fx.run(() -> w.window.view().showView("class"));
        Fx.await(() -> w.root().lookup("#class-intro") != null, "the Class tab is shown");
        assertThat(Fx.on(() -> w.root().lookup("#class-drop").isDisabled())).as("nobody to drop yet").isTrue();
        w.click(robot, "#class-start");
        Fx.await(() -> w.label("#class-code").startsWith("Code "), "the class is on");
        String code = w.label("#class-code").substring("Code ".length());
        String url = w.label("#class-url");
        join(url, code, "Grace", "127.0.0.2");
        join(url, code, "Alan", "127.0.0.3");
        Fx.await(() -> w.label("#class-students").equals("Students: 2"), "both are counted");

        ServerEndpoint server = w.lab.startServer(ServerSpec.builder().port(0).build()).get(Duration.ofSeconds(20));
        Socket g1 = connect("127.0.0.2", server.port());
        Socket g2 = connect("127.0.0.2", server.port());
        Socket a1 = connect("127.0.0.3", server.port());
        assertThat(echo(g1, "from Grace\n")).isEqualTo("from Grace\n");
        assertThat(echo(g2, "Grace again\n")).isEqualTo("Grace again\n");
        assertThat(echo(a1, "from Alan\n")).isEqualTo("from Alan\n");
        String id = server.id();
        Fx.run(() -> w.window.view().showView("panes"));
        w.awaitPane("Grace's first pane", p -> p.title().equals("Grace \u00b7 " + id + " #1"));
        w.awaitPane("Alan's pane", p -> p.title().equals("Alan \u00b7 " + id + " #3"));

        Fx.run(() -> w.window.view().showView("class"));
        Fx.await(() -> w.root().lookup("#class-drop") != null, "the Class tab is back");
        // Drop ▾ → Grace: the menu opened by a click, its item chosen as a click on it would (as the bench's New ▸ menu)
        w.click(robot, "#class-drop");
        Fx.run(() -> {
            MenuButton menu = (MenuButton) w.node("#class-drop");
            assertThat(menu.getItems()).extracting(MenuItem::getText).containsExactly("Grace", "Alan");
            menu.getItems().stream().filter(i -> i.getText().equals("Grace")).findFirst().orElseThrow().fire();
            menu.hide();
        });

        assertThat(closedByServer(g1)).isTrue();
        assertThat(closedByServer(g2)).isTrue();
        Fx.await(() -> w.label("#class-notice").equals("dropped Grace's connections (2 open)"), "the teacher hears how many");
        // each of her panes says why it closed (read from the panes' model: a shown pane lists only the lines in view)
        for (String title : List.of("Grace \u00b7 " + id + " #1", "Grace \u00b7 " + id + " #2")) {
            Fx.await(() -> Fx.on(() -> w.window.model().panes().panes().stream().anyMatch(p -> p.titleProperty().get().equals(title)
                    && p.text().contains("netlab: the teacher dropped Grace's connections: this one is closed"))),
                    title + " says the teacher dropped it");
        }
        // in Chinese, the notice and the panes' line say it in Chinese
        Fx.run(() -> w.window.model().i18n().localeProperty().set(java.util.Locale.SIMPLIFIED_CHINESE));
        Fx.await(() -> w.label("#class-notice").equals("已断开 Grace 的连接（原有 2 个）"), "the notice in Chinese");
        // (a pane's model keeps the line as said when it came; its view says it again, as the formatter does, in the new language)
        assertThat(Fx.on(() -> w.window.model().panes().panes().stream().filter(p -> p.titleProperty().get().startsWith("Grace"))
                .flatMap(p -> p.linesFrom(p.firstIndex()).stream()).filter(l -> l.source() != null)
                .map(l -> new netlab.ui.panes.LineFormatter(w.window.model().i18n()).format(l.source(), 0)).filter(java.util.Objects::nonNull)
                .map(netlab.ui.panes.PaneLine::text).toList())).as("her panes in Chinese")
                .contains("netlab: 老师断开了 Grace 的连接：这个连接被关闭");
        Fx.run(() -> w.window.model().i18n().localeProperty().set(java.util.Locale.ENGLISH));
        assertThat(Fx.on(() -> w.window.model().panes().panes().stream().filter(p -> p.titleProperty().get().startsWith("Alan"))
                .flatMap(p -> p.text().stream()).noneMatch(l -> l.contains("dropped")))).as("Alan's pane says nothing of it").isTrue();
        assertThat(echo(a1, "still here\n")).as("Alan's connection stays").isEqualTo("still here\n");
        assertThat(server.connectionCount()).isEqualTo(1);
    }

    private void join(String url, String code, String name, String from) throws IOException {
        HttpClient http = HttpClient.newBuilder().localAddress(InetAddress.getByName(from)).build();
        clients.add(http);
        ClassWindowTest.Student page = ClassWindowTest.Student.connect(http, url, code);
        page.send("{\"type\":\"join\",\"name\":\"" + name + "\"}");
        page.await("joined");
    }

    private Socket connect(String from, int port) throws IOException {
        Socket s = new Socket();
        sockets.add(s);
        s.setSoTimeout(30_000);
        s.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
        s.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
        return s;
    }

    private static String echo(Socket s, String text) throws IOException {
        byte[] out = text.getBytes(StandardCharsets.UTF_8);
        s.getOutputStream().write(out);
        return new String(s.getInputStream().readNBytes(out.length), StandardCharsets.UTF_8);
    }

    private static boolean closedByServer(Socket s) throws IOException {
        try {
            while (s.getInputStream().read() >= 0) {
                // what was still on its way
            }
            return true;
        } catch (SocketException reset) {
            return true;
        }
    }
}
