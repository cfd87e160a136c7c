package netlab.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import netlab.engine.lab.ClientSpec;
import netlab.engine.lab.TransportKind;
import netlab.engine.bytes.Bytes;
import netlab.engine.event.Origin;
import netlab.engine.event.Role;
import netlab.engine.experiments.Dial;
import netlab.engine.loop.EventLoop;
import netlab.engine.stream.StreamPair;

/**
 * {@code connect --char}: a telnet-style session. Keystrokes go to the server the moment they are
 * typed — the terminal is put in non-canonical mode (no line editing, no local echo) through
 * {@code stty} on {@code /dev/tty}, and restored on the way out — and whatever the server sends is
 * shown as it arrives, as raw text. When stdin is not a terminal (a pipe, a file) it falls back to
 * lines: each line, with its newline, is one write. Ctrl-D or Ctrl-] (or the end of stdin) ends the
 * session with a half-close; the server closing ends it too.
 */
final class InteractiveClient {
    private static final int CTRL_D = 4;
    private static final int CTRL_BRACKET = 29;

    private final PrintWriter out;
    private final PrintWriter err;
    private final Verbosity verbosity;

    private final Session.Recording recording;

    InteractiveClient(PrintWriter out, PrintWriter err, Verbosity verbosity, Session.Recording recording) {
        this.out = out;
        this.err = err;
        this.verbosity = verbosity;
        this.recording = recording;
    }

    int run(ClientSpec spec) throws Exception {
        if (spec.transport() == TransportKind.UDP) {
            throw new CliException("--char needs a stream: not with --udp");
        }
        boolean tty = Terminal.stdinIsTerminal();
        try (Session session = new Session(out, verbosity, recording)) {
            session.handleSignals();
            EventLoop loop = session.lab().loop();
            Origin origin = Origin.endpoint("client-1", Role.CLIENT, "telnet");
            Dial dial = netlab.engine.lab.ClientEndpoint.dial(loop, "client-1", "telnet", spec);
            StreamPair streams;
            try {
                streams = session.lab().onLoop(dial::openStreams).get(Duration.ofSeconds(30));
            } catch (RuntimeException e) {
                err.println("netlab connect: cannot connect to " + dial.where() + ": " + e);
                err.flush();
                return ExitCodes.FAILED;
            }
            err.println("Connected to " + dial.where() + (tty ? ". Keystrokes are sent as typed; Ctrl-D or Ctrl-] ends."
                    : ". Sending stdin line by line."));
            err.flush();
            CompletableFuture<Void> serverClosed = new CompletableFuture<>();
            session.lab().onLoop(() -> loop.createTask("telnet screen", origin, () -> {
                try {
                    while (true) {
                        Bytes data = streams.reader().read(4096).await();
                        if (data.isEmpty()) {
                            return null;
                        }
                        synchronized (out) {
                            out.print(data.decode(StandardCharsets.ISO_8859_1));
                            out.flush();
                        }
                    }
                } finally {
                    serverClosed.complete(null);
                }
            }));
            CompletableFuture<Void> inputEnded = new CompletableFuture<>();
            Terminal.Mode saved = tty ? Terminal.characterMode() : null;
            try {
                Thread input = new Thread(() -> {
                    try {
                        pump(System.in, tty, bytes -> loop.callSoonThreadsafe(() -> streams.writer().write(bytes)));
                    } finally {
                        inputEnded.complete(null);
                    }
                }, "netlab-keystrokes");
                input.setDaemon(true);
                input.start();
                // the first of: the server closes, the person stops typing, a signal
                CompletableFuture.anyOf(serverClosed, inputEnded, session.signal()).get();
                if (!serverClosed.isDone() && !session.wasInterrupted()) {
                    // we are done typing: half-close and let the server have the last word
                    session.lab().onLoop(() -> {
                        if (streams.writer().canWriteEof()) {
                            streams.writer().writeEof();
                        }
                        return streams.writer().drain();
                    }).get(Duration.ofSeconds(10));
                    try {
                        serverClosed.get(2, TimeUnit.SECONDS);
                    } catch (java.util.concurrent.TimeoutException e) {
                        // the server keeps its connection open: we close ours below
                    }
                }
                session.lab().onLoop(() -> {
                    streams.writer().close();
                    return streams.writer().waitClosed();
                }).get(Duration.ofSeconds(10));
            } finally {
                Terminal.restore(saved);
            }
            out.println();
            session.main().debug("closing event loop");
        }
        return ExitCodes.OK;
    }

    /** Copies stdin to the server: a byte per write from a terminal, a line per write otherwise. */
    private static void pump(InputStream in, boolean tty, java.util.function.Consumer<Bytes> send) {
        try {
            if (tty) {
                int b;
                while ((b = in.read()) >= 0 && b != CTRL_D && b != CTRL_BRACKET) {
                    send.accept(Bytes.of((byte) b));
                }
                return;
            }
            java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
            int b;
            while ((b = in.read()) >= 0) {
                line.write(b);
                if (b == '\n') {
                    send.accept(Bytes.wrap(line.toByteArray()));
                    line.reset();
                }
            }
            if (line.size() > 0) {
                send.accept(Bytes.wrap(line.toByteArray()));
            }
        } catch (IOException e) {
            // stdin went away: the session ends as at EOF
        }
    }
}
