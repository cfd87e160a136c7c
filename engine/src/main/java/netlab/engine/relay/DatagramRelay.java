package netlab.engine.relay;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import netlab.engine.bytes.Bytes;
import netlab.engine.event.ErrorInfo;
import netlab.engine.event.Role;
import netlab.engine.log.Logger;
import netlab.engine.loop.EventLoop;
import netlab.engine.loop.LoopFuture;
import netlab.engine.loop.TimerHandle;
import netlab.engine.net.HostPort;
import netlab.engine.transport.DatagramOptions;
import netlab.engine.transport.DatagramProtocol;
import netlab.engine.transport.DatagramTransport;
import netlab.engine.transport.UdpSockets;

/**
 * A relay for UDP: datagrams from each client go to the target from a socket of their own (so the
 * replies find their way back), and the replies go back to that client. Datagrams stay whole;
 * each may be delayed, dropped or sent after the next one, as drawn from the seed: what TCP would
 * never do to a byte stream, UDP lets happen to datagrams. Loop thread only.
 */
public final class DatagramRelay {
    /** Clients served at most: one socket each. */
    public static final int MAX_CLIENTS = 64;

    /** How datagrams fare. */
    public record Settings(long seed, double delaySeconds, double drop, double reorder, double holdSeconds) {
    }

    private final EventLoop loop;
    private final String endpoint;
    private final Logger log;
    private final HostPort target;
    private final Settings settings;
    private final Map<HostPort, Upstream> upstreams = new LinkedHashMap<>();
    private final List<TimerHandle> timers = new ArrayList<>();
    private DatagramTransport listening;
    private boolean refusedReported;
    private boolean closed;

    public DatagramRelay(EventLoop loop, String endpoint, Logger log, HostPort target, Settings settings) {
        this.loop = loop;
        this.endpoint = endpoint;
        this.log = log;
        this.target = target;
        this.settings = settings;
    }

    /** Binds the relay's own socket; done once it is bound. */
    public LoopFuture<DatagramTransport> listen(HostPort address) {
        LoopFuture<DatagramTransport> result = loop.createFuture();
        Lane toServerLane = new Lane("client", "server", new DatagramFates(settings.seed(), settings.drop(), settings.reorder()));
        UdpSockets.createDatagramEndpoint(loop, () -> new DatagramProtocol() {
            @Override
            public void datagramReceived(Bytes data, HostPort addr) {
                fromClient(addr, data, toServerLane);
            }
        }, DatagramOptions.local(endpoint, "relay_udp", address), Role.RELAY, endpoint + "/1").addDoneCallback(f -> {
            if (f.exception() != null) {
                result.setException(f.exception());
                return;
            }
            listening = f.result().transport();
            result.setResult(listening);
        });
        return result;
    }

    private void fromClient(HostPort client, Bytes data, Lane lane) {
        Upstream up = upstreams.get(client);
        if (up == null) {
            if (upstreams.size() >= MAX_CLIENTS) {
                log.info(netlab.engine.event.LabSentences.TOO_MANY_CLIENTS.say(MAX_CLIENTS, client));
                return;
            }
            up = new Upstream(client, upstreams.size() + 1);
            upstreams.put(client, up);
        }
        Upstream target = up;
        lane.arrived(data, d -> target.send(d));
    }

    /** The relay's socket towards the target for one client, and the way back to that client. */
    private final class Upstream {
        private final HostPort client;
        private final List<Bytes> waiting = new ArrayList<>();
        private final Lane back;
        private DatagramTransport transport;

        Upstream(HostPort client, int number) {
            this.client = client;
            this.back = new Lane("server", "client", new DatagramFates(~settings.seed() + number - 1, settings.drop(), settings.reorder()));
            String id = RelayLeg.serverSideId(endpoint + "/" + number);
            UdpSockets.createDatagramEndpoint(loop, () -> new DatagramProtocol() {
                @Override
                public void datagramReceived(Bytes data, HostPort addr) {
                    back.arrived(data, d -> {
                        if (listening != null && !listening.isClosing()) {
                            listening.sendto(d, client);
                        }
                    });
                }

                @Override
                public void errorReceived(Throwable error) {
                    if (!refusedReported) {
                        refusedReported = true;
                        log.info(netlab.engine.event.LabSentences.SERVER_REFUSED.say(target, ErrorInfo.of(error)));
                    }
                }
            }, DatagramOptions.remote(endpoint, "relay_to_" + target.host() + "_" + target.port(), target), Role.RELAY, id)
                    .addDoneCallback(f -> {
                        if (f.exception() != null) {
                            log.error(netlab.engine.event.LabSentences.NO_SOCKET.say(target, client), f.exception());
                            waiting.clear();
                            return;
                        }
                        transport = f.result().transport();
                        if (closed) {
                            transport.close();
                            return;
                        }
                        waiting.forEach(transport::sendto);
                        waiting.clear();
                    });
        }

        void send(Bytes data) {
            if (transport == null) {
                waiting.add(data);
            } else if (!transport.isClosing()) {
                transport.sendto(data);
            }
        }

        void close() {
            if (transport != null) {
                transport.close();
            }
        }
    }

    /** One direction's fates and what it holds back. */
    private final class Lane {
        private final String from;
        private final String to;
        private final DatagramFates fates;
        private long number;
        private Bytes held;
        private long heldNumber;
        private Consumer<Bytes> heldSend;
        private TimerHandle holdTimer;

        Lane(String from, String to, DatagramFates fates) {
            this.from = from;
            this.to = to;
            this.fates = fates;
        }

        void arrived(Bytes data, Consumer<Bytes> send) {
            long n = number++;
            switch (fates.next(held == null)) {
                case DROP -> log.info(("client".equals(from) ? netlab.engine.event.LabSentences.CLIENT_DATAGRAM_DROPPED
                        : netlab.engine.event.LabSentences.SERVER_DATAGRAM_DROPPED).say(n, data.repr(), data.size()));
                case HOLD -> {
                    log.info(("client".equals(from) ? netlab.engine.event.LabSentences.CLIENT_DATAGRAM_HELD
                            : netlab.engine.event.LabSentences.SERVER_DATAGRAM_HELD).say(n));
                    held = data;
                    heldNumber = n;
                    heldSend = send;
                    holdTimer = loop.callLater(settings.holdSeconds(), "relay reorder", this::releaseHeld);
                }
                case PASS -> {
                    later(() -> send.accept(data));
                    if (held != null) {
                        log.info(netlab.engine.event.LabSentences.DATAGRAM_REORDERED.say(heldNumber, n));
                        releaseHeld();
                    }
                }
            }
        }

        private void releaseHeld() {
            if (holdTimer != null) {
                holdTimer.cancel();
                holdTimer = null;
            }
            if (held == null) {
                return;
            }
            Bytes data = held;
            Consumer<Bytes> send = heldSend;
            held = null;
            heldSend = null;
            later(() -> send.accept(data));
        }

        private void later(Runnable send) {
            if (closed) {
                return;
            }
            if (settings.delaySeconds() <= 0) {
                send.run();
                return;
            }
            TimerHandle[] t = new TimerHandle[1];
            t[0] = loop.callLater(settings.delaySeconds(), "relay delay", () -> {
                timers.remove(t[0]);
                if (!closed) {
                    send.run();
                }
            });
            timers.add(t[0]);
        }
    }

    public DatagramTransport listening() {
        return listening;
    }

    /** Clients seen so far. */
    public int clients() {
        return upstreams.size();
    }

    public void close() {
        closed = true;
        timers.forEach(TimerHandle::cancel);
        timers.clear();
        upstreams.values().forEach(Upstream::close);
        if (listening != null) {
            listening.close();
        }
    }
}
