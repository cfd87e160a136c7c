package netlab.engine.relay;

import netlab.engine.bytes.Bytes;
import netlab.engine.errors.PyErrors;
import netlab.engine.event.ErrorInfo;
import netlab.engine.log.Logger;
import netlab.engine.loop.EventLoop;
import netlab.engine.loop.LoopFuture;
import netlab.engine.transport.Connected;
import netlab.engine.transport.Protocol;
import netlab.engine.transport.Transport;

/**
 * One connection through a stream relay: the client's leg, the leg the relay opens to the server
 * for it, and the two ways between them. What one side half-closes the other side sees
 * half-closed (after every byte before it); what one side resets, the relay resets on the other
 * side (an RST, not a FIN); a plain close goes on as EOF and then closes. Loop thread only.
 */
final class RelayedConnection {
    /** Opens the leg to the server; done once its connection_made ran. */
    interface Dialer {
        LoopFuture<Connected<Protocol>> dial(RelayedConnection connection, Protocol serverSide, String clientSideId);
    }

    private final EventLoop loop;
    private final Logger log;
    private final Dialer dialer;
    private final Runnable onOver;
    private final String target;
    private final String settings;
    final RelayDirection toServer;
    final RelayDirection toClient;
    private Transport client;
    private Transport server;
    private boolean clientLost;
    private boolean serverLost;
    private boolean over;

    RelayedConnection(EventLoop loop, Logger log, Dialer dialer, String target, String settings,
                      Cutter toServerCuts, Cutter toClientCuts, double delay, long rate, double hold, Runnable onOver) {
        this.loop = loop;
        this.log = log;
        this.dialer = dialer;
        this.target = target;
        this.settings = settings;
        this.onOver = onOver;
        this.toServer = new RelayDirection(loop, log, "client", "server", toServerCuts, delay, rate, hold, this::eofForwarded);
        this.toClient = new RelayDirection(loop, log, "server", "client", toClientCuts, delay, rate, hold, this::eofForwarded);
    }

    /** The protocol of the client's leg (the connection the relay accepted). */
    Protocol clientSide() {
        return new Protocol() {
            @Override
            public void connectionMade(Transport transport) {
                client = transport;
                toServer.source(transport);
                // nothing is read from the client until there is somewhere to send it
                transport.pauseReading();
                log.info(netlab.engine.event.LabSentences.FORWARDING.say(transport.peername(), target, settings));
                dialServer();
            }

            @Override
            public void dataReceived(Bytes data) {
                toServer.data(data);
            }

            @Override
            public boolean eofReceived() {
                toServer.eof();
                return true;
            }

            @Override
            public void connectionLost(Throwable cause) {
                lost(true, cause);
            }

            @Override
            public void pauseWriting() {
                toClient.targetPaused(true);
            }

            @Override
            public void resumeWriting() {
                toClient.targetPaused(false);
            }
        };
    }

    private void dialServer() {
        Protocol serverSide = new Protocol() {
            @Override
            public void connectionMade(Transport transport) {
                server = transport;
            }

            @Override
            public void dataReceived(Bytes data) {
                toClient.data(data);
            }

            @Override
            public boolean eofReceived() {
                toClient.eof();
                return true;
            }

            @Override
            public void connectionLost(Throwable cause) {
                lost(false, cause);
            }

            @Override
            public void pauseWriting() {
                toServer.targetPaused(true);
            }

            @Override
            public void resumeWriting() {
                toServer.targetPaused(false);
            }
        };
        LoopFuture<Connected<Protocol>> dialing;
        try {
            dialing = dialer.dial(this, serverSide, client.origin().connection());
        } catch (RuntimeException e) {
            cannotReachServer(e);
            return;
        }
        dialing.addDoneCallback(f -> {
            if (f.exception() != null) {
                cannotReachServer(f.exception());
                return;
            }
            Transport up = f.result().transport();
            if (clientLost) {
                // the client gave up while the relay was connecting for it
                loop.withOrigin(up.origin(), up::close);
                return;
            }
            server = up;
            loop.withOrigin(up.origin(), () -> log.info(netlab.engine.event.LabSentences.CONNECTED_FOR.say(target, client.peername())));
            toClient.source(up);
            toClient.target(client);
            toServer.target(up);
            if (!client.isClosing()) {
                client.resumeReading();
            }
        });
    }

    private void cannotReachServer(Throwable error) {
        Throwable e = PyErrors.translate(error, null);
        loop.withOrigin(client.origin(), () -> {
            log.error(netlab.engine.event.LabSentences.UNREACHABLE.say(target), e);
            toServer.kill();
            toClient.kill();
            reset(client);
        });
        serverLost = true;
        finishIfOver();
    }

    /** A leg is closed: a reset (or any error) goes on as a reset, a plain close as EOF then close. */
    private void lost(boolean clientSide, Throwable cause) {
        if (clientSide) {
            clientLost = true;
        } else {
            serverLost = true;
        }
        String side = clientSide ? "client" : "server";
        Transport other = clientSide ? server : client;
        RelayDirection fromLost = clientSide ? toServer : toClient;
        RelayDirection toLost = clientSide ? toClient : toServer;
        toLost.kill();
        if (cause != null) {
            fromLost.kill();
            if (other != null && !other.isClosing()) {
                loop.withOrigin(other.origin(), () -> {
                    log.info(("client".equals(side) ? netlab.engine.event.LabSentences.CLIENT_SIDE_ENDED
                            : netlab.engine.event.LabSentences.SERVER_SIDE_ENDED).say(ErrorInfo.of(cause)));
                    reset(other);
                });
            }
        } else if (!fromLost.eofSeen()) {
            fromLost.eof();
        } else if (fromLost.eofForwarded() && other != null && !other.isClosing()) {
            // its EOF went on already, and nothing can come back to it any more
            loop.withOrigin(other.origin(), other::close);
        }
        finishIfOver();
    }

    /** Once both ways are half-closed, or one side is gone and its EOF went on, the legs close. */
    private void eofForwarded() {
        boolean bothWays = toServer.eofForwarded() && toClient.eofForwarded();
        if ((bothWays || serverLost) && client != null && !client.isClosing()) {
            loop.withOrigin(client.origin(), client::close);
        }
        if ((bothWays || clientLost) && server != null && !server.isClosing()) {
            loop.withOrigin(server.origin(), server::close);
        }
    }

    private void finishIfOver() {
        if (!over && clientLost && (serverLost || server == null)) {
            over = true;
            onOver.run();
        }
    }

    /** Closes both legs, as a server closes its connections when it stops. */
    void close() {
        for (Transport t : new Transport[] {client, server}) {
            if (t != null && !t.isClosing()) {
                loop.withOrigin(t.origin(), t::close);
            }
        }
    }

    void abort() {
        toServer.kill();
        toClient.kill();
        for (Transport t : new Transport[] {client, server}) {
            if (t != null && !t.isClosing()) {
                loop.withOrigin(t.origin(), t::abort);
            }
        }
    }

    /** Closes a connection with an RST: SO_LINGER 0, then close. A Unix socket has no RST: it just closes. */
    static void reset(Transport t) {
        if (t == null || t.isClosing()) {
            return;
        }
        if (t.getExtraInfo("socket") instanceof io.netty.channel.socket.SocketChannel ch && ch.isActive()) {
            try {
                ch.config().setSoLinger(0);
            } catch (RuntimeException ignored) {
                // the socket is going anyway; then it closes with a FIN
            }
        }
        t.abort();
    }

    Transport clientLeg() {
        return client;
    }

    Transport serverLeg() {
        return server;
    }
}
