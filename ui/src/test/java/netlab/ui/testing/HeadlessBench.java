package netlab.ui.testing;

import java.time.Duration;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import netlab.engine.event.EventSubscription;
import netlab.engine.lab.Lab;
import netlab.engine.port.disk.DiskFiles;
import netlab.engine.port.live.LiveCommands;
import netlab.ui.lab.LabViewModel;
import netlab.ui.pump.EventPump;

/**
 * A real lab and the window's view model on the ports the app gives it, with no window: the test
 * thread plays the FX thread, pumping events in batches as the window's pump does each frame.
 */
public final class HeadlessBench implements AutoCloseable {
    public static final Duration T = Duration.ofSeconds(10);

    private final Lab lab = new Lab();
    private final DiskFiles files = new DiskFiles();
    private final UiQueue ui = new UiQueue();
    private final LabViewModel model;
    private final EventPump pump;

    public HeadlessBench() {
        EventSubscription subscription = lab.events().subscribe("test-window", 65_536);
        model = new LabViewModel(new LiveCommands(lab), files, Locale.ENGLISH, ui);
        pump = new EventPump(subscription, 4_000, model::accept);
    }

    public Lab lab() {
        return lab;
    }

    public LabViewModel model() {
        return model;
    }

    /** One frame: events in, then the completions that came back from the engine. */
    public void frame() {
        pump.pumpOnce();
        ui.runPending();
    }

    public void awaitUntil(BooleanSupplier done, String what) {
        ui.runUntil(done, pump::pumpOnce, T, what);
    }

    @Override
    public void close() {
        pump.stop();
        lab.close();
        files.close();
    }
}
