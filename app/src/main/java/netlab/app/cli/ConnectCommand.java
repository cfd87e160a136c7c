package netlab.app.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import netlab.engine.bench.ClientEndpoint;
import netlab.engine.bench.ClientSpec;
import netlab.engine.bench.EndpointState;
import netlab.engine.bench.ServerSpec;
import netlab.engine.bytes.ByteInput;
import netlab.engine.bytes.Bytes;
import netlab.engine.experiments.StreamEchoClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

@Command(name = "connect", sortOptions = false,
        description = {"Run the stream echo client (seed 000): send the parts as separate writes,",
                "optionally half-close, then read chunks until the server closes."})
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

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        ClientSpec client;
        try {
            ByteInput.Mode mode = ByteInput.Mode.valueOf(input.toUpperCase(java.util.Locale.ROOT));
            List<Bytes> bytes = new ArrayList<>();
            for (String part : parts) {
                bytes.add(ByteInput.parse(part, mode));
            }
            client = new ClientSpec(host, port, bytes.isEmpty() ? StreamEchoClient.SEED_MESSAGES : bytes,
                    Duration.ofMillis(pauseMs), eof, readSize);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
        EndpointState end;
        try (Session session = new Session(spec.commandLine().getOut(), output.verbosity())) {
            session.handleSignals();
            ClientEndpoint endpoint = session.lab().startClient(client).get(Duration.ofSeconds(30));
            while (!endpoint.finished().done()) {
                if (session.awaitSignal(Duration.ofMillis(100))) {
                    endpoint.stop().get(Duration.ofSeconds(10));
                }
            }
            end = endpoint.state();
            session.main().debug("closing event loop");
        }
        if (end == EndpointState.FAILED) {
            spec.commandLine().getErr().println("netlab connect: the client failed against " + host + " port " + port
                    + " (see the error above; is a server listening? try: ./netlab serve --port " + port + ")");
            return ExitCodes.FAILED;
        }
        return end == EndpointState.FINISHED ? ExitCodes.OK : ExitCodes.INTERRUPTED;
    }
}
