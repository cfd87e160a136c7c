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
     * Every task event has the task's name as {@code logger}.
     */
    TASK_CREATED("create_task"),
    /**
     * A task ran one step on the loop thread. The event's time is when the step ended;
     * {@code offset}: when it began (event-clock nanoseconds); {@code amount}: the task's number;
     * {@code text}: {@code step N}. The loop has one thread, so every event whose time falls
     * between a step's begin and end (a LOG line, say) happened inside that step, in that task.
     */
    TASK_STEP("step"),
    /**
     * A task suspended at an await; {@code text}: what it waits on (a task's name, a future's
     * label such as {@code sleep(1)}, {@code sleep(0)} for a bare yield); {@code amount}: the task's number.
     */
    TASK_WAITING("await"),
    /**
     * A task is done; {@code text}: its result's repr, "cancelled", or the exception's repr;
     * {@code error} set when it raised; {@code amount}: the task's number.
     */
    TASK_DONE("done"),
    /** The loop ran something late; {@code amount}: how late, in nanoseconds; {@code text} says what ran late. */
    LOOP_LAG("loop_lag"),
    /** A line the experiment logged, as Python's {@code logging} would print it. */
    LOG("log"),
    /** Something failed; the event's error says what. */
    ERROR("error"),
    /** A consumer fell behind and this many events were not delivered to it. */
    ELIDED("elided"),
    /**
     * Someone asked a pending task to cancel ({@code task.cancel(msg)}); {@code text}:
     * {@code cancel()} or {@code cancel('msg')}; {@code amount}: the task's number. The task sees
     * CancelledError at its current await (or never starts), or refuses it: TASK_DONE tells.
     */
    TASK_CANCEL("cancel"),
    /**
     * A child process started ({@code subprocess_exec}); {@code amount}: its pid; {@code text}:
     * its command line as the person would type it.
     */
    PROCESS_STARTED("subprocess_exec"),
    /**
     * Bytes a child wrote to a pipe, as one read delivered them ({@code pipe_data_received});
     * {@code text}: the fd ("1" stdout, "2" stderr); {@code data}: the bytes; {@code offset}:
     * where they start in that pipe's stream; {@code amount}: their number.
     */
    PIPE_DATA_RECEIVED("pipe_data_received"),
    /**
     * Bytes written to the child's stdin ({@code transport.get_pipe_transport(0).write});
     * {@code text}: "0"; {@code data}, {@code offset}, {@code amount} as for PIPE_DATA_RECEIVED.
     */
    PIPE_DATA_SENT("pipe_write"),
    /**
     * A pipe to the child closed ({@code pipe_connection_lost}); {@code text}: the fd;
     * {@code offset}: the bytes it carried; {@code error} set when it broke (a child that stopped
     * reading its stdin, say).
     */
    PIPE_CONNECTION_LOST("pipe_connection_lost"),
    /**
     * The child exited ({@code process_exited}); {@code amount}: its returncode, negative -N when
     * a signal N ended it (as asyncio reports it); {@code text} says so in words.
     */
    PROCESS_EXITED("process_exited");

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
