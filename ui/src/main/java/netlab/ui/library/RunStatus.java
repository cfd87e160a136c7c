package netlab.ui.library;

/** Where the open preset's run is. */
public enum RunStatus {
    /** Not run yet since it was opened. */
    READY,
    RUNNING,
    /** Asked to stop; what it started is being stopped. */
    STOPPING,
    /** Every client and experiment ran; servers may still listen. */
    DONE,
    /** Something could not start, or a client ended with an error: the panes say what. */
    FAILED,
    STOPPED;

    public boolean isActive() {
        return this == RUNNING || this == STOPPING;
    }

    public String messageKey() {
        return "preset.status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
