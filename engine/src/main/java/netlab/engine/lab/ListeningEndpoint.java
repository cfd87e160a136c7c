package netlab.engine.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import netlab.engine.event.Origin;
import netlab.engine.log.Logger;
import netlab.engine.loop.LoopFuture;
import netlab.engine.net.Address;
import netlab.engine.net.HostPort;
import netlab.engine.net.UnixPath;

/**
 * The life of an endpoint that listens (a server, a relay): it warns before it listens on every
 * interface, starts listening, says so once it does (or why it could not), and when stopped, stops
 * listening, lets its connections finish what they were sending for {@link #CLOSE_GRACE}, then
 * aborts what is left. A stop that comes while it is still binding closes it as soon as it is
 * bound; it never serves. Loop thread only, but {@link #address()}.
 *
 * @param <E> the endpoint itself, which its start future is done with
 */
abstract class ListeningEndpoint<E extends ListeningEndpoint<E>> extends AbstractEndpoint {
    /** How long a stop waits for connections to flush and close before it aborts them. */
    static final Duration CLOSE_GRACE = Duration.ofSeconds(2);

    /** Its own lines: the seed's {@code main} logger for a server, {@code relay} for a relay. */
    protected final Logger log;
    private final String noun;
    private volatile Address address;
    private boolean stopRequested;

    /**
     * @param logger the name of the logger its lines go to ("cannot start the ...", "closing ...")
     * @param noun   what it is in those lines: {@code server}, {@code relay}
     */
    ListeningEndpoint(Lab lab, netlab.engine.loop.EventLoop on, String id, Origin origin, String logger, String noun) {
        super(lab, on, id, origin);
        this.log = lab.logging().getLogger(logger, origin);
        this.noun = noun;
    }

    /** Where the spec asks it to listen. */
    protected abstract Address requested();

    /** Starts listening; done with the address it listens on. */
    protected abstract LoopFuture<Address> listen();

    /** Says that it runs, now that it listens on {@code address} (its log lines). */
    protected abstract void listening(Address address);

    /** Stops listening and closes its connections once their bytes are sent; done when all is over. */
    protected abstract LoopFuture<Void> closeListening();

    /** Closes whatever is still open at once. */
    protected abstract void abortListening();

    /** Says, as its stop begins, that it closes (the seed's "closing server"). */
    protected abstract void closing();

    /** What {@link #closeListening()} returns when closing is over as soon as it is asked (a datagram socket). */
    protected final LoopFuture<Void> closedAtOnce() {
        LoopFuture<Void> closed = loop.createFuture();
        closed.setResult(null);
        return closed;
    }

    /**
     * Where it listens once it does: the real port when the spec asked for 0, a Unix endpoint's
     * socket path (the one the lab picked when the spec gave none); null before.
     */
    public Address address() {
        return address;
    }

    /** The port it listens on (TCP, TLS, UDP); IllegalStateException before it listens and for a Unix socket. */
    public int port() {
        if (address instanceof HostPort hp) {
            return hp.port();
        }
        throw new IllegalStateException(address == null ? id() + " does not listen yet" : id() + " listens on " + address + ", not a port");
    }

    /** Whether a stop was asked for: what ends it then is a stop, not its own end. */
    protected boolean stopRequested() {
        return stopRequested;
    }

    final LoopFuture<E> start() {
        announce();
        LoopFuture<E> started = loop.createFuture();
        if (requested() instanceof HostPort hp && hp.isAllInterfaces()) {
            log.warning(netlab.engine.event.LabSentences.ALL_INTERFACES.say(hp.host()));
        }
        loop.withOrigin(origin(), () -> {
            try {
                listen().addDoneCallback(f -> {
                    if (f.exception() != null) {
                        failed(started, f.exception());
                        return;
                    }
                    address = f.result();
                    if (stopRequested) {
                        // stopped while it was resolving or binding: it never serves
                        whenClosed(closeListening());
                        started.cancel("stopped before it was listening");
                        return;
                    }
                    listening(address);
                    setState(EndpointState.RUNNING);
                    started.setResult(self());
                });
            } catch (RuntimeException e) {
                failed(started, e);
            }
        });
        return started;
    }

    @SuppressWarnings("unchecked")
    private E self() {
        return (E) this;
    }

    private void failed(LoopFuture<E> started, Throwable error) {
        Address asked = requested();
        String where = asked instanceof HostPort hp ? hp.host() + " port " + hp.port()
                : ((UnixPath) asked).isUnnamed() ? "a Unix socket" : ((UnixPath) asked).path();
        log.error("relay".equals(noun) ? netlab.engine.event.LabSentences.RELAY_CANNOT_START.say(where)
                : "server".equals(noun) ? netlab.engine.event.LabSentences.SERVER_CANNOT_START.say(where) : "cannot start the " + noun + " on " + where, error);
        setState(EndpointState.FAILED);
        started.setException(error);
    }

    @Override
    protected void stopOnLoop() {
        stopRequested = true;
        setState(EndpointState.STOPPING);
        closing();
        if (address == null) {
            return; // still starting: start() closes it as soon as it listens
        }
        LoopFuture<Void> closed = closeListening();
        whenClosed(closed);
        if (!closed.done()) {
            loop.callLater(CLOSE_GRACE, this::abortListening);
        }
    }

    private void whenClosed(LoopFuture<Void> closed) {
        if (closed.done()) {
            setState(EndpointState.STOPPED);
        } else {
            closed.addDoneCallback(c -> setState(EndpointState.STOPPED));
        }
    }

    /** A new socket path in a private temporary directory (short, so it fits sun_path). */
    protected static UnixPath freshSocketPath(String directoryPrefix, String fileName) {
        try {
            Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), directoryPrefix);
            dir.toFile().deleteOnExit();
            return UnixPath.of(dir.resolve(fileName));
        } catch (IOException e) {
            throw new IllegalStateException("cannot make a directory for the socket: " + e.getMessage(), e);
        }
    }
}
