package netlab.app.cli;

import java.time.Duration;
import java.util.concurrent.Callable;

import netlab.engine.bench.ServerBehavior;
import netlab.engine.bench.ServerEndpoint;
import netlab.engine.bench.ServerSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", sortOptions = false,
        description = {"Run a stream echo server (seed 000) until SIGINT or SIGTERM.",
                "Prints 'main: starting up on HOST port PORT' once it listens, then every log line."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--host", defaultValue = ServerSpec.DEFAULT_HOST, description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 or :: listen on all interfaces).")
    String host;

    @Option(names = "--port", defaultValue = "" + ServerSpec.DEFAULT_PORT, description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one and prints it).")
    int port;

    @Option(names = "--read-size", defaultValue = "" + ServerSpec.DEFAULT_READ_SIZE, description = "The most one reader.read(n) returns (default: ${DEFAULT-VALUE}).")
    int readSize;

    @Option(names = "--behavior", defaultValue = "echo", description = "What the server does with each connection: echo (default).")
    String behavior;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        ServerSpec server;
        try {
            server = new ServerSpec(host, port, readSize, ServerBehavior.byId(behavior));
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
        try (Session session = new Session(spec.commandLine().getOut(), output.verbosity())) {
            ServerEndpoint endpoint;
            try {
                endpoint = session.lab().startServer(server).get(Duration.ofSeconds(30));
            } catch (RuntimeException e) {
                session.close();
                spec.commandLine().getErr().println("netlab serve: cannot listen on " + host + " port " + port + ": " + e);
                spec.commandLine().getErr().flush();
                return ExitCodes.FAILED;
            }
            session.handleSignals();
            session.awaitSignal();
            endpoint.stop().get(Duration.ofSeconds(10));
            session.main().debug("closing event loop");
        }
        return ExitCodes.OK;
    }
}
