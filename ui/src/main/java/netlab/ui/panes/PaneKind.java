package netlab.ui.panes;

/** Which events a pane collects. */
public enum PaneKind {
    /** A server's endpoint-wide events: its {@code main} logger, listening, closing. */
    SERVER_MAIN,
    /** One connection a server accepted, named like the seed's {@code echo_HOST_PORT} logger. */
    SERVER_CONNECTION,
    /** A client endpoint, its connection included: the seed's {@code echo_client}. */
    CLIENT,
    /** The lab itself: errors raised on the loop outside any endpoint. */
    LAB
}
