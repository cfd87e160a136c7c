package netlab.ui.testing;

import netlab.engine.lab.Lab;
import netlab.engine.port.LabPorts;
import netlab.engine.port.disk.DiskFiles;
import netlab.engine.port.live.LiveCommands;
import netlab.ui.LabWindow;

/** The ports the app gives a window on a live lab, for tests: the lab's events, its commands, the disk. */
public final class LivePorts {
    private LivePorts() {
    }

    /** Subscribes now: nothing the lab does from here on is missed. */
    public static LabPorts of(Lab lab) {
        return new LabPorts(lab.events().subscribe("window", LabWindow.SUBSCRIPTION_CAPACITY), new LiveCommands(lab), new DiskFiles());
    }
}
