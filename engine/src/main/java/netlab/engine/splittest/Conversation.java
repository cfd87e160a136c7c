package netlab.engine.splittest;

import java.util.ArrayList;
import java.util.List;

import netlab.engine.bytes.Bytes;

/**
 * What a client sends and what it should get back, exchange by exchange. A split test sends every
 * request (re-cut) and compares what comes back with every response, byte for byte.
 *
 * @param source where it came from, for messages ("requests.txt", "learned from 127.0.0.1:7000")
 */
public record Conversation(String source, List<Exchange> exchanges) {
    /** The most bytes a conversation may send: each case sends them all once, some a byte at a time. */
    public static final int MAX_REQUEST_BYTES = 1024 * 1024;

    public Conversation {
        exchanges = List.copyOf(exchanges);
        if (exchanges.isEmpty()) {
            throw new IllegalArgumentException(source + ": the conversation has no exchange");
        }
        long total = 0;
        for (Exchange e : exchanges) {
            total += e.request().size();
        }
        if (total > MAX_REQUEST_BYTES) {
            throw new IllegalArgumentException(source + ": the requests are " + total + " bytes; at most " + MAX_REQUEST_BYTES);
        }
    }

    /** Every request, in order, as one stream. */
    public Bytes requests() {
        List<Bytes> all = new ArrayList<>();
        for (Exchange e : exchanges) {
            all.add(e.request());
        }
        return Bytes.concat(all);
    }

    /** Every response, in order, as one stream: what the client should read back. */
    public Bytes responses() {
        List<Bytes> all = new ArrayList<>();
        for (Exchange e : exchanges) {
            all.add(e.response());
        }
        return Bytes.concat(all);
    }

    /** The same requests with {@code responses} as what comes back (--learn): all of it as the last exchange's answer. */
    public Conversation withLearnedResponses(Bytes responses, String learnedFrom) {
        List<Exchange> learned = new ArrayList<>();
        for (int i = 0; i < exchanges.size(); i++) {
            Exchange e = exchanges.get(i);
            learned.add(new Exchange(e.request(), i == exchanges.size() - 1 ? responses : Bytes.EMPTY, e.line()));
        }
        return new Conversation(source + " (responses learned from " + learnedFrom + ")", learned);
    }
}
