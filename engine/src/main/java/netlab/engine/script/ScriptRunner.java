package netlab.engine.script;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import netlab.engine.bytes.ByteInput;
import netlab.engine.bytes.Bytes;
import netlab.engine.net.HostPort;
import netlab.engine.rules.Match;

/**
 * Runs a {@link Script} over a plain TCP socket on the calling thread: a script is a person at a
 * terminal, one step after the other, so it blocks where they would wait. Stops at the first step
 * that fails and says what had arrived; closes what it opened.
 */
public final class ScriptRunner {
    private static final int CONNECT_TIMEOUT_MS = 30_000;

    private final Script script;
    private final ScriptListener listener;
    private final Map<String, String> variables = new HashMap<>();
    private Socket socket;
    private Bytes unread = Bytes.EMPTY;
    private boolean eof;
    private int run;

    public ScriptRunner(Script script, ScriptListener listener) {
        this.script = script;
        this.listener = listener;
    }

    /** Runs every step; the result says whether all passed, or which failed and why. */
    public ScriptResult run() {
        try {
            return steps(script.steps(), "");
        } finally {
            closeQuietly();
        }
    }

    private ScriptResult steps(List<Step> steps, String prefix) {
        for (int i = 0; i < steps.size(); i++) {
            String number = prefix + (i + 1);
            Step step = steps.get(i);
            if (step instanceof Step.Repeat repeat) {
                listener.step(number, step, ScriptListener.Status.RUNNING, "");
                for (int round = 1; round <= repeat.times(); round++) {
                    ScriptResult inner = steps(repeat.steps(), number + "." + round + ".");
                    if (!inner.ok()) {
                        listener.step(number, step, ScriptListener.Status.FAILED, "round " + round + " failed");
                        return inner;
                    }
                }
                listener.step(number, step, ScriptListener.Status.PASSED, repeat.times() + " rounds");
                continue;
            }
            listener.step(number, step, ScriptListener.Status.RUNNING, "");
            run++;
            String failure;
            try {
                failure = one(step);
            } catch (IOException | IllegalArgumentException e) {
                failure = String.valueOf(e.getMessage() == null ? e : e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = "interrupted";
            }
            if (failure != null) {
                listener.step(number, step, ScriptListener.Status.FAILED, failure);
                return new ScriptResult(run, number, step.describe(), failure, unread);
            }
            listener.step(number, step, ScriptListener.Status.PASSED, "");
        }
        return ScriptResult.passed(run);
    }

    /** Runs one step: null when it passed, else why it failed. */
    private String one(Step step) throws IOException, InterruptedException {
        switch (step) {
            case Step.Connect c -> {
                HostPort to = c.to().or(script::to).orElseThrow(() -> new IllegalArgumentException(
                        "no address to connect to: give the step one, the script a \"to\", or --to HOST:PORT"));
                closeQuietly();
                socket = new Socket();
                socket.connect(new InetSocketAddress(to.host(), to.port()), CONNECT_TIMEOUT_MS);
                unread = Bytes.EMPTY;
                eof = false;
                return null;
            }
            case Step.Send s -> {
                for (int i = 0; i < s.parts().size(); i++) {
                    if (i > 0 && !s.pause().isZero()) {
                        Thread.sleep(s.pause());
                    }
                    Bytes data = ByteInput.parse(expand(s.parts().get(i)), s.mode());
                    connected().getOutputStream().write(data.toByteArray());
                    socket.getOutputStream().flush();
                    listener.sent(data);
                }
                return null;
            }
            case Step.Expect e -> {
                return expect(e);
            }
            case Step.Wait w -> {
                Thread.sleep(w.time());
                return null;
            }
            case Step.HalfClose h -> {
                connected().shutdownOutput();
                return null;
            }
            case Step.Close c -> {
                connected();
                closeQuietly();
                return null;
            }
            case Step.Repeat r -> throw new AssertionError("repeats are run by steps()");
        }
    }

    private String expect(Step.Expect e) throws IOException {
        Match.Compiled match = e.match().compiled();
        long deadline = System.nanoTime() + e.timeout().toNanos();
        InputStream in = connected().getInputStream();
        byte[] buffer = new byte[8192];
        while (true) {
            Match.Found found = match.find(unread);
            if (found != null) {
                unread = unread.slice(found.end());
                for (int i = 0; i < e.save().size(); i++) {
                    variables.put(e.save().get(i), i + 1 < found.captures().size() ? found.captures().get(i + 1) : "");
                }
                return null;
            }
            if (eof) {
                return "the server closed the connection before it came";
            }
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                return "nothing matched within " + e.timeout().toMillis() + " ms";
            }
            socket.setSoTimeout((int) Math.min(left, Integer.MAX_VALUE));
            try {
                int n = in.read(buffer);
                if (n < 0) {
                    eof = true;
                } else {
                    Bytes data = Bytes.of(buffer, 0, n);
                    listener.received(data);
                    unread = unread.concat(data);
                }
            } catch (SocketTimeoutException timeout) {
                return "nothing matched within " + e.timeout().toMillis() + " ms";
            }
        }
    }

    /** {@code text} with each {@code {{name}}} replaced by the variable an expect saved. */
    private String expand(String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (true) {
            int open = text.indexOf("{{", i);
            int close = open < 0 ? -1 : text.indexOf("}}", open + 2);
            if (close < 0) {
                return out.append(text, i, text.length()).toString();
            }
            String name = text.substring(open + 2, close).strip();
            String value = variables.get(name);
            if (value == null) {
                throw new IllegalArgumentException("no variable {{" + name + "}}: an expect saves it first (\"save\": [\"" + name + "\"])");
            }
            out.append(text, i, open).append(value);
            i = close + 2;
        }
    }

    private Socket connected() {
        if (socket == null || socket.isClosed()) {
            throw new IllegalArgumentException("not connected: a connect step comes first");
        }
        return socket;
    }

    private void closeQuietly() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing what the script is done with: nothing to do about a failure
            }
        }
    }

    /** The variables saved so far (for the window). */
    public List<String> variableNames() {
        return new ArrayList<>(variables.keySet());
    }
}
