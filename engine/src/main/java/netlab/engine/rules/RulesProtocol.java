package netlab.engine.rules;

import java.time.Duration;
import java.util.ArrayDeque;

import netlab.engine.bytes.Bytes;
import netlab.engine.event.EventKind;
import netlab.engine.log.Logger;
import netlab.engine.log.Logging;
import netlab.engine.loop.EventLoop;
import netlab.engine.transport.Protocol;
import netlab.engine.transport.Transport;

/**
 * A stream connection answered by rules: its bytes cut into messages by the framing, each message
 * answered by the first rule that matches it ({@code rule_matched} on the connection's pane, right
 * after the read that completed it), the replies sent in the order of their messages even when a
 * later one has a shorter delay. At EOF the last unended message is matched too; the connection
 * closes once every reply is out.
 */
public final class RulesProtocol implements Protocol {
    public static final String LOGGER = "rules";

    private final EventLoop loop;
    private final Responder responder;
    private final Logger log;
    private final Framing.Splitter splitter;
    private Transport transport;
    /** Replies waiting for their time, in the order of their messages: only the head is timed. */
    private final ArrayDeque<Due> due = new ArrayDeque<>();
    private int pending;
    private boolean eof;
    private boolean closed;

    public RulesProtocol(EventLoop loop, Logging logging, Responder responder) {
        this.loop = loop;
        this.responder = responder;
        this.log = logging.getLogger(LOGGER);
        this.splitter = responder.framing().splitter();
    }

    @Override
    public void connectionMade(Transport transport) {
        this.transport = transport;
    }

    @Override
    public void dataReceived(Bytes data) {
        for (Bytes message : splitter.feed(data)) {
            handle(message);
        }
    }

    @Override
    public boolean eofReceived() {
        eof = true;
        Bytes rest = splitter.rest();
        if (rest != null) {
            handle(rest);
        }
        if (pending == 0 && !closed) {
            return false; // the transport closes itself, as asyncio's does
        }
        return true;
    }

    @Override
    public void connectionLost(Throwable cause) {
        closed = true;
    }

    private void handle(Bytes message) {
        if (closed) {
            return;
        }
        String peer = String.valueOf(transport.peername());
        responder.answer(message, peer).ifPresentOrElse(this::schedule,
                () -> log.debug("no rule matched %r", message));
    }

    private void schedule(Responder.Answer answer) {
        loop.events().publish(transport.origin(), EventKind.RULE_MATCHED, null, answer.describe(), answer.message(),
                answer.index(), answer.reply().size(), null);
        pending++;
        due.add(new Due(answer, System.nanoTime() + answer.rule().delay().toNanos()));
        if (due.size() == 1) {
            sendDue();
        }
    }

    /** Sends the replies at the head whose time has come, and times the next. */
    private void sendDue() {
        while (!due.isEmpty()) {
            long wait = due.peek().at() - System.nanoTime();
            if (wait > 0) {
                loop.callLater(Duration.ofNanos(wait), "rule reply", this::sendDue);
                return;
            }
            reply(due.poll().answer());
        }
    }

    private record Due(Responder.Answer answer, long at) {
    }

    private void reply(Responder.Answer answer) {
        pending--;
        if (closed || transport.isClosing()) {
            return;
        }
        if (!answer.reply().isEmpty()) {
            transport.write(answer.reply());
        }
        switch (answer.rule().then()) {
            case CLOSE -> {
                closed = true;
                transport.close();
            }
            case HALF_CLOSE -> {
                if (transport.canWriteEof()) {
                    transport.writeEof();
                } else {
                    log.info("cannot half-close this connection (TLS has no write_eof): closing it instead");
                    closed = true;
                    transport.close();
                }
            }
            case NOTHING -> {
            }
        }
        if (eof && pending == 0 && !closed) {
            closed = true;
            transport.close();
        }
    }
}
