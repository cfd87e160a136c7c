package netlab.engine.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import netlab.engine.bytes.ByteInput;
import netlab.engine.bytes.Bytes;

/**
 * Where one message ends in a byte stream, for the rules to match whole messages however TCP cut
 * them: {@code lines} (up to a newline, the newline and a CR before it left out), {@code
 * delimiter:SEP} (escaped, left out), {@code length:N} (an N-byte big-endian length, 1, 2 or 4,
 * then that many bytes), {@code fixed:N} (N bytes each) or {@code read} (each read as it came).
 * A datagram is always one message.
 */
public sealed interface Framing {
    /** The most a message may hold before it is matched as it is (a peer that never ends its line). */
    int MAX_MESSAGE = 1 << 20;

    /** As a rules file writes it: {@code lines}, {@code delimiter:\r\n}, {@code length:2}, {@code fixed:8}, {@code read}. */
    String id();

    /** A fresh splitter for one connection. */
    default Splitter splitter() {
        return new Splitter(this);
    }

    record Lines() implements Framing {
        public String id() {
            return "lines";
        }
    }

    record Delimiter(String escaped) implements Framing {
        public Delimiter {
            if (ByteInput.unescape(escaped).isEmpty()) {
                throw new IllegalArgumentException("a delimiter needs at least one byte");
            }
        }

        public String id() {
            return "delimiter:" + escaped;
        }
    }

    record Length(int headerBytes) implements Framing {
        public Length {
            if (headerBytes != 1 && headerBytes != 2 && headerBytes != 4) {
                throw new IllegalArgumentException("a length header is 1, 2 or 4 bytes, not " + headerBytes);
            }
        }

        public String id() {
            return "length:" + headerBytes;
        }
    }

    record Fixed(int size) implements Framing {
        public Fixed {
            if (size < 1 || size > MAX_MESSAGE) {
                throw new IllegalArgumentException("fixed messages are 1.." + MAX_MESSAGE + " bytes, not " + size);
            }
        }

        public String id() {
            return "fixed:" + size;
        }
    }

    record PerRead() implements Framing {
        public String id() {
            return "read";
        }
    }

    /** The framing written as {@code id}; IllegalArgumentException naming the known ones. */
    static Framing byId(String id) {
        Objects.requireNonNull(id, "framing");
        String s = id.strip();
        int colon = s.indexOf(':');
        String name = colon < 0 ? s : s.substring(0, colon);
        String arg = colon < 0 ? null : id.substring(id.indexOf(':') + 1);
        try {
            return switch (name) {
                case "lines" -> new Lines();
                case "read" -> new PerRead();
                case "delimiter" -> new Delimiter(Objects.requireNonNull(arg));
                case "length" -> new Length(Integer.parseInt(Objects.requireNonNull(arg).strip()));
                case "fixed" -> new Fixed(Integer.parseInt(Objects.requireNonNull(arg).strip()));
                default -> throw new IllegalArgumentException("unknown framing '" + id + "'");
            };
        } catch (NullPointerException | NumberFormatException e) {
            throw new IllegalArgumentException("framing '" + id + "' needs a value: delimiter:SEP, length:1|2|4, fixed:N");
        }
    }

    /** Cuts one connection's bytes into messages; loop thread only. */
    final class Splitter {
        private final Framing framing;
        private final Bytes delimiter;
        private Bytes pending = Bytes.EMPTY;

        Splitter(Framing framing) {
            this.framing = framing;
            this.delimiter = switch (framing) {
                case Lines l -> Bytes.of((byte) '\n');
                case Delimiter d -> ByteInput.unescape(d.escaped());
                default -> null;
            };
        }

        /** The whole messages {@code data} completes, in order. */
        public List<Bytes> feed(Bytes data) {
            List<Bytes> out = new ArrayList<>();
            if (framing instanceof PerRead) {
                out.add(data);
                return out;
            }
            pending = pending.isEmpty() ? data : pending.concat(data);
            while (true) {
                Bytes message = next();
                if (message == null) {
                    break;
                }
                out.add(message);
            }
            if (pending.size() > MAX_MESSAGE) {
                out.add(pending);
                pending = Bytes.EMPTY;
            }
            return out;
        }

        /** What is left at EOF, as a last message; null when nothing is. */
        public Bytes rest() {
            Bytes rest = pending;
            pending = Bytes.EMPTY;
            return rest.isEmpty() ? null : rest;
        }

        private Bytes next() {
            switch (framing) {
                case Fixed f -> {
                    return pending.size() < f.size() ? null : take(f.size(), 0);
                }
                case Length l -> {
                    if (pending.size() < l.headerBytes()) {
                        return null;
                    }
                    long n = 0;
                    for (int i = 0; i < l.headerBytes(); i++) {
                        n = (n << 8) | (pending.byteAt(i) & 0xff);
                    }
                    if (pending.size() < l.headerBytes() + n) {
                        return null;
                    }
                    return take(l.headerBytes() + (int) n, 0).slice(l.headerBytes());
                }
                default -> {
                    int at = pending.indexOf(delimiter, 0);
                    if (at < 0) {
                        return null;
                    }
                    Bytes message = take(at + delimiter.size(), delimiter.size());
                    if (framing instanceof Lines && !message.isEmpty() && message.byteAt(message.size() - 1) == '\r') {
                        message = message.slice(0, message.size() - 1);
                    }
                    return message;
                }
            }
        }

        /** The first {@code n} bytes, less the last {@code dropTail}; the rest stays pending. */
        private Bytes take(int n, int dropTail) {
            Bytes message = pending.slice(0, n - dropTail);
            pending = pending.slice(n);
            return message;
        }
    }
}
