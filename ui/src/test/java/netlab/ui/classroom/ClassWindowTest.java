package netlab.ui.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.stage.Stage;
import netlab.engine.event.EventKind;
import netlab.engine.event.EventMatch;
import netlab.engine.event.Role;
import netlab.engine.preset.AnswerKey;
import netlab.engine.preset.LocalizedText;
import netlab.engine.preset.Question;
import netlab.engine.preset.TeachingMoment;
import netlab.ui.lab.LabOptions;
import netlab.ui.library.RunStatus;
import netlab.ui.present.StepGate;
import netlab.ui.present.StepSize;
import netlab.ui.settings.Settings;
import netlab.ui.testing.Fx;
import netlab.ui.testing.TestPresets;
import netlab.ui.testing.Window;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The class in the window, as a teacher uses it: Start on the open preset's questions, a student
 * joins over a real WebSocket with the code the projector shows, Ask, the answer arrives in the
 * histogram, Reveal marks the right answer and says why, End stops the page from listening.
 */
@ExtendWith(ApplicationExtension.class)
class ClassWindowTest {
    static final Question READS = new Question("reads",
            new LocalizedText(Map.of("en", "In how many reads will the server receive the three writes?", "zh", "服务器会分几次读到这三次写入？")),
            new AnswerKey.Choice(List.of(LocalizedText.english("exactly three"), LocalizedText.english("one or more"),
                    LocalizedText.english("never")), 1),
            LocalizedText.english("TCP keeps bytes, not writes."),
            TeachingMoment.first(new EventMatch(Role.SERVER, EventKind.DATA_RECEIVED, null, null)));

    private Window w;

    @Start
    void start(Stage stage) {
        w = Window.open(stage, new LabOptions(Locale.ENGLISH,
                List.of(TestPresets.streamEcho(1).withQuestions(List.of(READS)), TestPresets.slowParts()),
                List.of(TestPresets.streamEchoCode()), Settings.inMemory()));
    }

    @AfterEach
    void stop() {
        w.close();
    }

    @Test
    void aStudentJoinsAnswersAndSeesTheRevealThatTheProjectorShows(FxRobot robot) throws Exception {
        showClassTab();
        assertThat(w.label("#class-intro")).contains("Stream echo", "1 questions");
        w.click(robot, "#class-start");
        Fx.await(() -> w.label("#class-code").startsWith("Code "), "the projector shows the code");
        String code = w.label("#class-code").substring("Code ".length());
        String url = w.label("#class-url");
        assertThat(url).startsWith("http://127.0.0.1:");
        assertThat(Fx.on(() -> ((javafx.scene.image.ImageView) w.root().lookup("#class-join .image-view")).getImage())).isNotNull();

        Student student = Student.connect(url, code);
        student.send("{\"type\":\"join\",\"name\":\"Ada\"}");
        student.await("joined");
        Fx.await(() -> w.label("#class-students").equals("Students: 1"), "the student is counted");

        w.click(robot, "#class-ask");
        Fx.await(() -> w.label("#class-prompt").startsWith("In how many reads"), "the question is on the projector");
        assertThat(w.label("#class-number")).isEqualTo("Question 1 of 1");
        assertThat(student.await("question")).contains("\"id\":\"reads\"");
        student.send("{\"type\":\"answer\",\"question\":\"reads\",\"value\":\"b\"}");
        Fx.await(() -> w.label("#class-count-B").equals("1"), "the answer is in the histogram");
        assertThat(w.label("#class-count-A")).isEqualTo("0");
        assertThat(w.label("#class-answered")).isEqualTo("1 of 1 students answered");

        w.click(robot, "#class-reveal");
        Fx.await(() -> w.label("#class-why").equals("Right answer: B: one or more. TCP keeps bytes, not writes."), "the reveal says why");
        assertThat(Fx.on(() -> w.root().lookup("#class-bin-B").getStyleClass())).contains("class-right");
        assertThat(Fx.on(() -> w.root().lookup("#class-bin-A").getStyleClass())).doesNotContain("class-right");
        assertThat(student.await("reveal")).contains("\"right\"");
        assertThat(Fx.on(() -> w.root().lookup("#class-reveal").isDisabled())).isTrue();

        w.click(robot, "#class-end");
        Fx.await(() -> !Fx.on(() -> w.root().lookup("#class-save").isDisabled()), "the summary can be saved");
        student.awaitClosed();
        URI page = URI.create(url);
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThatThrownBy(() -> new Socket().connect(new InetSocketAddress(page.getHost(), page.getPort()), 2000))
                        .isInstanceOf(ConnectException.class));
        assertThat(w.label("#class-intro")).contains("reads");
        assertThat(w.label("#class-code")).isEmpty();
    }

    @Test
    void steppingThroughARunStopsInFrontOfTheMomentAsksAndRevealShowsIt(FxRobot robot) {
        showClassTab();
        w.click(robot, "#class-start");
        Fx.await(() -> w.label("#class-code").startsWith("Code "), "the class is on");
        Student student = Student.connect(w.label("#class-url"), w.label("#class-code").substring("Code ".length()));
        student.send("{\"type\":\"join\",\"name\":\"Ada\"}");
        student.await("joined");

        StepGate gate = w.window.model().stepGate();
        w.click(robot, "#preset-free-port");
        w.click(robot, "#step-mode");
        w.click(robot, "#preset-run");
        Fx.await(() -> w.window.model().presets().statusProperty().get() == RunStatus.DONE, "the run is done in the engine");
        Fx.await(() -> gate.heldProperty().get() + w.window.model().status().seenProperty().get() == w.lab.events().published(),
                "the window holds every event of the run");
        // next I/O until the question opens: the step ends in front of the server's first data_received
        ClassModel model = Fx.on(() -> ((ClassView) w.window.view().viewPart("class")).model());
        for (int press = 0; press < 40 && Fx.on(() -> gate.heldProperty().get() > 0 && model.momentProperty().get() == null); press++) {
            int before = Fx.on(() -> gate.heldProperty().get());
            String counter = w.label("#step-counter");
            Fx.run(() -> gate.next(StepSize.IO));
            Fx.await(() -> gate.heldProperty().get() < before || model.momentProperty().get() != null
                    || !w.label("#step-counter").equals(counter), "the press showed more or stopped at the moment");
        }
        assertThat(Fx.on(() -> model.momentProperty().get())).isEqualTo(READS);
        Fx.await(() -> w.label("#class-prompt").startsWith("In how many reads"), "the moment asked the question");
        assertThat(student.await("question")).contains("\"id\":\"reads\"");
        // nothing the server read is shown yet: the class predicts before it sees
        assertThat(Fx.on(() -> w.window.model().stepGate().lastStepProperty().get().kind())).isNotEqualTo(EventKind.DATA_RECEIVED);
        int heldAtQuestion = Fx.on(() -> gate.heldProperty().get());
        assertThat(heldAtQuestion).isPositive();

        student.send("{\"type\":\"answer\",\"question\":\"reads\",\"value\":\"B\"}");
        Fx.await(() -> w.label("#class-count-B").equals("1"), "the answer is in");
        w.click(robot, "#class-reveal");
        Fx.await(() -> gate.heldProperty().get() < heldAtQuestion, "Reveal ran the step the class predicted");
        Fx.await(() -> w.window.model().panes().rows().stream().map(r -> r.server()).filter(java.util.Objects::nonNull)
                .anyMatch(p -> p.bytesInProperty().get() > 0), "the server's read is shown");
        assertThat(w.label("#class-why")).startsWith("Right answer: B");
    }

    @Test
    void aPresetThatAsksNothingSaysSoAndStartsNoClass(FxRobot robot) {
        w.click(robot, "#preset-slow-parts");
        Fx.await(() -> w.label("#preset-title").equals("Parts with a pause"), "the other preset is open");
        showClassTab();
        assertThat(w.label("#class-intro")).startsWith("Open a preset that asks questions");
        w.click(robot, "#class-start");
        Fx.await(() -> w.label("#class-problem").equals("'slow-parts' asks no questions: open a preset that does."), "the reason is said");
        assertThat(w.label("#class-code")).isEmpty();
        Node ask = Fx.on(() -> w.root().lookup("#class-ask"));
        assertThat(Fx.on(ask::isDisabled)).isTrue();
    }

    /** Opens the Class tab and waits for it to be laid out (a scroll pane's content is in the scene from its first layout). */
    private void showClassTab() {
        Fx.run(() -> w.window.view().showView("class"));
        Fx.await(() -> w.root().lookup("#class-intro") != null, "the Class tab is shown");
    }

    /** A student's page, as the browser's WebSocket speaks to the class server. */
    static final class Student implements WebSocket.Listener {
        private final List<String> received = new CopyOnWriteArrayList<>();
        private final CompletableFuture<Integer> closed = new CompletableFuture<>();
        private final StringBuilder partial = new StringBuilder();
        private WebSocket socket;
        private int taken;

        static Student connect(String url, String code) {
            return connect(HttpClient.newHttpClient(), url, code);
        }

        /** A page whose socket {@code http} opens (bound to the address it was built with). */
        static Student connect(HttpClient http, String url, String code) {
            Student s = new Student();
            s.socket = http.newWebSocketBuilder()
                    .buildAsync(URI.create(url.replaceFirst("^http", "ws") + "ws?code=" + code), s)
                    .orTimeout(30, TimeUnit.SECONDS).join();
            return s;
        }

        void send(String json) {
            socket.sendText(json, true).orTimeout(30, TimeUnit.SECONDS).join();
        }

        String await(String type) {
            String[] found = new String[1];
            Awaitility.await(type).atMost(Duration.ofSeconds(30)).until(() -> {
                for (int i = taken; i < received.size(); i++) {
                    if (received.get(i).startsWith("{\"type\":\"" + type + "\"")) {
                        taken = i + 1;
                        found[0] = received.get(i);
                        return true;
                    }
                }
                return false;
            });
            return found[0];
        }

        void awaitClosed() {
            closed.orTimeout(30, TimeUnit.SECONDS).join();
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                received.add(partial.toString());
                partial.setLength(0);
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
            closed.complete(status);
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            closed.complete(-1);
        }
    }
}
