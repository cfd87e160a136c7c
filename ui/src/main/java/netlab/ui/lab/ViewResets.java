package netlab.ui.lab;

import javafx.beans.property.ObjectProperty;
import netlab.engine.event.LabEvent;
import netlab.ui.chunks.ChunkMapModel;
import netlab.ui.library.PresetsModel;
import netlab.ui.panes.PaneSettings;
import netlab.ui.panes.PanesModel;
import netlab.ui.present.StepGate;
import netlab.ui.timeline.TimelineModel;

/**
 * Where the window's views start over: Clear (Ctrl+L), a step back (the views rebuilt from the
 * events still shown, through the same subscribers), and another preset opened (the last one's
 * timeline lanes go). FX thread only.
 */
final class ViewResets {
    private final Subscribers subscribers;
    private final PanesModel panes;
    private final ChunkMapModel chunkMap;
    private final StepGate gate;
    private final ObjectProperty<LabEvent> focusedEvent;
    private final PaneSettings paneSettings;

    ViewResets(Subscribers subscribers, PanesModel panes, ChunkMapModel chunkMap, StepGate gate, ObjectProperty<LabEvent> focusedEvent,
               PaneSettings paneSettings, TimelineModel timeline, PresetsModel presets) {
        this.subscribers = subscribers;
        this.panes = panes;
        this.chunkMap = chunkMap;
        this.gate = gate;
        this.focusedEvent = focusedEvent;
        this.paneSettings = paneSettings;
        gate.setRewinder(shown -> {
            subscribers.rebuild(shown);
            paneSettings.syncBudget().flush();
        });
        // another lesson: the last one's lanes leave the timeline (and a step back stops at the switch)
        presets.currentProperty().addListener((obs, old, now) -> {
            // the same lesson saved with edited questions is not another one
            if (old != null && now != old && (now == null || !now.id().equals(old.id()))) {
                timeline.reset();
                gate.clear();
            }
        });
    }

    /**
     * Clear: the panes (those still open are emptied), the timeline, the event counter, the
     * readers, the chunk map's choice, the code's lit line and the steps taken; what is held stays held.
     */
    void clear() {
        panes.clear();
        subscribers.resetAllBut(panes);
        chunkMap.forgetChoice();
        gate.clear();
        focusedEvent.set(null);
        subscribers.commit();
        paneSettings.syncBudget().flush();
    }
}
