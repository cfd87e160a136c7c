package netlab.engine.experiments;

import netlab.engine.bytes.Bytes;
import netlab.engine.net.HostPort;
import netlab.engine.log.Logger;
import netlab.engine.loop.EventLoop;
import netlab.engine.loop.LoopFuture;
import netlab.engine.transport.ConnectOptions;
import netlab.engine.transport.Protocol;
import netlab.engine.transport.Server;
import netlab.engine.transport.ServerOptions;
import netlab.engine.transport.TcpSockets;
import netlab.engine.transport.Transport;

/**
 * Half-close, both ways of answering it. A client writes a question and half-closes
 * ({@code write_eof()}); the server's protocol sees {@code eof_received()} and answers a moment
 * later (the next loop iteration). Run once with eof_received returning True — the connection
 * stays open for writing and the answer arrives — and once returning False (asyncio's default) —
 * the transport closes itself at once and the late answer is dropped.
 */
public final class HalfClose {
    private static final Bytes QUESTION = Bytes.utf8("How many bytes is this?");

    private HalfClose() {
    }

    public static void run(ExperimentContext ctx) throws Exception {
        Logger main = ctx.logger("main");
        for (boolean keepOpen : new boolean[] {true, false}) {
            main.info("eof_received returns " + (keepOpen ? "True" : "False") + (keepOpen ? " (keep the connection open)"
                    : " (the default: the transport closes itself)"));
            round(ctx, keepOpen);
        }
    }

    private static void round(ExperimentContext ctx, boolean keepOpen) throws Exception {
        EventLoop loop = ctx.loop();
        String endpoint = ctx.origin().endpoint();
        Logger serverLog = ctx.logger("server");
        Logger clientLog = ctx.logger("client");
        Server server = TcpSockets.createServer(loop, () -> new Protocol() {
            private Transport transport;
            private long received;

            @Override
            public void connectionMade(Transport transport) {
                this.transport = transport;
            }

            @Override
            public void dataReceived(Bytes data) {
                received += data.size();
                serverLog.info("data_received " + data.repr());
            }

            @Override
            public boolean eofReceived() {
                serverLog.info("eof_received(): the client will send no more; returning " + (keepOpen ? "True" : "False"));
                loop.callSoon(() -> {
                    Bytes answer = Bytes.utf8(received + " bytes");
                    if (transport.isClosing()) {
                        serverLog.info("answer " + answer.repr() + " is too late: the transport is closing, nothing is sent");
                    } else {
                        serverLog.info("answer " + answer.repr() + " and close()");
                        transport.write(answer);
                        transport.close();
                    }
                });
                return keepOpen;
            }

            @Override
            public void connectionLost(Throwable cause) {
                serverLog.info("connection_lost(" + (cause == null ? "None" : cause) + ")");
            }
        }, ServerOptions.of(endpoint + "-server", HostPort.loopback(0)).withLabeler(peer -> "server")).await();
        try {
            LoopFuture<Void> lost = loop.createFuture();
            int port = server.port();
            TcpSockets.createConnection(loop, () -> new Protocol() {
                private boolean answered;

                @Override
                public void connectionMade(Transport transport) {
                    clientLog.info("write " + QUESTION.repr() + " then write_eof()");
                    transport.write(QUESTION);
                    transport.writeEof();
                }

                @Override
                public void dataReceived(Bytes data) {
                    answered = true;
                    clientLog.info("data_received " + data.repr());
                }

                @Override
                public boolean eofReceived() {
                    clientLog.info("eof_received()");
                    return false;
                }

                @Override
                public void connectionLost(Throwable cause) {
                    clientLog.info("connection_lost(" + (cause == null ? "None" : cause) + ")"
                            + (answered ? "" : " without an answer"));
                    lost.trySetResult(null);
                }
            }, ConnectOptions.of(endpoint + "-client", "client", HostPort.loopback(port))).await();
            lost.await();
            server.close();
            server.waitClosed().await();
        } finally {
            server.close();
            server.abortClients();
        }
    }

}
