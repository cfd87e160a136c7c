package netlab.engine.transport;

import java.util.function.Consumer;

import netlab.engine.event.Origin;
import netlab.engine.event.Role;
import netlab.engine.loop.EventLoop;
import netlab.engine.net.Address;

/**
 * The {@link Visit} of one accepted connection that belongs to a guest (a student): names its
 * pane after the guest, and passes on what the caps and the teacher say. Loop thread only, but
 * what {@link #enter} hands the visit, which brings a close onto the loop.
 */
final class GuestDoor {
    private final Visit visit;
    private boolean over;

    private GuestDoor(Visit visit) {
        this.visit = visit;
    }

    /** The door of a connection a server accepted from {@code peer}, or null when it is nobody's. */
    static GuestDoor of(ConnectionSetup setup, Address peer) {
        if (setup.role() != Role.SERVER || setup.guests() == null) {
            return null;
        }
        Visit visit = setup.guests().arrive(setup.endpoint(), peer);
        return visit == null ? null : new GuestDoor(visit);
    }

    /** {@code origin} with the guest's name: {@code Grace · server-1 #2} for connection {@code server-1/2}. */
    Origin name(Origin origin) {
        String id = origin.connection();
        String number = id.substring(id.lastIndexOf('/') + 1);
        return new Origin(origin.endpoint(), origin.role(), id, visit.guest() + " \u00b7 " + origin.endpoint() + " #" + number,
                origin.local(), origin.remote());
    }

    /** Null when it may stay; else why it is closed now. {@code shut} runs on {@code loop} when the teacher drops it. */
    String enter(EventLoop loop, Consumer<String> shut) {
        String refused = visit.enter(reason -> loop.callSoonThreadsafe(() -> shut.accept(reason)));
        if (refused != null) {
            over = true; // never counted: nothing to leave
        }
        return refused;
    }

    String received(int bytes) {
        return over ? null : visit.received(bytes);
    }

    void left() {
        if (!over) {
            over = true;
            visit.left();
        }
    }
}
