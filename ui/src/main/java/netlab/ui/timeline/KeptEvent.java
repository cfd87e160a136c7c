package netlab.ui.timeline;

import netlab.engine.bytes.Bytes;
import netlab.engine.event.LabEvent;

/** What a timeline mark keeps of an event: all of it but its bytes past the first few (for the tooltip and the code). */
final class KeptEvent {
    private KeptEvent() {
    }

    static LabEvent of(LabEvent e, int keptBytes) {
        Bytes data = e.data();
        if (data.size() <= keptBytes) {
            return e;
        }
        return new LabEvent(e.seq(), e.nanos(), e.origin(), e.kind(), e.logger(), e.text(),
                Bytes.of(data.unsafeBackingArray(), data.unsafeOffset(), keptBytes), e.offset(), e.amount(), e.error());
    }
}
