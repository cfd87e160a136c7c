package netlab.engine.loop;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import netlab.engine.event.Origin;

/**
 * What a program started that must not outlive it, by the program's origin: its child processes.
 * asyncio's loop would close their transports when the program's loop closes (a child still
 * running is killed); the lab's loop goes on, so {@link ProgramLoop#close()} closes them here.
 * Loop thread only.
 */
public final class ProgramResources {
    private final Map<Origin, Set<Runnable>> byOrigin = new HashMap<>();

    ProgramResources() {
    }

    /**
     * {@code closer} runs when the program of {@code origin} closes its loop, unless the returned
     * release ran first (the resource ended by itself).
     */
    public Runnable own(Origin origin, Runnable closer) {
        if (origin == null) {
            return () -> { };
        }
        byOrigin.computeIfAbsent(origin, o -> new LinkedHashSet<>()).add(closer);
        return () -> {
            Set<Runnable> own = byOrigin.get(origin);
            if (own != null && own.remove(closer) && own.isEmpty()) {
                byOrigin.remove(origin);
            }
        };
    }

    /** Closes everything the program of {@code origin} still owns, oldest first. */
    void closeAll(Origin origin) {
        Set<Runnable> own = byOrigin.remove(origin);
        if (own == null) {
            return;
        }
        List<Runnable> closers = new ArrayList<>(own);
        for (Runnable close : closers) {
            close.run();
        }
    }

    /** How many programs own something now. */
    public int owners() {
        return byOrigin.size();
    }
}
