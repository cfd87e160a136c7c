package netlab.engine.rules;

import java.time.Duration;

import netlab.engine.bytes.Bytes;
import netlab.engine.event.EventKind;
import netlab.engine.event.Origin;
import netlab.engine.log.Logger;
import netlab.engine.log.Logging;
import netlab.engine.loop.EventLoop;
import netlab.engine.net.HostPort;
import netlab.engine.transport.DatagramProtocol;
import netlab.engine.transport.DatagramTransport;

/**
 * A UDP server answered by rules: each datagram is one message (the framing does not apply), and
 * the first rule that matches it sends its reply to the sender, after its delay. Close and
 * half-close mean nothing to a datagram socket and are said once in the log.
 */
public final class RulesDatagramProtocol implements DatagramProtocol {
    private final EventLoop loop;
    private final Responder responder;
    private final Origin origin;
    private final Logger log;
    private DatagramTransport transport;

    public RulesDatagramProtocol(EventLoop loop, Logging logging, Responder responder, Origin origin) {
        this.loop = loop;
        this.responder = responder;
        this.origin = origin;
        this.log = logging.getLogger(RulesProtocol.LOGGER, origin);
    }

    @Override
    public void connectionMade(DatagramTransport transport) {
        this.transport = transport;
    }

    @Override
    public void datagramReceived(Bytes data, HostPort addr) {
        responder.answer(data, addr.toString()).ifPresentOrElse(answer -> {
            loop.events().publish(origin, EventKind.RULE_MATCHED, null, answer.describe(), data, answer.index(),
                    answer.reply().size(), null);
            Runnable send = () -> {
                if (!transport.isClosing() && !answer.reply().isEmpty()) {
                    transport.sendto(answer.reply(), addr);
                }
                if (answer.rule().then() != Rule.After.NOTHING) {
                    log.info("a datagram has no connection to " + answer.rule().then().id() + ": the server keeps listening");
                }
            };
            if (answer.rule().delay().isZero()) {
                send.run();
            } else {
                loop.callLater(answer.rule().delay(), "rule reply", send);
            }
        }, () -> log.debug("no rule matched %r", data));
    }
}
