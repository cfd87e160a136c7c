package netlab.engine.splittest;

import java.time.Duration;
import java.util.List;

import netlab.engine.bytes.Bytes;
import netlab.engine.event.Role;
import netlab.engine.event.Origin;
import netlab.engine.loop.EventLoop;
import netlab.engine.loop.LoopFuture;
import netlab.engine.loop.TimerHandle;
import netlab.engine.transport.ConnectOptions;
import netlab.engine.transport.ConnectionNamer;
import netlab.engine.transport.Protocol;
import netlab.engine.transport.TcpSockets;
import netlab.engine.transport.Transport;

/**
 * One case on the wire: connects, writes the requests as the plan cuts them (a short gap between
 * writes so that each arrives on its own, a long pause where the plan says), half-closes if it
 * says so, and checks every byte that comes back against the expected responses as it arrives.
 * The outcome is the first thing that went wrong, or a pass once every byte came and nothing more
 * followed within the settle time. Done once the connection is closed. Loop thread only.
 */
final class CaseConnection implements Protocol {
    static final String ENDPOINT = "splittest";
    /** How long the server must be silent, once it answered, for learning to take its answer as whole. */
    static final long LEARN_QUIET_MILLIS = 300;
    /**
     * A server's handler may start reading some time after its accept: bytes that arrive before it
     * does are read as one, whatever the cuts. The first write waits this long after connecting.
     */
    static final Duration FIRST_WRITE_DELAY = Duration.ofMillis(20);

    private final EventLoop loop;
    private final SplitTestOptions options;
    private final SplitCase splitCase;
    private final Bytes requests;
    private final Bytes expected;
    private final LoopFuture<CaseOutcome> done;
    /** No expected bytes: what comes is taken as the answer (--learn) once the server falls quiet. */
    private final boolean learning;
    /** Keep writing after the first failure (a recorded run shows every write of its plan); the failure is its outcome. */
    private final boolean toTheEnd;
    private CaseOutcome firstFailure;
    private final List<SplitPlan.Write> writes;
    private Transport transport;
    private Bytes received = Bytes.EMPTY;
    private int nextWrite;
    private boolean allWritten;
    private CaseOutcome outcome;
    private TimerHandle writeTimer;
    private TimerHandle waitTimer;

    private CaseConnection(EventLoop loop, SplitTestOptions options, SplitCase splitCase, Bytes requests, Bytes expected,
                           boolean toTheEnd) {
        this.toTheEnd = toTheEnd;
        this.loop = loop;
        this.options = options;
        this.splitCase = splitCase;
        this.requests = requests;
        this.expected = expected;
        this.done = loop.createFuture();
        this.learning = expected == null;
        this.writes = splitCase.plan().writes();
    }

    /** Runs {@code splitCase}; done with its outcome once its connection is over. Loop thread only. */
    static LoopFuture<CaseOutcome> run(EventLoop loop, SplitTestOptions options, SplitCase splitCase, Bytes requests, Bytes expected) {
        return start(new CaseConnection(loop, options, splitCase, requests, expected, false)).done;
    }

    /** As {@link #run}, but every write of the plan is made even after the first failure, which stays the outcome. */
    static LoopFuture<CaseOutcome> runToTheEnd(EventLoop loop, SplitTestOptions options, SplitCase splitCase, Bytes requests,
                                               Bytes expected) {
        return start(new CaseConnection(loop, options, splitCase, requests, expected, true)).done;
    }

    /** What a learning run took as the answer, or why it has none. */
    record Learned(Bytes bytes, String problem) {
    }

    /** Sends the requests as {@code splitCase} cuts them and takes whatever comes back until the server falls quiet. */
    static LoopFuture<Learned> learn(EventLoop loop, SplitTestOptions options, SplitCase splitCase, Bytes requests) {
        CaseConnection c = start(new CaseConnection(loop, options, splitCase, requests, null, false));
        LoopFuture<Learned> out = loop.createFuture();
        c.done.addDoneCallback(f -> out.trySetResult(switch (f.result()) {
            case CaseOutcome.Unreachable u -> new Learned(null, "cannot connect to " + options.target() + ": " + u.error());
            case CaseOutcome.Reset r -> new Learned(null, "while learning the responses " + r.describe());
            default -> c.received.isEmpty()
                    ? new Learned(null, "while learning the responses the server sent nothing within " + options.exchangeTimeout().toMillis() + " ms")
                    : new Learned(c.received, null);
        }));
        return out;
    }

    private static CaseConnection start(CaseConnection c) {
        EventLoop loop = c.loop;
        SplitTestOptions options = c.options;
        SplitCase splitCase = c.splitCase;
        String label = "split_case_" + splitCase.number();
        ConnectionNamer namer = (id, local, peer) -> new Origin(ENDPOINT, Role.CLIENT, id, label, local.toString(), peer.toString());
        ConnectOptions connect = ConnectOptions.of(ENDPOINT, label, options.target()).withTimeout(options.exchangeTimeout());
        TcpSockets.createConnection(loop, () -> c, connect, namer).addDoneCallback(f -> {
            if (f.exception() != null) {
                c.outcome = new CaseOutcome.Unreachable(String.valueOf(f.exception().getMessage()));
                c.done.trySetResult(c.outcome);
            }
        });
        return c;
    }

    @Override
    public void connectionMade(Transport t) {
        transport = t;
        writeTimer = loop.callLater(FIRST_WRITE_DELAY, "split case first write", this::writeNext);
    }

    private void writeNext() {
        writeTimer = null;
        if (outcome != null || transport.isClosing()) {
            return;
        }
        SplitPlan.Write w = writes.get(nextWrite++);
        transport.write(requests.slice(w.start(), w.end()));
        if (nextWrite < writes.size()) {
            SplitPlan.Write next = writes.get(nextWrite);
            writeTimer = loop.callLater(next.afterDelay() ? options.pauseBeforeLastByte() : options.gap(), "split case write", this::writeNext);
            return;
        }
        allWritten = true;
        if (splitCase.plan().halfClose() && transport.canWriteEof()) {
            transport.writeEof();
        }
        waitForMore();
    }

    /** (Re)arms the timer of what is awaited now: the rest of the responses, or the settle time after them. */
    private void waitForMore() {
        if (waitTimer != null) {
            waitTimer.cancel();
            waitTimer = null;
        }
        if (!allWritten || outcome != null) {
            return;
        }
        if (firstFailure != null) {
            CaseOutcome failure = firstFailure;
            waitTimer = loop.callLater(Duration.ofMillis(Math.max(LEARN_QUIET_MILLIS, options.settle().toMillis())),
                    "split case settle", () -> finish(failure));
        } else if (learning) {
            // the first answer may be slow; after it, a short quiet says the server is done
            Duration quiet = received.isEmpty() ? options.exchangeTimeout()
                    : Duration.ofMillis(Math.max(LEARN_QUIET_MILLIS, options.settle().toMillis()));
            waitTimer = loop.callLater(quiet, "split test learning", () -> finish(new CaseOutcome.Passed(received.size())));
        } else if (received.size() < expected.size()) {
            waitTimer = loop.callLater(options.exchangeTimeout(), "split case timeout", () -> finish(new CaseOutcome.Hung(received.size(),
                    expected.size(), options.exchangeTimeout().toMillis(), clip(expected, received.size()))));
        } else {
            waitTimer = loop.callLater(options.settle(), "split case settle", () -> finish(new CaseOutcome.Passed(expected.size())));
        }
    }

    @Override
    public void dataReceived(Bytes data) {
        if (outcome != null) {
            return;
        }
        int from = received.size();
        received = received.concat(data);
        if (firstFailure != null) {
            waitForMore();
            return;
        }
        if (learning) {
            if (received.size() > Conversation.MAX_REQUEST_BYTES) {
                finish(new CaseOutcome.AnsweredMore(0, clip(received, 0)));
                return;
            }
            waitForMore();
            return;
        }
        int common = Math.min(received.size(), expected.size());
        for (int i = from; i < common; i++) {
            if (received.byteAt(i) != expected.byteAt(i)) {
                finish(new CaseOutcome.Differed(i, clip(expected, i), clip(received, i)));
                return;
            }
        }
        if (received.size() > expected.size()) {
            finish(new CaseOutcome.AnsweredMore(expected.size(), clip(received, expected.size())));
            return;
        }
        waitForMore();
    }

    @Override
    public boolean eofReceived() {
        if (outcome == null && firstFailure != null) {
            outcome = firstFailure;
            cancelTimers();
        } else if (outcome == null && learning) {
            finish(new CaseOutcome.Passed(received.size()));
        } else if (outcome == null) {
            finish(received.size() < expected.size()
                    ? new CaseOutcome.ClosedEarly(received.size(), expected.size(), clip(expected, received.size()))
                    : new CaseOutcome.Passed(expected.size()));
        }
        return false;
    }

    @Override
    public void connectionLost(Throwable cause) {
        if (outcome == null && firstFailure != null) {
            outcome = firstFailure;
        } else if (outcome == null) {
            outcome = cause != null
                    ? new CaseOutcome.Reset(received.size(), expected.size(), String.valueOf(cause.getMessage()))
                    : learning ? new CaseOutcome.Passed(received.size())
                    : received.size() < expected.size()
                    ? new CaseOutcome.ClosedEarly(received.size(), expected.size(), clip(expected, received.size()))
                    : new CaseOutcome.Passed(expected.size());
        }
        cancelTimers();
        done.trySetResult(outcome);
    }

    private void finish(CaseOutcome o) {
        if (outcome != null) {
            return;
        }
        if (toTheEnd && !o.passed() && !allWritten && !transport.isClosing()) {
            if (firstFailure == null) {
                firstFailure = o;
            }
            return;
        }
        outcome = o;
        cancelTimers();
        if (!transport.isClosing()) {
            transport.close();
        }
        // a peer that never reads what is buffered cannot hold the case: it is aborted after a while
        loop.callLater(options.exchangeTimeout(), "split case close", () -> {
            if (!done.done()) {
                transport.abort();
            }
        });
    }

    private void cancelTimers() {
        if (writeTimer != null) {
            writeTimer.cancel();
            writeTimer = null;
        }
        if (waitTimer != null) {
            waitTimer.cancel();
            waitTimer = null;
        }
    }

    private static Bytes clip(Bytes b, int from) {
        return b.slice(Math.min(from, b.size()), Math.min(b.size(), from + CaseOutcome.CONTEXT));
    }
}
