package netlab.engine.event;

/**
 * What an event reports. The names follow asyncio's callbacks and calls where there is one, so
 * that a pane can say {@code data_received} where a Python tutorial would.
 */
public enum EventKind {
    /** An endpoint (server, client) changed state; the text is the new state's name. */
    ENDPOINT_STATE("endpoint_state"),
    /** A server socket is bound and accepting. */
    LISTENING("listening"),
    /** A server stopped accepting and its sockets are closed. */
    SERVER_CLOSED("server_closed"),
    /** A connection is established: asyncio's {@code connection_made}. */
    CONNECTION_MADE("connection_made"),
    /** Bytes arrived from the socket, as one read delivered them: {@code data_received}. */
    DATA_RECEIVED("data_received"),
    /** The peer half-closed its side: {@code eof_received}. */
    EOF_RECEIVED("eof_received"),
    /** The application wrote bytes to the transport: {@code transport.write}. */
    DATA_SENT("write"),
    /** This side half-closed: {@code transport.write_eof}. */
    EOF_SENT("write_eof"),
    /** The write buffer went over its high water mark: {@code pause_writing}. */
    PAUSE_WRITING("pause_writing"),
    /** The write buffer drained under its low water mark: {@code resume_writing}. */
    RESUME_WRITING("resume_writing"),
    /** The connection is closed: {@code connection_lost}. */
    CONNECTION_LOST("connection_lost"),
    /** A line the experiment logged, as Python's {@code logging} would print it. */
    LOG("log"),
    /** Something failed; the event's error says what. */
    ERROR("error"),
    /** A consumer fell behind and this many events were not delivered to it. */
    ELIDED("elided");

    private final String asyncioName;

    EventKind(String asyncioName) {
        this.asyncioName = asyncioName;
    }

    /** The asyncio name of the callback or call, for panes and the verbose log. */
    public String asyncioName() {
        return asyncioName;
    }

    public boolean carriesData() {
        return this == DATA_RECEIVED || this == DATA_SENT;
    }
}
