package netlab.engine.event;

import netlab.engine.bytes.Bytes;

/**
 * One thing that happened, as every consumer (panes, the CLI, recordings, tests) sees it.
 * Immutable: {@link Bytes} cannot change, and the rest are values.
 *
 * @param seq    position in the lab's one event sequence, from 1, without gaps
 * @param nanos  monotonic time since the lab started, in nanoseconds
 * @param origin endpoint, connection and pane it belongs to
 * @param kind   what happened
 * @param logger the logger name a log line is printed under; empty for a {@code print()} line, which
 *               is printed bare; for other kinds, the origin's label unless the kind says otherwise
 * @param text   the log line or a short description; may be null for data events (see {@link #describe()})
 * @param data   the bytes where there are some (reads, writes), else {@link Bytes#EMPTY}
 * @param offset where {@code data} starts in its direction's byte stream; -1 where that means nothing
 * @param amount a count: bytes for data events, events for {@link EventKind#ELIDED}, buffer size
 *               for flow-control events; 0 otherwise
 * @param error  what failed, for errors and for connections lost with a cause; else null
 */
public record LabEvent(long seq, long nanos, Origin origin, EventKind kind, String logger, String text,
                       Bytes data, long offset, long amount, ErrorInfo error) {

    public LabEvent {
        if (data == null) {
            data = Bytes.EMPTY;
        }
        if (logger == null) {
            logger = origin.label();
        }
    }

    /** The line a log shows for this event: the text, or a description built from the kind. */
    public String describe() {
        if (kind == EventKind.PIPE_DATA_RECEIVED || kind == EventKind.PIPE_DATA_SENT) {
            return kind.asyncioName() + "(" + text + ", " + data.repr() + ") " + amount + " bytes at " + offset;
        }
        if (kind.isStreamRead()) {
            return kind.asyncioName() + "() \u2192 " + data.repr() + " (" + amount + " left in the buffer)";
        }
        switch (kind) {
            case STREAM_READ_WAITING:
                return text + "() waits for data (" + amount + " bytes buffered)";
            case STREAM_READ_FAILED:
                return text + "() raised " + error + (data.isEmpty() ? "" : ", took " + data.repr())
                        + " (" + amount + " left in the buffer)";
            case DATAGRAM_RECEIVED:
                return "datagram_received(" + data.repr() + ", " + text + ") " + amount + " bytes";
            case DATAGRAM_SENT:
                return "sendto(" + data.repr() + ", " + text + ") " + amount + " bytes";
            case ERROR_RECEIVED:
                return "error_received(" + error + ")";
            case DRAIN_WAITING:
                return "drain() waits: write buffer " + amount + " bytes";
            case DRAIN_RELEASED:
                return "drain() returns: write buffer " + amount + " bytes";
            case PAUSE_READING, RESUME_READING:
                return kind.asyncioName() + "()" + (amount > 0 ? " reader buffer " + amount + " bytes" : "");
            case WRITE_BUFFER_LIMITS:
                return "set_write_buffer_limits(high=" + amount + ", low=" + offset + ")";
            case CLOSE_CALLED:
                return "close() with " + amount + " bytes buffered";
            case ABORT_CALLED:
                return "abort() dropping " + amount + " buffered bytes";
            case SIGNAL_HANDLER_ADDED, SIGNAL_HANDLER_REMOVED:
                return kind.asyncioName() + "(" + text + ")";
            case SIGNAL_RECEIVED:
                return "got " + text + ": its handler runs on the loop";
            case PIPE_CONNECTION_LOST:
                // asyncio's call is pipe_connection_lost(fd, exc); the fd alone ("1") says nothing to a reader
                return "pipe_connection_lost(" + text + ", " + (error == null ? "None" : error) + "): the child's " + pipeName(text)
                        + " closed" + (offset >= 0 ? " after " + offset + " bytes" : "");
            default:
                break;
        }
        if (text != null) {
            return text;
        }
        return switch (kind) {
            case DATA_RECEIVED -> "data_received(" + data.repr() + ") " + amount + " bytes at " + offset;
            case DATA_SENT -> "write(" + data.repr() + ") " + amount + " bytes at " + offset;
            case CONNECTION_LOST -> error == null ? "connection_lost(None)" : "connection_lost(" + error + ")";
            case ELIDED -> amount + " events elided";
            case ERROR -> String.valueOf(error);
            default -> kind.asyncioName() + "()";
        };
    }

    /** The name of a child's pipe by its fd, as {@code subprocess} names them. */
    public static String pipeName(String fd) {
        return switch (fd) {
            case "0" -> "stdin";
            case "1" -> "stdout";
            case "2" -> "stderr";
            default -> "fd " + fd;
        };
    }

    /** {@code logger: line}, the format of the seeds' printed output; a {@code print()} line bare. */
    public String toLogLine() {
        return logger.isEmpty() ? describe() : logger + ": " + describe();
    }
}
