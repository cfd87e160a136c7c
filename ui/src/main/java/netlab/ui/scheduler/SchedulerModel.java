package netlab.ui.scheduler;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import netlab.engine.loop.EventLoop;
import netlab.engine.loop.LoopSnapshot;

/**
 * The scheduler view's state: the last snapshot of the loop and its lists, and the stepping
 * controls. Snapshots are taken on the loop ({@link netlab.engine.loop.LoopControls#snapshot()}) and handed back
 * through {@code ui}; nothing here waits for the loop. UI thread only.
 */
public final class SchedulerModel {
    private final EventLoop loop;
    private final Executor ui;
    private final ObjectProperty<LoopSnapshot> snapshot = new SimpleObjectProperty<>();
    private final BooleanProperty paused = new SimpleBooleanProperty();
    private final BooleanProperty closed = new SimpleBooleanProperty();
    private final ObservableList<LoopSnapshot.Ready> ready = FXCollections.observableArrayList();
    private final ObservableList<LoopSnapshot.Timer> timers = FXCollections.observableArrayList();
    private final ObservableList<LoopSnapshot.Io> io = FXCollections.observableArrayList();
    private final ObservableList<LoopSnapshot.TaskInfo> tasks = FXCollections.observableArrayList();
    private final ObservableList<LoopSnapshot.FutureInfo> futures = FXCollections.observableArrayList();
    private final javafx.beans.property.LongProperty busyMillis = new javafx.beans.property.SimpleLongProperty();
    private boolean refreshing;
    private long refreshSince;
    private long applied;

    /**
     * @param ui where snapshots are brought back to: {@code Platform::runLater} in the window
     */
    public SchedulerModel(EventLoop loop, Executor ui) {
        this.loop = loop;
        this.ui = ui;
    }

    /** Asks for a new snapshot unless one is on its way. */
    public void refresh() {
        if (closed.get()) {
            return;
        }
        if (refreshing) {
            // the loop has not taken the last request: it is stuck in a callback (a blocking call)
            busyMillis.set((System.nanoTime() - refreshSince) / 1_000_000);
            return;
        }
        refreshing = true;
        refreshSince = System.nanoTime();
        take(loop.controls().snapshot(), true);
    }

    /** Holds the loop's ready queue and timers. */
    public void pause() {
        take(loop.controls().pause(), false);
    }

    /** Runs one iteration of the loop (pausing it first if it runs). */
    public void step() {
        take(loop.controls().step(), false);
    }

    public void resume() {
        take(loop.controls().resume(), false);
    }

    private void take(CompletableFuture<LoopSnapshot> f, boolean isRefresh) {
        f.whenComplete((s, error) -> ui.execute(() -> {
            if (isRefresh) {
                refreshing = false;
                busyMillis.set(0);
            }
            if (error != null) {
                closed.set(loop.isClosed());
                return;
            }
            apply(s);
        }));
    }

    void apply(LoopSnapshot s) {
        // a refresh taken before a step may come back after it: keep the newest
        LoopSnapshot current = snapshot.get();
        if (current != null && s.iteration() < current.iteration()) {
            return;
        }
        applied++;
        snapshot.set(s);
        paused.set(s.paused());
        ready.setAll(s.ready());
        timers.setAll(s.timers());
        io.setAll(s.io());
        tasks.setAll(s.tasks());
        futures.setAll(s.futures());
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
