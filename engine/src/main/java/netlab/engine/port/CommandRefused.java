package netlab.engine.port;

/**
 * A command the lab behind a port will not carry out, with the reason a person reads: a replay
 * runs nothing, a closed lab starts nothing, an endpoint that is not there cannot be stopped.
 */
public final class CommandRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CommandRefused(String reason) {
        super(reason);
    }
}
