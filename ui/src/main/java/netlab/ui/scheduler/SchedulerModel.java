package netlab.ui.scheduler;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import netlab.engine.port.LabCommands;
import netlab.engine.loop.LoopSnapshot;

/**
 * The scheduler view's state: the last snapshot of each loop (the lab's, and the loops a preset's
 * programs run on), the loop shown and its lists, and the stepping controls. Snapshots are taken
 * on each loop (through the command port) and handed back through {@code ui}; nothing here waits
 * for a loop. UI thread only.
 */
public final class SchedulerModel {
    /** The lab's own loop: shown first. */
    public static final String LAB = LabCommands.LAB_LOOP;

    private final LabCommands commands;
    private final Executor ui;
    private final ObjectProperty<LoopSnapshot> snapshot = new SimpleObjectProperty<>();
    private final BooleanProperty paused = new SimpleBooleanProperty();
    private final BooleanProperty closed = new SimpleBooleanProperty();
    private final ObservableList<String> loops = FXCollections.observableArrayList(LAB);
    private final StringProperty shown = new SimpleStringProperty(LAB);
    private final ObservableList<LoopSnapshot.Ready> ready = FXCollections.observableArrayList();
    private final ObservableList<LoopSnapshot.Timer> timers = FXCollections.observableArrayList();
    private final ObservableList<LoopSnapshot.Io> io = FXCollections.observableArrayList();
    private final ObservableList<LoopSnapshot.TaskInfo> tasks = FXCollections.observableArrayList();
    private final ObservableList<LoopSnapshot.FutureInfo> futures = FXCollections.observableArrayList();
    private final javafx.beans.property.LongProperty busyMillis = new javafx.beans.property.SimpleLongProperty();
    /** The newest snapshot of each loop, by name. */
    private final Map<String, LoopSnapshot> latest = new HashMap<>();
    /** The loops a snapshot was asked of and has not come back from, with when it was asked. */
    private final Map<String, Long> asked = new HashMap<>();
    private long applied;

    /**
     * @param ui where snapshots are brought back to: {@code Platform::runLater} in the window
     */
    public SchedulerModel(LabCommands commands, Executor ui) {
        this.commands = commands;
        this.ui = ui;
        shown.addListener((obs, was, now) -> show(latest.get(now)));
    }

    /** Asks every loop for a new snapshot, but a loop that has not answered the last request. */
    public void refresh() {
        if (closed.get()) {
            return;
        }
        Long since = asked.get(shown.get());
        // the loop shown has not taken the last request: it is stuck in a callback (a blocking call)
        busyMillis.set(since == null ? 0 : (System.nanoTime() - since) / 1_000_000);
        Map<String, CompletableFuture<LoopSnapshot>> each = commands.loopSnapshots();
        each.forEach((name, f) -> {
            if (!loops.contains(name)) {
                loops.add(name);
            }
            if (asked.putIfAbsent(name, System.nanoTime()) == null) {
                take(name, f, true);
            }
        });
    }

    /** Holds every loop's ready queue and timers. */
    public void pause() {
        take(LAB, commands.pauseLoop(), false);
    }

    /** Runs one iteration of every loop (pausing them first if they run). */
    public void step() {
        take(LAB, commands.stepLoop(), false);
    }

    public void resume() {
        take(LAB, commands.resumeLoop(), false);
    }

    private void take(String loop, CompletableFuture<LoopSnapshot> f, boolean isRefresh) {
        f.whenComplete((s, error) -> ui.execute(() -> {
            if (isRefresh) {
                asked.remove(loop);
                if (loop.equals(shown.get())) {
                    busyMillis.set(0);
                }
            }
            if (error != null) {
                if (loop.equals(LAB)) {
                    // the loop could not answer: the lab was closed (or there is none, a replay)
                    closed.set(true);
                }
                return;
            }
            apply(loop, s);
            if (!isRefresh) {
                // a control acts on every loop but answers with the lab's: the others' come by a refresh
                refresh();
            }
        }));
    }

    void apply(LoopSnapshot s) {
        apply(LAB, s);
    }

    void apply(String loop, LoopSnapshot s) {
        // a refresh taken before a step may come back after it: keep the newest
        LoopSnapshot current = latest.get(loop);
        if (current != null && s.iteration() < current.iteration()) {
            return;
        }
        latest.put(loop, s);
        if (loop.equals(shown.get())) {
            show(s);
        }
    }

    private void show(LoopSnapshot s) {
        snapshot.set(s);
        if (s == null) {
            List.of(ready, timers, io, tasks, futures).forEach(List::clear);
            return;
        }
        applied++;
        paused.set(s.paused());
        ready.setAll(s.ready());
        timers.setAll(s.timers());
        io.setAll(s.io());
        tasks.setAll(s.tasks());
        futures.setAll(s.futures());
    }

    /** The loops there are, by name: the lab's ({@link #LAB}) first, then the programs' as they appear. */
    public ObservableList<String> loops() {
        return loops;
    }

    /** The name of the loop whose snapshot is shown. */
    public StringProperty shownLoopProperty() {
        return shown;
    }

    /** How many snapshots were shown. */
    long applied() {
        return applied;
    }

    public ReadOnlyObjectProperty<LoopSnapshot> snapshotProperty() {
        return snapshot;
    }

    public ReadOnlyBooleanProperty pausedProperty() {
        return paused;
    }

    /** How long the last snapshot has been waiting for the loop, in ms; 0 when the loop answers. */
    public javafx.beans.property.ReadOnlyLongProperty busyMillisProperty() {
        return busyMillis;
    }

    /** True once the loop is gone (the lab closed). */
    public ReadOnlyBooleanProperty closedProperty() {
        return closed;
    }

    public ObservableList<LoopSnapshot.Ready> ready() {
        return ready;
    }

    public ObservableList<LoopSnapshot.Timer> timers() {
        return timers;
    }

    public ObservableList<LoopSnapshot.Io> io() {
        return io;
    }

    public ObservableList<LoopSnapshot.TaskInfo> tasks() {
        return tasks;
    }

    public ObservableList<LoopSnapshot.FutureInfo> futures() {
        return futures;
    }
}
