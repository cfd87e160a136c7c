package netlab.app;

import netlab.engine.lab.Lab;
import netlab.engine.port.LabFiles;
import netlab.engine.port.LabPorts;
import netlab.engine.port.live.LiveCommands;
import netlab.ui.LabWindow;

/** The ports a window on a running lab is given: the lab's events (subscribed now), its commands, and files. */
public final class LivePorts {
    private LivePorts() {
    }

    public static LabPorts of(Lab lab, LabFiles files) {
        return new LabPorts(lab.events().subscribe("window", LabWindow.SUBSCRIPTION_CAPACITY), new LiveCommands(lab), files);
    }
}
