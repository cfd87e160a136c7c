package netlab.engine.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The English sentences the lab says in its own words: when one of its caps is hit
 * ({@link EventKind#LIMIT_REACHED}), when the teacher drops a student's connection (a
 * {@code netlab} log line), when something fails ({@link EventKind#ERROR}); each a template with
 * numbered parts. The engine writes them with {@link #say}; a window in another language finds
 * the template and its parts back with {@link #of} and says them from its own bundle (key
 * {@code lab.} + the constant's name in lower case, the same parts in the same order).
 */
public enum LabSentences {
    /** A server at its connection cap; parts: the cap, the peer, how many were refused so far. */
    CONNECTION_LIMIT("connection limit reached: {0} connections are open, so the one from {1} is reset at once ({2} refused so far)"),
    /** A write buffer past its cap; parts: bytes waiting, bytes more, the cap. */
    WRITE_BUFFER("write buffer limit reached: {0} bytes wait for a peer that does not read them, and {1} more would pass the cap of "
            + "{2} bytes; the connection is aborted (the protocol does not wait for drain())"),
    /** A student who sent the most allowed, connecting again; parts: the student, bytes sent, the cap. */
    STUDENT_SENT_ALL("{0} has sent {1} bytes, the most a student may send in this class ({2}): no more connections from them"),
    /** A student at the cap of connections; parts: the student, connections open. */
    STUDENT_CONNECTIONS("{0} has {1} connections open, the most a student may have in this class: this one is closed"),
    /** A student past the cap of bytes; parts: the student, the cap. */
    STUDENT_SENT_TOO_MUCH("{0} has sent more than {1} bytes, the most a student may send in this class: this connection is closed"),
    /** The teacher dropped a student's connections; parts: the student. */
    TEACHER_DROPPED("the teacher dropped {0}''s connections: this one is closed"),
    /** A TLS handshake done ({@link EventKind#TLS_HANDSHAKE}) with no certificate from the peer; parts: protocol, cipher suite. */
    TLS_NO_PEER("TLS handshake done: {0} {1}; no peer certificate"),
    /** ... with the peer's self-signed certificate; parts: protocol, cipher suite, subject, valid until, SHA-256 fingerprint. */
    TLS_SELF_SIGNED("TLS handshake done: {0} {1}; peer certificate {2} (self-signed), valid until {3}, SHA-256 {4}"),
    /** ... with a certificate an issuer signed; parts: protocol, cipher suite, subject, issuer, valid until, fingerprint. */
    TLS_ISSUED("TLS handshake done: {0} {1}; peer certificate {2}, issuer {3}, valid until {4}, SHA-256 {5}"),
    /** A server bound to every interface (a log line of its own logger); parts: the host. */
    ALL_INTERFACES("listening on ALL interfaces ({0}): other machines can connect"),
    /** A TLS server's certificate (a log line); parts: its SHA-256 fingerprint, the file clients elsewhere can trust. */
    TLS_CERTIFICATE("TLS with a self-signed certificate, SHA-256 {0}; clients elsewhere can trust {1}"),
    /** A server that answers by one rule (a log line); parts: how its messages are framed. */
    ONE_RULE("answering by 1 rule, messages framed by {0}"),
    /** A server that answers by rules (a log line); parts: how many, how its messages are framed. */
    RULES("answering by {0} rules, messages framed by {1}"),
    /** A datagram server that answers by one rule (a log line); no parts. */
    ONE_RULE_DATAGRAMS("answering by 1 rule, a datagram each message"),
    /** A datagram server that answers by rules (a log line); parts: how many. */
    RULES_DATAGRAMS("answering by {0} rules, a datagram each message"),
    /** A stream relay bound (a log line); parts: its address, its target, what it does (as {@code RelaySpec.describe}). */
    RELAYING_CONNECTIONS("relaying connections from {0} to {1} ({2})"),
    /** A datagram relay bound; parts as for {@link #RELAYING_CONNECTIONS}. */
    RELAYING_DATAGRAMS("relaying datagrams from {0} to {1} ({2})"),
    /** A relay that drew its seed; parts: the seed. */
    SEED_DRAWN("seed {0} was drawn: give it (--seed {0}) to repeat this run exactly"),
    /** A client reached a relay; parts: the client, the target, what the relay does. */
    FORWARDING("connection from {0}: forwarding to {1} ({2})"),
    /** A relay reached the server for a client; parts: the server, the client. */
    CONNECTED_FOR("connected to {0} for {1}"),
    /** A relay that cannot reach its server (an error line, the exception after it); parts: the server. */
    UNREACHABLE("cannot reach the server at {0}, so the client''s connection is reset"),
    /** The client's leg of a relay ended with an error; parts: the error. */
    CLIENT_SIDE_ENDED("the client''s side ended with {0}: resetting the server''s side"),
    /** The server's leg of a relay ended with an error; parts: the error. */
    SERVER_SIDE_ENDED("the server''s side ended with {0}: resetting the client''s side"),
    /** A relay let a short last chunk from the client go; parts: the hold in ms. */
    CLIENT_HELD_ONE("no more bytes from the client within {0} ms: the 1 byte held goes on as a short chunk"),
    /** ... parts: the hold in ms, the bytes held. */
    CLIENT_HELD("no more bytes from the client within {0} ms: the {1} bytes held go on as a short chunk"),
    /** A relay let a short last chunk from the server go; parts: the hold in ms. */
    SERVER_HELD_ONE("no more bytes from the server within {0} ms: the 1 byte held goes on as a short chunk"),
    /** ... parts: the hold in ms, the bytes held. */
    SERVER_HELD("no more bytes from the server within {0} ms: the {1} bytes held go on as a short chunk"),
    /** The server's leg closed with bytes from the client still queued; parts: how many. */
    CLIENT_NOT_FORWARDED("the server''s side is closed: {0} bytes from the client were not forwarded"),
    /** The client's leg closed with bytes from the server still queued; parts: how many. */
    SERVER_NOT_FORWARDED("the client''s side is closed: {0} bytes from the server were not forwarded"),
    /** A datagram relay at its cap of clients; parts: the cap, the client turned away. */
    TOO_MANY_CLIENTS("more than {0} clients: datagrams from {1} are dropped"),
    /** A datagram relay's server that refused a datagram; parts: the server, the error. */
    SERVER_REFUSED("the server at {0} did not take a datagram ({1})"),
    /** A datagram relay that cannot open its socket to the server (an error line); parts: the server, the client. */
    NO_SOCKET("cannot open a socket to {0} for {1}"),
    /** A datagram relay dropped a client's datagram by chance; parts: its number, its bytes, their count. */
    CLIENT_DATAGRAM_DROPPED("dropped datagram #{0} from the client: {1} ({2} bytes)"),
    /** ... a server's datagram; parts as for {@link #CLIENT_DATAGRAM_DROPPED}. */
    SERVER_DATAGRAM_DROPPED("dropped datagram #{0} from the server: {1} ({2} bytes)"),
    /** A datagram relay holds a client's datagram back to reorder it; parts: its number. */
    CLIENT_DATAGRAM_HELD("holding datagram #{0} from the client back: it goes to the server after the next one"),
    /** ... a server's datagram; parts: its number. */
    SERVER_DATAGRAM_HELD("holding datagram #{0} from the server back: it goes to the client after the next one"),
    /** A held datagram went on after the next; parts: its number, the next's. */
    DATAGRAM_REORDERED("datagram #{0} goes after #{1}: reordered"),
    /** A server that could not start (an error line, the exception after it); parts: where. */
    SERVER_CANNOT_START("cannot start the server on {0}"),
    /** A relay that could not start; parts: where. */
    RELAY_CANNOT_START("cannot start the relay on {0}"),
    /** A recording's marker ({@link EventKind#ELIDED}) for events it could not keep; parts: how many. */
    NOT_RECORDED("{0} events were not recorded (the recording fell behind)"),
    /** An exception a connection or a program did not handle; parts: the exception. */
    ERROR("error: {0}"),
    /** A TLS handshake that failed; parts: the exception. */
    SSL_FAILED("SSL handshake failed: {0}"),
    /** A protocol callback that raised (asyncio's "Fatal error"); parts: the callback, the exception. */
    CALL_FATAL("Fatal error: protocol.{0}() call failed: {1}"),
    /** A protocol factory that raised; parts: the exception. */
    FACTORY_FATAL("Fatal error: protocol factory failed: {0}"),
    /** A datagram protocol's callback that raised; parts: the exception. */
    DATAGRAM_FATAL("Fatal error in a datagram protocol callback: {0}"),
    /** A subprocess protocol's callback that raised; parts: the callback, the exception. */
    CALL_FAILED("protocol.{0}() call failed: {1}"),
    /** A stream server's handler that raised; parts: the exception. */
    HANDLER_FAILED("Unhandled exception in client_connected_cb: {0}"),
    /** A write after close() was called; parts: the bytes dropped. */
    WRITE_CLOSING("write() on a closing transport: {0} bytes dropped"),
    /** A write to a child's stdin once it closed; parts: the bytes dropped. */
    STDIN_CLOSED("write to the child''s stdin after it closed: {0} bytes dropped"),
    /** A signal handler no kill can reach; parts: the signal. */
    SIGNAL_IGNORED("{0} is ignored by NetLab''s process (it was started that way, as a shell starts a background job):"
            + " no kill can reach this handler; the window''s Send {0} still can");

    private final String template;
    private final Pattern reading;
    /** The number of each part in the template, in the order they appear ({@code {0}} may appear twice). */
    private final List<Integer> order = new ArrayList<>();
    /** The words before the first part and after the last: a text without them is not this sentence. */
    private final String head;
    private final String tail;

    LabSentences(String template) {
        this.template = template.replace("''", "'");
        StringBuilder regex = new StringBuilder("^");
        Matcher m = Parts.PART.matcher(this.template);
        int at = 0;
        while (m.find()) {
            regex.append(Pattern.quote(this.template.substring(at, m.start()))).append("(.*?)");
            order.add(Integer.parseInt(m.group(1)));
            at = m.end();
        }
        this.reading = Pattern.compile(regex.append(Pattern.quote(this.template.substring(at))).append("$").toString(), Pattern.DOTALL);
        Matcher first = Parts.PART.matcher(this.template);
        this.head = first.find() ? this.template.substring(0, first.start()) : this.template;
        this.tail = this.template.substring(at);
    }

    /** The sentence with its parts filled in, as the CLI prints it. */
    public String say(Object... parts) {
        StringBuilder out = new StringBuilder();
        Matcher m = Parts.PART.matcher(template);
        int at = 0;
        while (m.find()) {
            out.append(template, at, m.start()).append(parts[Integer.parseInt(m.group(1))]);
            at = m.end();
        }
        return out.append(template.substring(at)).toString();
    }

    /** The parts of {@code text}, by number, if it is this sentence. */
    public Optional<List<String>> read(String text) {
        if (text == null || !text.startsWith(head) || !text.endsWith(tail)) {
            return Optional.empty(); // a pane asks this of every log line: most are a seed's, and fail here
        }
        Matcher m = reading.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String[] parts = new String[order.stream().mapToInt(Integer::intValue).max().orElse(-1) + 1];
        for (int i = 0; i < order.size(); i++) {
            parts[order.get(i)] = m.group(i + 1);
        }
        return Optional.of(List.of(parts));
    }

    /** The sentence {@code text} is, with its parts; empty when it is none of these (a seed's line). */
    public static Optional<Said> of(String text) {
        for (LabSentences t : values()) {
            Optional<List<String>> parts = t.read(text);
            if (parts.isPresent()) {
                return Optional.of(new Said(t, parts.get()));
            }
        }
        return Optional.empty();
    }

    /** A numbered part of a template: {@code {0}}. (A holder: an enum's constructor cannot read its own statics.) */
    private static final class Parts {
        static final Pattern PART = Pattern.compile("\\{(\\d)}");
    }

    /** A sentence found in a text, and its parts. */
    public record Said(LabSentences form, List<String> parts) {
    }
}
