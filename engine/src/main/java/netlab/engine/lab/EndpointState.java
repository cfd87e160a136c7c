package netlab.engine.lab;

/** Where an endpoint is in its life. */
public enum EndpointState {
    STARTING, RUNNING, STOPPING,
    /** Stopped by request. */
    STOPPED,
    /** Ran to its end (a client whose server closed). */
    FINISHED,
    /** Could not start or ended with an error; its pane says why. */
    FAILED;

    public boolean isOver() {
        return this == STOPPED || this == FINISHED || this == FAILED;
    }

    /** The state named by {@link #label()}, as an {@code ENDPOINT_STATE} event's text carries it. */
    public static EndpointState fromLabel(String label) {
        return valueOf(label.toUpperCase(java.util.Locale.ROOT));
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
