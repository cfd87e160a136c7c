package netlab.ui.client;

import java.util.ArrayList;
import java.util.List;

import netlab.engine.bytes.Bytes;

/** Cutting one message into the parts a client writes one by one. */
public final class MessageSplitter {
    private MessageSplitter() {
    }

    /** The pieces between markers, markers dropped; empty pieces are left out (writing nothing sends nothing). */
    public static List<Bytes> byMarker(Bytes message, Bytes marker) {
        if (marker.isEmpty()) {
            throw new IllegalArgumentException("the marker must not be empty");
        }
        List<Bytes> parts = new ArrayList<>();
        int from = 0;
        while (true) {
            int at = message.indexOf(marker, from);
            int to = at < 0 ? message.size() : at;
            if (to > from) {
                parts.add(message.slice(from, to));
            }
            if (at < 0) {
                return parts;
            }
            from = at + marker.size();
        }
    }

    /** Pieces of {@code size} bytes, the last one shorter when the message does not divide evenly. */
    public static List<Bytes> bySize(Bytes message, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("the size must be at least 1 byte, was " + size);
        }
        List<Bytes> parts = new ArrayList<>(message.size() / size + 1);
        for (int from = 0; from < message.size(); from += size) {
            parts.add(message.slice(from, Math.min(message.size(), from + size)));
        }
        return parts;
    }
}
