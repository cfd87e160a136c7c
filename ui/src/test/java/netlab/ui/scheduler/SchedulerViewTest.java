package netlab.ui.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import netlab.engine.lab.Lab;
import netlab.engine.loop.Asyncio;
import netlab.engine.loop.LoopSnapshot;
import netlab.engine.loop.Task;
import netlab.ui.i18n.I18n;
import netlab.ui.testing.Fx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The scheduler view on a real lab, driven by clicks: it shows the loop's queues and steps it. */
@ExtendWith(ApplicationExtension.class)
class SchedulerViewTest {
    private Lab lab;
    private SchedulerModel model;
    private SchedulerView view;
    private final List<String> ran = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        lab = new Lab();
        model = new SchedulerModel(new netlab.engine.port.live.LiveCommands(lab), Platform::runLater);
        view = new SchedulerView(model, new I18n(Locale.ENGLISH));
        stage.setScene(new Scene(view.node(), 1100, 700));
        stage.show();
    }

    @AfterEach
    void stop() {
        lab.close();
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> rows(String id) {
        return Fx.on(() -> List.copyOf(((TableView<T>) view.node().lookup(id)).getItems()));
    }

    private void awaitRows(String id, java.util.function.Predicate<List<Object>> match, String what) {
        Fx.await(() -> {
            model.refresh();
            return match.test(rows(id));
        }, what);
    }

    @Test
    void itShowsATaskWaitingOnItsSleepAndTheTimerThatWillWakeIt() throws Exception {
        Task<?> sleeper = lab.loop().submit(() -> lab.loop().createTask("sleeper", () -> {
            Asyncio.sleep(30).await();
            return null;
        })).get(Fx.T);
        awaitRows("#scheduler-tasks", rows -> rows.stream().anyMatch(r -> r instanceof LoopSnapshot.TaskInfo t
                && t.name().equals("sleeper") && t.state().equals("waiting") && "sleep(30)".equals(t.waitingOn())),
                "the sleeper waiting on sleep(30)");
        List<LoopSnapshot.Timer> timers = rows("#scheduler-timers");
        assertThat(timers).anySatisfy(t -> {
            assertThat(t.callback()).isEqualTo("sleep(30) wakes its awaiter");
            assertThat(t.dueIn()).isBetween(0.0, 30.0);
        });
        List<LoopSnapshot.FutureInfo> futures = rows("#scheduler-futures");
        assertThat(futures).anySatisfy(f -> {
            assertThat(f.description()).isEqualTo("sleep(30)");
            assertThat(f.awaitedBy()).containsExactly("sleeper");
        });
        lab.loop().submit(sleeper::cancel).get(Fx.T);
    }

    /** While a callback blocks the loop, no snapshot comes; the status says the loop does not answer. */
    @Test
    void aBlockedLoopIsSaidToBeBusy() {
        Fx.run(model::refresh);
        Fx.await(() -> model.snapshotProperty().get() != null, "a first snapshot");
        lab.loop().callSoonThreadsafe(() -> {
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Fx.await(() -> {
            model.refresh();
            return ((Label) view.node().lookup("#scheduler-status")).getText().contains("the loop has not answered");
        }, "the status says the loop is blocked");
        Fx.await(() -> {
            model.refresh();
            return !((Label) view.node().lookup("#scheduler-status")).getText().contains("has not answered");
        }, "and it answers again once the callback returns");
    }

    @Test
    void pauseHoldsTheReadyQueueAndStepRunsOneIterationAtATime(FxRobot robot) throws Exception {
        robot.clickOn("#scheduler-pause");
        Fx.await(() -> model.pausedProperty().get(), "the loop says it is paused");
        assertThat(Fx.on(() -> ((Label) view.node().lookup("#scheduler-status")).getText())).startsWith("PAUSED");
        // from the UI thread the loop would take this at its next iteration; paused, it waits
        lab.loop().callSoonThreadsafe(() -> {
            ran.add("first");
            lab.loop().callSoon("second", () -> ran.add("second"));
        });
        awaitRows("#scheduler-ready", rows -> rows.size() == 1, "the callback waits in the ready queue");
        assertThat(ran).isEmpty();

        robot.clickOn("#scheduler-step");
        Fx.await(() -> ran.size() == 1, "one step ran the first callback");
        awaitRows("#scheduler-ready", rows -> rows.size() == 1
                && ((LoopSnapshot.Ready) rows.get(0)).callback().equals("second"), "what it scheduled waits for the next step");
        assertThat(ran).containsExactly("first");

        robot.clickOn("#scheduler-step");
        Fx.await(() -> ran.size() == 2, "the next step ran the second");
        assertThat(ran).containsExactly("first", "second");

        robot.clickOn("#scheduler-resume");
        Fx.await(() -> !model.pausedProperty().get(), "running again");
        Task<String> task = lab.loop().submit(() -> lab.loop().createTask("after", () -> "ran")).get(Fx.T);
        assertThat(task.get(Fx.T)).isEqualTo("ran");
        assertThat(Collections.unmodifiableList(ran)).hasSize(2);
    }

    /**
     * A preset's clients run on a loop of their own ("client", as PresetRun names it): the view
     * lists it beside the lab's, picked by a click it shows that loop's tasks, and the lab's loop
     * does not show them.
     */
    @Test
    void everyLoopIsShownAndTheChosenOnesTasksAreListed(FxRobot robot) throws Exception {
        var client = lab.programLoop(netlab.engine.preset.PresetRun.CLIENT_LOOP);
        Task<?> onClient = client.submit(() -> client.createTask("on-the-client", () -> {
            Asyncio.sleep(30).await();
            return null;
        })).get(Fx.T);
        Task<?> onLab = lab.loop().submit(() -> lab.loop().createTask("on-the-lab", () -> {
            Asyncio.sleep(30).await();
            return null;
        })).get(Fx.T);
        Fx.await(() -> {
            model.refresh();
            return model.loops().contains("client");
        }, "the clients' loop is listed");
        awaitRows("#scheduler-tasks", rows -> names(rows).contains("on-the-lab"), "the lab's loop shows its task");
        assertThat(names(rows("#scheduler-tasks"))).doesNotContain("on-the-client");

        robot.clickOn("#scheduler-loop");
        robot.clickOn("the clients' loop");
        Fx.await(() -> "client".equals(model.shownLoopProperty().get()), "the click chose the clients' loop");
        awaitRows("#scheduler-tasks", rows -> names(rows).equals(List.of("on-the-client")), "only the client's task is listed");
        assertThat(Fx.on(() -> List.<Object>copyOf(((javafx.scene.control.ComboBox<?>) view.node().lookup("#scheduler-loop")).getItems())))
                .containsExactly(SchedulerModel.LAB, "client");
        assertThat(Fx.on(() -> ((Label) view.node().lookup("#scheduler-status")).getText())).startsWith("Running");

        robot.clickOn("#scheduler-loop");
        robot.clickOn("the lab's loop (servers, bench)");
        awaitRows("#scheduler-tasks", rows -> names(rows).contains("on-the-lab") && !names(rows).contains("on-the-client"),
                "back on the lab's loop, its own task");
        client.submit(onClient::cancel).get(Fx.T);
        lab.loop().submit(onLab::cancel).get(Fx.T);
    }

    private static List<String> names(List<?> rows) {
        return rows.stream().map(r -> ((LoopSnapshot.TaskInfo) r).name()).toList();
    }
}
