package netlab.app.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import netlab.engine.net.UnixPath;
import netlab.engine.lab.ClientBehavior;
import netlab.engine.lab.ClientEndpoint;
import netlab.engine.lab.TlsTrust;
import netlab.engine.lab.TransportKind;
import netlab.engine.experiments.StreamLines;
import netlab.engine.stream.ReadMode;
import netlab.engine.lab.ClientSpec;
import netlab.engine.lab.EndpointState;
import netlab.engine.lab.Limits;
import netlab.engine.lab.ServerSpec;
import netlab.engine.bytes.ByteInput;
import netlab.engine.bytes.Bytes;
import netlab.engine.experiments.StreamEchoClient;
import netlab.engine.transport.MulticastOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

@Command(name = "connect", sortOptions = false,
        description = {"Run one of the seeds' clients: seed 000's echo client by default (send the parts as separate",
                "writes, optionally half-close, then read until the server closes), over TCP, TLS, UDP or a Unix",
                "socket; or, with --char, type to the server a keystroke at a time, as telnet does."})
final class ConnectCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--host", defaultValue = ServerSpec.DEFAULT_HOST, description = "Server address (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "" + ServerSpec.DEFAULT_PORT, description = "Server port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--part", paramLabel = "TEXT", description = "One write; repeat for more (default: the seed's three parts).")
    List<String> parts = new ArrayList<>();

    @Option(names = "--input", defaultValue = "text", paramLabel = "text|escaped|hex",
            description = "How to read each --part: text (UTF-8, default), escaped (Python escapes such as \\n \\x00), hex.")
    String input;

    @Option(names = "--pause", defaultValue = "0", paramLabel = "MS", description = "Pause between parts, in milliseconds (default: 0).")
    long pauseMs;

    @Option(names = "--eof", description = "Half-close (write_eof) after the last part, as the seed does. Without it the echo server never sees EOF.")
    boolean eof;

    @Option(names = "--read-size", defaultValue = "" + ServerSpec.DEFAULT_READ_SIZE, description = "Bytes per reader.read(n) (default: ${DEFAULT-VALUE}).")
    int readSize;

    @Option(names = "--read", paramLabel = "chunk:N|line|exactly:N|until:SEP",
            description = "How to read the reply: read(N) chunks (default, N = --read-size), readline(), readexactly(N), readuntil(SEP) (SEP in Python escapes).")
    String read;

    @Option(names = "--behavior", defaultValue = "echo", paramLabel = "echo|once|lines|protocol|keys",
            description = "Which seed client: echo (000, default), once (001 #11), lines (003), protocol (001 #8), keys (telnet-style, one write per byte).")
    String behavior;

    @Option(names = "--udp", description = "Send the message as one UDP datagram (seed 001 #9's client).")
    boolean udp;

    @Option(names = "--unix", paramLabel = "PATH", description = "Connect to a Unix domain socket at PATH instead of TCP.")
    java.nio.file.Path unix;

    @Option(names = "--tls", description = "TLS. The server's certificate must be trusted: --cafile FILE, or --insecure to skip verification.")
    boolean tls;

    @Option(names = "--cafile", paramLabel = "FILE", description = "With --tls: trust the certificate(s) in this PEM file (what `serve --tls` prints).")
    java.nio.file.Path cafile;

    @Option(names = "--insecure", description = "With --tls: skip verifying the server's certificate and name.")
    boolean insecure;

    @Option(names = "--timeout", defaultValue = "10", paramLabel = "SECONDS",
            description = "Give up connecting after this long: TimeoutError (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--char", description = "Interactive, telnet-style: send every keystroke from the terminal as it is typed and show what comes back (line by line when stdin is not a terminal). Ctrl-D or Ctrl-] ends.")
    boolean interactive;

    @Option(names = "--multicast-ttl", defaultValue = "" + MulticastOptions.DEFAULT_TTL, paramLabel = "N",
            description = "With --udp to a multicast group (--host 239.1.2.3): the TTL / hop limit, 0..255 (default: ${DEFAULT-VALUE}).")
    int multicastTtl;

    @Option(names = "--multicast-loop", defaultValue = "true", negatable = true, fallbackValue = "true",
            description = "With --udp to a group: this host hears what is sent (IP_MULTICAST_LOOP; default: on).")
    boolean multicastLoop;

    @Option(names = "--interface", defaultValue = MulticastOptions.DEFAULT_INTERFACE, paramLabel = "NAME",
            description = "With --udp to a group: the interface to send from (default: ${DEFAULT-VALUE}).")
    String multicastInterface;

    @Option(names = "--source", paramLabel = "HOST[:PORT]",
            description = "Connect or send from this local IP address (and port; default: any), e.g. 127.0.0.2 or [::1]:5000.")
    String source;

    @Option(names = "--broadcast", description = "With --udp: allow sending to a broadcast address (SO_BROADCAST); without it the kernel refuses (PermissionError).")
    boolean broadcast;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        ClientSpec client;
        try {
            ByteInput.Mode mode = ByteInput.Mode.byId(input);
            List<Bytes> bytes = new ArrayList<>();
            for (String part : parts) {
                bytes.add(ByteInput.parse(part, mode));
            }
            if ((udp ? 1 : 0) + (unix != null ? 1 : 0) + (tls ? 1 : 0) > 1) {
                throw new IllegalArgumentException("choose one of --udp, --unix and --tls");
            }
            if ((cafile != null || insecure) && !tls) {
                throw new IllegalArgumentException("--cafile and --insecure go with --tls");
            }
            TransportKind kind = udp ? TransportKind.UDP : unix != null ? TransportKind.UNIX : tls ? TransportKind.TLS : TransportKind.TCP;
            TlsTrust trust = insecure ? TlsTrust.INSECURE : cafile != null ? TlsTrust.cafile(cafile) : TlsTrust.SYSTEM;
            if (cafile != null) {
                trust.options(); // a missing or malformed file is a usage error, said now
            }
            ClientBehavior b = ClientBehavior.byId(behavior);
            List<Bytes> message = !bytes.isEmpty() ? bytes
                    : b == ClientBehavior.LINES ? StreamLines.SEED_LINES
                    : b == ClientBehavior.ECHO && kind != TransportKind.UDP ? StreamEchoClient.SEED_MESSAGES
                    : List.of(Bytes.utf8("Hello World!"));
            if (!(timeoutSeconds > 0 && timeoutSeconds <= Limits.MAX_CONNECT_TIMEOUT.toSeconds())) {
                throw new IllegalArgumentException("--timeout must be more than 0 and at most " + Limits.MAX_CONNECT_TIMEOUT.toSeconds()
                        + " seconds, was " + timeoutSeconds);
            }
            if (pauseMs < 0 || pauseMs > Limits.MAX_PAUSE_MILLIS) {
                throw new IllegalArgumentException("--pause must be 0.." + Limits.MAX_PAUSE_MILLIS + " ms, was " + pauseMs);
            }
            ClientSpec.Builder builder = ClientSpec.builder().transport(kind).host(host).port(port).parts(message)
                    .pause(Duration.ofMillis(pauseMs)).halfClose(eof).readSize(readSize).behavior(b).trust(trust)
                    .connectTimeout(Duration.ofNanos((long) (timeoutSeconds * 1e9)));
            if (read != null) {
                builder.read(ReadMode.parse(read));
            }
            if (unix != null) {
                builder.path(UnixPath.of(unix));
            }
            if (broadcast && !udp) {
                throw new IllegalArgumentException("--broadcast goes with --udp");
            }
            builder.broadcast(broadcast);
            if (source != null) {
                builder.source(java.util.Optional.of(sourceAddress(source)));
            }
            if (udp && MulticastOptions.isGroup(host)) {
                builder.multicast(new MulticastOptions(java.util.Optional.empty(), multicastInterface, multicastTtl, multicastLoop));
            } else if (multicastSaid()) {
                throw new IllegalArgumentException("--multicast-ttl, --multicast-loop and --interface go with --udp to a multicast group (--host 239.1.2.3)");
            }
            client = builder.build();
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
        if (interactive) {
            return new InteractiveClient(spec.commandLine().getOut(), spec.commandLine().getErr(), output.verbosity(),
                    output.recording(spec)).run(client);
        }
        EndpointState end;
        Throwable failure;
        try (Session session = new Session(spec.commandLine().getOut(), output.verbosity(), output.recording(spec))) {
            session.handleSignals();
            ClientEndpoint endpoint = session.lab().startClient(client).get(Duration.ofSeconds(30));
            if (!session.awaitDoneOrSignal(endpoint.finished())) {
                endpoint.stop().get(Duration.ofSeconds(10));
            }
            end = endpoint.state();
            failure = endpoint.failure();
            session.main().debug("closing event loop");
        }
        if (end == EndpointState.FAILED || end == EndpointState.FINISHED && failure != null) {
            // a datagram that was never sent, or refused, is a failure too, as a refused connection is
            String hint = ConnectHints.after(failure, client.transport(), host, port, unix);
            spec.commandLine().getErr().println("netlab connect: the client failed against "
                    + (unix != null ? unix.toString() : host + " port " + port)
                    + " (see the error above" + (hint == null ? ")" : "; " + hint + ")"));
            return ExitCodes.FAILED;
        }
        return end == EndpointState.FINISHED ? ExitCodes.OK : ExitCodes.INTERRUPTED;
    }

    private boolean multicastSaid() {
        var parsed = spec.commandLine().getParseResult();
        return parsed.hasMatchedOption("--multicast-ttl") || parsed.hasMatchedOption("--multicast-loop")
                || parsed.hasMatchedOption("--interface");
    }

    /** {@code HOST}, {@code HOST:PORT}, {@code [V6]:PORT} or a bare IPv6 address as a host and port (0: any). */
    static netlab.engine.net.HostPort sourceAddress(String text) {
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("--source: '" + text + "' lacks the closing ]");
            }
            String rest = text.substring(close + 1);
            return new netlab.engine.net.HostPort(text.substring(1, close), rest.isEmpty() ? 0 : sourcePort(rest.substring(1)));
        }
        int colon = text.indexOf(':');
        if (colon < 0 || text.indexOf(':', colon + 1) >= 0) {
            return new netlab.engine.net.HostPort(text, 0);
        }
        return new netlab.engine.net.HostPort(text.substring(0, colon), sourcePort(text.substring(colon + 1)));
    }

    private static int sourcePort(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--source: '" + text + "' is not a port number");
        }
    }
}
