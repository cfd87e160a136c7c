package netlab.engine.transport;

import java.util.function.Consumer;

/**
 * One connection of a {@link Guests guest}: its pane is titled with the guest's name, and it
 * counts against the guest's caps until it is over. Every method may be called from any thread.
 */
public interface Visit {
    /** The guest's name: the connection's pane is titled {@code NAME · server-1 #2}. */
    String guest();

    /**
     * The connection is open: null when it may stay, counted as one of the guest's until
     * {@link #left()}; else why it is closed at once (a cap reached), as its pane says it.
     *
     * @param closer closes this connection with the reason given (the teacher dropped the
     *               guest's connections); thread-safe, and harmless once the connection is over
     */
    String enter(Consumer<String> closer);

    /** {@code bytes} arrived on it: null while the guest is within its cap, else why it is closed now. */
    String received(int bytes);

    /** It is over (closed by either side, or refused). */
    void left();
}
