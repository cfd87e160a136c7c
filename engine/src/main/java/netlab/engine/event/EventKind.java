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
    /**
     * A task was created ({@code create_task}). {@code amount}: the task's number, unique in the
     * lab; {@code text}: its name. The origin is the task's context (its experiment or connection).
     */
    TASK_CREATED("create_task"),
    /**
     * A task ran one step on the loop thread. The event's time is when the step ended;
     * {@code offset}: when it began (event-clock nanoseconds); {@code amount}: the task's number.
     */
    TASK_STEP("step"),
    /** A task suspended at an await; {@code text}: what it waits on; {@code amount}: the task's number. */
    TASK_WAITING("await"),
    /**
     * A task is done; {@code text}: its result, "cancelled", or the exception; {@code error} set
     * when it raised; {@code amount}: the task's number.
     */
    TASK_DONE("done"),
    /** The loop ran something late; {@code amount}: how late, in nanoseconds. */
    LOOP_LAG("loop_lag"),
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
