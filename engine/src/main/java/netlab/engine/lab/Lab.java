package netlab.engine.lab;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import netlab.engine.event.EventClock;
import netlab.engine.event.EventStream;
import netlab.engine.experiments.ExperimentCatalog;
import netlab.engine.log.Logging;
import netlab.engine.loop.EventLoop;
import netlab.engine.loop.LoopFuture;
import netlab.engine.net.Address;
import netlab.engine.net.NettyTransport;

/**
 * The lab: its event loop, one event stream, and the endpoints on the bench. The GUI, the command
 * line and the tests all drive it through these methods, which may be called from any thread;
 * everything they start runs on the lab's loop, unless it is started on a program loop: the seeds'
 * client and server are separate programs, so a preset runs each on a loop (a thread) of its own,
 * with timing as independent as two processes'. Every loop publishes to the one event stream.
 */
public final class Lab implements AutoCloseable {
    private final EventClock clock = new EventClock();
    private final EventStream events = new EventStream(clock);
    private final EventLoop loop = new EventLoop(events);
    private final Logging logging = new Logging(loop);
    /** The loops of the programs beside the lab's own, by name; made when first asked for. */
    private final Map<String, EventLoop> programLoops = new ConcurrentHashMap<>();
    /** Endpoints that are over are kept this long (for panes and trees to look up), then forgotten. */
    static final int KEEP_FINISHED = 256;

    private final Map<String, Endpoint> endpoints = new ConcurrentHashMap<>();
    private final java.util.Queue<String> finishedIds = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final AtomicInteger serverIds = new AtomicInteger();
    private final AtomicInteger clientIds = new AtomicInteger();
    private final AtomicInteger experimentIds = new AtomicInteger();
    private final AtomicInteger processIds = new AtomicInteger();
    private final AtomicInteger relayIds = new AtomicInteger();
    private volatile boolean closed;
    private volatile netlab.engine.transport.Guests guests = netlab.engine.transport.Guests.NONE;

    public EventStream events() {
        return events;
    }

    public EventLoop loop() {
        return loop;
    }

    public Logging logging() {
        return logging;
    }

    /**
     * Whose the connections its servers accept are from now on: a class's students while a class is
     * on ({@link netlab.engine.transport.Guests#NONE} after it). Servers already listening ask too,
     * at each connection. From any thread.
     */
    public void admitGuests(netlab.engine.transport.Guests who) {
        guests = java.util.Objects.requireNonNull(who, "who");
    }

    /** What a server asks at each connection it accepts: whoever {@link #admitGuests} set at that moment. */
    netlab.engine.transport.Guests guests() {
        return (endpoint, peer) -> guests.arrive(endpoint, peer);
    }

    /**
     * The loop the program named {@code program} runs on: a loop and a thread of its own, beside
     * the lab's, made when first asked for and closed with the lab. From any thread.
     */
    public EventLoop programLoop(String program) {
        return programLoop(program, loop.transport());
    }

    /** {@link #programLoop(String)} on {@code transport} (NIO for a program that adopts Java sockets). */
    public EventLoop programLoop(String program, NettyTransport transport) {
        if (closed) {
            throw new IllegalStateException("the lab is closed");
        }
        return programLoops.computeIfAbsent(program, p -> {
            EventLoop made = new EventLoop(loop, transport);
            made.controls().setTracing(loop.controls().tracing()); // a quiet lab's programs are quiet too
            return made;
        });
    }

    /** The program loops made so far, by program name, in name order. */
    public java.util.SortedMap<String, EventLoop> programLoops() {
        return new java.util.TreeMap<>(programLoops);
    }

    /** The lab's loop, then the program loops made so far. */
    public List<EventLoop> loops() {
        List<EventLoop> all = new ArrayList<>();
        all.add(loop);
        all.addAll(programLoops.values());
        return all;
    }

    /** Starts a server; done once it listens (or failed, with the reason also in its pane). */
    public LoopFuture<ServerEndpoint> startServer(ServerSpec spec) {
        ServerEndpoint endpoint = new ServerEndpoint(this, "server-" + serverIds.incrementAndGet(), spec);
        register(endpoint);
        return onLoop(endpoint::start);
    }

    /** Starts a re-chunking relay; done once it listens (or failed, with the reason also in its pane). */
    public LoopFuture<RelayEndpoint> startRelay(RelaySpec spec) {
        return startRelay(spec, loop);
    }

    /** Starts a relay that runs on {@code on} (the lab's loop or a {@link #programLoop}). */
    public LoopFuture<RelayEndpoint> startRelay(RelaySpec spec, EventLoop on) {
        RelayEndpoint endpoint = new RelayEndpoint(this, on, "relay-" + relayIds.incrementAndGet(), spec);
        register(endpoint);
        return onLoop(on, endpoint::start);
    }

    /** Starts a client; done at once, while its task connects and runs. */
    public LoopFuture<ClientEndpoint> startClient(ClientSpec spec) {
        return startClient(spec, loop);
    }

    /** Starts a client that runs on {@code on} (the lab's loop or a {@link #programLoop}). */
    public LoopFuture<ClientEndpoint> startClient(ClientSpec spec, EventLoop on) {
        ClientEndpoint endpoint = new ClientEndpoint(this, on, "client-" + clientIds.incrementAndGet(), spec);
        register(endpoint);
        return onLoop(on, endpoint::start);
    }

    /** Starts a client a person types into; done at once, while it connects. Write to it with {@link InteractiveClientEndpoint#send}. */
    public LoopFuture<InteractiveClientEndpoint> startInteractiveClient(InteractiveClientSpec spec) {
        InteractiveClientEndpoint endpoint = new InteractiveClientEndpoint(this, "client-" + clientIds.incrementAndGet(), spec);
        register(endpoint);
        return onLoop(endpoint::start);
    }

    /**
     * Starts an experiment (a seed program of its own); done at once, while its task runs.
     * {@code servers} gives it the addresses of servers it may talk to, by name.
     */
    public LoopFuture<ExperimentEndpoint> startExperiment(ExperimentSpec spec, Map<String, Address> servers) {
        // a program that hands the loop Java sockets (add_reader, sock=) runs on a NIO loop of its own
        EventLoop on = ExperimentCatalog.adoptsJavaSockets(spec.id()) && !loop.transport().adoptsJavaSockets()
                ? programLoop(spec.id(), NettyTransport.nio()) : loop;
        ExperimentEndpoint endpoint = new ExperimentEndpoint(this, on, "experiment-" + experimentIds.incrementAndGet(), spec, servers);
        register(endpoint);
        return onLoop(on, endpoint::start);
    }

    public LoopFuture<ExperimentEndpoint> startExperiment(ExperimentSpec spec) {
        return startExperiment(spec, Map.of());
    }

    /**
     * Runs a command on the bench; done once it runs (or failed: FileNotFoundError for a program
     * that does not exist, also in its pane). Stopping it: SIGTERM, SIGKILL after {@code grace}.
     */
    public LoopFuture<ProcessEndpoint> startProcess(netlab.engine.subprocess.ProcessSpec spec, Duration grace) {
        ProcessEndpoint endpoint = new ProcessEndpoint(this, "process-" + processIds.incrementAndGet(), spec, grace);
        register(endpoint);
        return onLoop(endpoint::start);
    }

    private void register(Endpoint endpoint) {
        endpoints.put(endpoint.id(), endpoint);
        onLoop(() -> {
            endpoint.finished().addDoneCallback(f -> {
                finishedIds.add(endpoint.id());
                while (finishedIds.size() > KEEP_FINISHED) {
                    endpoints.remove(finishedIds.poll());
                }
            });
            return endpoint.finished();
        });
    }

    /** The endpoints running, and the last {@value #KEEP_FINISHED} that are over. */
    public List<Endpoint> endpoints() {
        return List.copyOf(new ArrayList<>(endpoints.values()));
    }

    public Endpoint endpoint(String id) {
        return endpoints.get(id);
    }

    /** Runs {@code action} on the loop and passes on the future it returns; from any thread. */
    public <T> LoopFuture<T> onLoop(Supplier<LoopFuture<T>> action) {
        LoopFuture<T> out = new LoopFuture<>(loop);
        Runnable run = () -> {
            LoopFuture<T> inner;
            try {
                inner = action.get();
            } catch (Throwable t) {
                out.setException(t);
                return;
            }
            if (inner == out) {
                return;
            }
            inner.addDoneCallback(f -> {
                if (f.cancelled()) {
                    out.cancel();
                } else if (f.exception() != null) {
                    out.setException(f.exception());
                } else {
                    out.setResult(f.result());
                }
            });
        };
        if (loop.inLoop()) {
            run.run();
        } else {
            loop.callSoonThreadsafe(run);
        }
        return out;
    }

    /**
     * Runs {@code action} on {@code where} and passes on the future it returns as a future of the
     * lab's loop (where the lab's callers await it); from any thread.
     */
    public <T> LoopFuture<T> onLoop(EventLoop where, Supplier<LoopFuture<T>> action) {
        if (where == loop) {
            return onLoop(action);
        }
        LoopFuture<T> out = new LoopFuture<>(loop);
        Runnable run = () -> {
            try {
                CrossLoop.passOn(action.get(), out);
            } catch (Throwable t) {
                loop.callSoonThreadsafe(() -> out.trySetException(t));
            }
        };
        if (where.inLoop()) {
            run.run();
        } else {
            where.callSoonThreadsafe(run);
        }
        return out;
    }

    /** Stops every endpoint; done when all are over. */
    public LoopFuture<Void> stopAll() {
        return onLoop(() -> {
            LoopFuture<Void> all = loop.createFuture();
            List<Endpoint> running = endpoints().stream().filter(e -> !e.state().isOver()).toList();
            if (running.isEmpty()) {
                all.setResult(null);
                return all;
            }
            AtomicInteger left = new AtomicInteger(running.size());
            for (Endpoint e : running) {
                e.stop().addDoneCallback(f -> {
                    if (left.decrementAndGet() == 0) {
                        all.trySetResult(null);
                    }
                });
            }
            return all;
        });
    }

    public boolean isClosed() {
        return closed;
    }

    /**
     * Stops every endpoint (waiting up to {@code grace}), then the loop, then the event stream:
     * subscribers drain what they hold and see the end.
     */
    public void close(Duration grace) {
        if (closed) {
            return;
        }
        closed = true;
        loops().forEach(l -> l.controls().resume()); // a loop paused for stepping would hold the stops below
        try {
            stopAll().toCompletableFuture().get(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            // what did not stop in time is closed with the loop below
        }
        programLoops.values().forEach(EventLoop::close);
        loop.close();
        events.close();
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(5));
    }
}
