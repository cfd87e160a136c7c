package netlab.engine.lab;

import java.util.ArrayList;
import java.util.List;

import netlab.engine.bytes.Bytes;
import netlab.engine.event.Origin;
import netlab.engine.event.Role;
import netlab.engine.log.Logger;
import netlab.engine.loop.LoopFuture;
import netlab.engine.loop.Task;
import netlab.engine.stream.StreamPair;
import netlab.engine.stream.StreamReader;
import netlab.engine.stream.StreamWriter;
import netlab.engine.stream.Streams;
import netlab.engine.transport.ConnectOptions;

/**
 * A telnet-style client: its task connects and then reads, printing each chunk as it comes, until
 * the server closes; meanwhile {@link #send} and {@link #writeEof} write whatever a person typed.
 * What is sent before the connection is made waits for it, in order.
 *
 * <pre>
 * reader, writer = await asyncio.open_connection(host, port)
 * # the person types: writer.write(keys) ... writer.write_eof()
 * while True:
 *     data = await reader.read(n)
 *     if not data:
 *         break
 *     log.debug('received {!r}'.format(data))
 * writer.close()
 * </pre>
 */
public final class InteractiveClientEndpoint extends AbstractEndpoint {
    /** The logger (and pane name) of a typed-into client, after the tool the seeds use for it. */
    public static final String LOGGER = "telnet";

    private final InteractiveClientSpec spec;
    private final Logger log;
    /** Loop thread only, like everything below. */
    private final List<Runnable> beforeConnected = new ArrayList<>();
    private StreamWriter writer;
    private boolean eofWritten;
    private Task<Void> task;

    InteractiveClientEndpoint(Lab lab, String id, InteractiveClientSpec spec) {
        super(lab, id, Origin.endpoint(id, Role.CLIENT, LOGGER));
        this.spec = spec;
        this.log = lab.logging().getLogger(LOGGER, origin());
    }

    public InteractiveClientSpec spec() {
        return spec;
    }

    LoopFuture<InteractiveClientEndpoint> start() {
        announce();
        ConnectOptions address = ConnectOptions.of(id(), LOGGER, spec.target());
        setState(EndpointState.RUNNING);
        task = loop.createTask(LOGGER, origin(), () -> {
            run(address);
            return null;
        });
        task.addDoneCallback(t -> {
            if (t.cancelled()) {
                setState(EndpointState.STOPPED);
            } else if (t.exception() != null) {
                log.error("error", t.exception());
                setState(EndpointState.FAILED);
            } else {
                setState(EndpointState.FINISHED);
            }
            // what was typed while it tried to connect is refused, now that it never will
            List<Runnable> waiting = List.copyOf(beforeConnected);
            beforeConnected.clear();
            waiting.forEach(Runnable::run);
        });
        LoopFuture<InteractiveClientEndpoint> started = loop.createFuture();
        started.setResult(this);
        return started;
    }

    private void run(ConnectOptions address) {
        log.debug("connecting to %s port %s", address.target().host(), address.target().port());
        StreamPair streams = Streams.openConnection(loop, address).await();
        StreamReader reader = streams.reader();
        writer = streams.writer();
        try {
            List<Runnable> waiting = List.copyOf(beforeConnected);
            beforeConnected.clear();
            waiting.forEach(Runnable::run);
            while (true) {
                Bytes data = reader.read(spec.readSize()).await();
                if (data.isEmpty()) {
                    log.debug("closing");
                    writer.close();
                    return;
                }
                log.debug("received " + data.repr());
            }
        } finally {
            if (!writer.isClosing()) {
                writer.transport().abort();
            }
        }
    }

    /**
     * Writes {@code data} as one write, from any thread. Done when it is handed to the transport
     * (and drained); fails when the client is over or has half-closed.
     */
    public LoopFuture<Void> send(Bytes data) {
        if (data.isEmpty()) {
            throw new IllegalArgumentException("nothing to send: an empty write sends nothing");
        }
        return whenConnected(done -> {
            writer.write(data);
            log.debug("sending " + data.repr());
            writer.drain().addDoneCallback(d -> {
                if (d.exception() != null) {
                    done.trySetException(d.exception());
                } else {
                    done.trySetResult(null);
                }
            });
        });
    }

    /** Half-closes ({@code write_eof}); the client still reads until the server closes. From any thread. */
    public LoopFuture<Void> writeEof() {
        return whenConnected(done -> {
            eofWritten = true;
            if (writer.canWriteEof()) {
                writer.writeEof();
            }
            done.trySetResult(null);
        });
    }

    private LoopFuture<Void> whenConnected(java.util.function.Consumer<LoopFuture<Void>> action) {
        return lab.onLoop(() -> {
            LoopFuture<Void> done = loop.createFuture();
            Runnable run = () -> {
                if (state().isOver() || writer == null || writer.isClosing()) {
                    done.trySetException(new IllegalStateException(id() + " is not connected"));
                    return;
                }
                if (eofWritten) {
                    done.trySetException(new IllegalStateException(id() + " has half-closed: it sends nothing more"));
                    return;
                }
                try {
                    loop.withOrigin(writer.transport().origin(), () -> action.accept(done));
                } catch (RuntimeException e) {
                    done.trySetException(e);
                }
            };
            if (state().isOver()) {
                done.setException(new IllegalStateException(id() + " is over"));
            } else if (writer == null) {
                beforeConnected.add(run);
            } else {
                run.run();
            }
            return done;
        });
    }

    @Override
    protected void stopOnLoop() {
        setState(EndpointState.STOPPING);
        if (task == null || !task.cancel("stopped by the user")) {
            setState(EndpointState.STOPPED);
        }
    }
}
