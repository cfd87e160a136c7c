package netlab.engine.classroom;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A simulated student: a real WebSocket client (the JDK's) speaking the student page's protocol,
 * every message it receives kept in order, every wait bounded.
 */
public final class StudentClient implements AutoCloseable {
    private final WebSocket socket;
    private final List<String> received = new ArrayList<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private volatile String closeReason;

    private StudentClient(WebSocket socket, Listener listener) {
        this.socket = socket;
    }

    /** Connects to the class server's WebSocket with {@code code}; fails as the handshake does. */
    public static StudentClient connect(HttpClient http, String baseUrl, String code) {
        Listener listener = new Listener();
        URI uri = URI.create(baseUrl.replaceFirst("^http", "ws") + "ws?code=" + code);
        WebSocket ws = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10)).buildAsync(uri, listener)
                .orTimeout(20, TimeUnit.SECONDS).join();
        StudentClient c = new StudentClient(ws, listener);
        listener.attach(c);
        return c;
    }

    public StudentClient send(String json) {
        socket.sendText(json, true).orTimeout(20, TimeUnit.SECONDS).join();
        return this;
    }

    public StudentClient join(String name) {
        return send("{\"type\": \"join\", \"name\": " + quote(name) + "}");
    }

    public StudentClient answer(String question, String value) {
        return send("{\"type\": \"answer\", \"question\": " + quote(question) + ", \"value\": " + quote(value) + "}");
    }

    /** Waits for the first message (not yet taken by an earlier wait) of {@code type}; returns its JSON. */
    public String await(String type) {
        return await(type, Duration.ofSeconds(20));
    }

    private int taken;

    public String await(String type, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (received) {
            while (true) {
                for (int i = taken; i < received.size(); i++) {
                    if (received.get(i).startsWith("{\"type\":\"" + type + "\"")) {
                        taken = i + 1;
                        return received.get(i);
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no '" + type + "' message within " + timeout + "; received: " + received
                            + (closed.isDone() ? "; closed with " + closed.join() + " " + closeReason : ""));
                }
                try {
                    received.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }
    }

    /** Every message received so far. */
    public List<String> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    /** The close code the server sent (waits for it). */
    public int awaitClosed(Duration timeout) {
        return closed.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).join();
    }

    public String closeReason() {
        return closeReason;
    }

    public boolean isClosed() {
        return closed.isDone();
    }

    /** Drops the connection without a closing handshake, as a phone that loses its network does. */
    public void abort() {
        socket.abort();
    }

    @Override
    public void close() {
        socket.abort();
    }

    /** A JSON string field of a message, or null. */
    public static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\":\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static final class Listener implements WebSocket.Listener {
        StudentClient owner;
        private final StringBuilder partial = new StringBuilder();
        private final List<String> early = new ArrayList<>();

        synchronized void attach(StudentClient c) {
            owner = c;
            synchronized (c.received) {
                c.received.addAll(early);
                c.received.notifyAll();
            }
            early.clear();
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                deliver(partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        private synchronized void deliver(String message) {
            if (owner == null) {
                early.add(message);
                return;
            }
            synchronized (owner.received) {
                owner.received.add(message);
                owner.received.notifyAll();
            }
        }

        @Override
        public synchronized CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            if (owner != null) {
                owner.closeReason = reason;
                owner.closed.complete(statusCode);
            }
            return null;
        }

        @Override
        public synchronized void onError(WebSocket webSocket, Throwable error) {
            if (owner != null) {
                owner.closeReason = String.valueOf(error);
                owner.closed.complete(-1);
            }
        }
    }
}
