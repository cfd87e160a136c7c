package netlab.ui.panes;

/** What a pane's header says about its endpoint or connection, in words and an icon. */
public enum PaneState {
    STARTING(false),
    LISTENING(false),
    STOPPING(false),
    STOPPED(true),
    FAILED(true),
    CONNECTING(false),
    OPEN(false),
    /** This side wrote EOF (write_eof): it sends no more, it still reads. */
    HALF_CLOSED_LOCAL(false),
    /** The peer wrote EOF (eof_received): it sends no more. */
    HALF_CLOSED_REMOTE(false),
    HALF_CLOSED_BOTH(false),
    CLOSED(true);

    private final boolean over;

    PaneState(boolean over) {
        this.over = over;
    }

    /** Nothing more will happen here. */
    public boolean isOver() {
        return over;
    }

    /** The message key of its words. */
    public String messageKey() {
        return "pane.state." + name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isConnected() {
        return this == OPEN || this == HALF_CLOSED_LOCAL || this == HALF_CLOSED_REMOTE || this == HALF_CLOSED_BOTH;
    }
}
