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
    /**
     * Reading stopped ({@code transport.pause_reading()}): the kernel buffers what the peer sends
     * until reading resumes. {@code amount}: bytes the stream reader holds (0 when not a stream).
     */
    PAUSE_READING("pause_reading"),
    /** Reading resumed ({@code transport.resume_reading()}); {@code amount} as for {@link #PAUSE_READING}. */
    RESUME_READING("resume_reading"),
    /** {@code set_write_buffer_limits(high, low)}: {@code amount} = high, {@code offset} = low, in bytes. */
    WRITE_BUFFER_LIMITS("set_write_buffer_limits"),
    /**
     * {@code transport.close()} was called: the connection closes once the write buffer is sent.
     * {@code amount}: bytes still in the write buffer.
     */
    CLOSE_CALLED("close"),
    /** {@code transport.abort()}: closed at once; {@code amount}: buffered bytes dropped. */
    ABORT_CALLED("abort"),
    /**
     * The TLS handshake completed. {@code text}: protocol, cipher suite and the peer's
     * certificate (subject, issuer, validity, SHA-256 fingerprint) as a pane shows them.
     */
    TLS_HANDSHAKE("do_handshake"),
    /**
     * A datagram arrived: {@code datagram_received(data, addr)}. {@code data}: its bytes (one
     * datagram, boundaries kept); {@code text}: the sender, {@code host:port}; {@code offset}: the
     * datagram's number on this endpoint, from 0; {@code amount}: its size.
     */
    DATAGRAM_RECEIVED("datagram_received"),
    /**
     * A datagram was sent: {@code sendto(data, addr)}. {@code data}, {@code offset}, {@code amount}
     * as for {@link #DATAGRAM_RECEIVED}; {@code text}: the destination, {@code host:port}.
     */
    DATAGRAM_SENT("sendto"),
    /** {@code error_received(exc)} of a datagram protocol (an ICMP port unreachable, say); {@code error} says what. */
    ERROR_RECEIVED("error_received"),
    /**
     * {@code StreamReader.read(n)} returned. {@code data}: the bytes it took out of the reader's
     * buffer; {@code offset}: how many bytes the reader had handed out before them;
     * {@code amount}: bytes left in the buffer after it.
     */
    STREAM_READ("read"),
    /** {@code readline()} returned; fields as for {@link #STREAM_READ}. */
    STREAM_READLINE("readline"),
    /** {@code readexactly(n)} returned; fields as for {@link #STREAM_READ}. */
    STREAM_READEXACTLY("readexactly"),
    /** {@code readuntil(separator)} returned; fields as for {@link #STREAM_READ}. */
    STREAM_READUNTIL("readuntil"),
    /**
     * A stream read could not be served from the buffer and waits for data_received or EOF.
     * {@code text}: the method ({@code readline}); {@code amount}: bytes buffered meanwhile.
     */
    STREAM_READ_WAITING("waiting"),
    /**
     * A stream read raised. {@code text}: the method; {@code error}: the exception
     * (IncompleteReadError, LimitOverrunError, ValueError, ...); {@code data}: the bytes it took out
     * of the buffer (the partial bytes of an IncompleteReadError, what readline dropped past the
     * limit; empty for LimitOverrunError, which leaves the buffer as it was); {@code offset},
     * {@code amount} as for {@link #STREAM_READ}.
     */
    STREAM_READ_FAILED("raised"),
    /** {@code await writer.drain()} has to wait: the write buffer is over its high water mark. {@code amount}: its size. */
    DRAIN_WAITING("drain"),
    /** A waiting drain() returns: the buffer went under the low water mark (or the connection closed). {@code amount}: its size. */
    DRAIN_RELEASED("drain_released"),
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
    PROCESS_EXITED("process_exited"),
    /**
     * A program installed a handler for a signal ({@code loop.add_signal_handler}); {@code text}:
     * the signal's name ({@code SIGINT}). The origin is the program's (its experiment).
     */
    SIGNAL_HANDLER_ADDED("add_signal_handler"),
    /** The program's handler for a signal is gone ({@code loop.remove_signal_handler}, or its loop closed); {@code text}: the signal. */
    SIGNAL_HANDLER_REMOVED("remove_signal_handler"),
    /** A signal reached the program's handler, which now runs as a loop callback; {@code text}: the signal. */
    SIGNAL_RECEIVED("signal"),
    /**
     * One of the lab's caps was hit (a server's connection limit, a transport's write buffer), and
     * what the lab did about it. {@code text}: which cap, its value and what was done, as a pane
     * shows it; {@code amount}: the cap; {@code offset}: how many times this cap of this endpoint
     * was hit so far, from 1. The logger is {@code netlab}: the cap is the lab's, not the seed program's.
     */
    LIMIT_REACHED("limit_reached"),
    /**
     * A server's rule matched a message it received, on the pane of the connection (or UDP server)
     * that received it, right after the read that completed the message. {@code text}: which rule,
     * the message and the reply, as a pane shows it; {@code data}: the message; {@code offset}: the
     * rule's place in its file, from 0; {@code amount}: the reply's size in bytes.
     */
    RULE_MATCHED("rule_matched");

    private final String asyncioName;

    EventKind(String asyncioName) {
        this.asyncioName = asyncioName;
    }

    /** The asyncio name of the callback or call, for panes and the verbose log. */
    public String asyncioName() {
        return asyncioName;
    }

    /** One of the StreamReader read methods returning: {@link #STREAM_READ} ... {@link #STREAM_READUNTIL}. */
    public boolean isStreamRead() {
        return this == STREAM_READ || this == STREAM_READLINE || this == STREAM_READEXACTLY || this == STREAM_READUNTIL;
    }

    /**
     * Whether this kind is per-operation detail (each read, write, reader call, task step) rather
     * than a change of state (a connection made or lost, an error, a server listening). Detail is
     * what a quiet lab counts instead of reporting: see {@link EventStream#setDetailed}.
     */
    public boolean isDetail() {
        return Detail.KINDS[ordinal()];
    }

    public boolean carriesData() {
        return this == DATA_RECEIVED || this == DATA_SENT || this == DATAGRAM_RECEIVED || this == DATAGRAM_SENT;
    }

    /** Looked up on every publish, so a table by ordinal rather than a switch. */
    private static final class Detail {
        static final boolean[] KINDS = new boolean[values().length];

        static {
            for (EventKind k : java.util.EnumSet.of(DATA_RECEIVED, DATA_SENT, DATAGRAM_RECEIVED, DATAGRAM_SENT, STREAM_READ,
                    STREAM_READLINE, STREAM_READEXACTLY, STREAM_READUNTIL, STREAM_READ_WAITING, DRAIN_WAITING, DRAIN_RELEASED,
                    TASK_CREATED, TASK_STEP, TASK_WAITING, TASK_DONE, TASK_CANCEL, PIPE_DATA_RECEIVED, PIPE_DATA_SENT)) {
                KINDS[k.ordinal()] = true;
            }
        }
    }
}
