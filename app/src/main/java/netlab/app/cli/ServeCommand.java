package netlab.app.cli;

import java.util.concurrent.Callable;

import netlab.engine.net.UnixPath;
import netlab.engine.lab.Limits;
import netlab.engine.lab.ServerBehavior;
import netlab.engine.lab.ServerSpec;
import netlab.engine.lab.TransportKind;
import netlab.engine.rules.RulesFile;
import netlab.engine.transport.MulticastOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", sortOptions = false,
        description = {"Run one of the seeds' servers until SIGINT or SIGTERM: seed 000's stream echo by default.",
                "Prints the seed's start line once it listens ('main: starting up on HOST port PORT',",
                "'main: Serving on (HOST, PORT)'), then every log line."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--host", defaultValue = ServerSpec.DEFAULT_HOST, description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 or :: listen on all interfaces).")
    String host;

    @Option(names = "--port", defaultValue = "" + ServerSpec.DEFAULT_PORT, description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one and prints it).")
    int port;

    @Option(names = "--read-size", defaultValue = "" + ServerSpec.DEFAULT_READ_SIZE, description = "The most one reader.read(n) returns (default: ${DEFAULT-VALUE}).")
    int readSize;

    @Option(names = "--behavior", defaultValue = "echo", paramLabel = "echo|once|prefix|lines|protocol",
            description = {"What the server does with each connection: echo (seed 000, default), once (001 #11: read 100 bytes,",
                    "echo, close), prefix (003: answer 'echo:' + data), lines (003: echo 8192-byte reads),",
                    "protocol (001 #8: a protocol that echoes and closes)."})
    String behavior;

    @Option(names = "--udp", description = "A UDP echo server (seed 001 #9) instead of a stream server.")
    boolean udp;

    @Option(names = "--unix", paramLabel = "PATH", description = "Listen on a Unix domain socket at PATH instead of TCP.")
    java.nio.file.Path unix;

    @Option(names = "--tls", description = "TLS, with a self-signed certificate made on the fly; its PEM is written to a file that is printed, for clients to trust.")
    boolean tls;

    @Option(names = "--max-connections", defaultValue = "" + Limits.DEFAULT_MAX_CONNECTIONS, paramLabel = "N",
            description = "Live connections at most (default: ${DEFAULT-VALUE}); one more is reset at once and said in the log.")
    int maxConnections;

    @Option(names = "--rules", paramLabel = "FILE",
            description = "Answer by the rules in FILE (JSON, or YAML when it ends .yaml or .yml) instead of the behaviour: the first rule a message matches replies.")
    java.nio.file.Path rules;

    @Option(names = "--join", paramLabel = "GROUP",
            description = "With --udp: join the multicast GROUP (e.g. 239.1.2.3) and listen on its address (unless --host says 0.0.0.0).")
    String join;

    @Option(names = "--interface", defaultValue = MulticastOptions.DEFAULT_INTERFACE, paramLabel = "NAME",
            description = "With --join: the network interface to join on (default: ${DEFAULT-VALUE}, this host only).")
    String multicastInterface;

    @Option(names = "--reuse-address", description = "With --udp: SO_REUSEADDR (a TCP server has it already, as asyncio's).")
    boolean reuseAddress;

    @Option(names = "--reuse-port", description = "With --udp: SO_REUSEPORT, where the system has it: several servers on one port (each member of a group hears it all).")
    boolean reusePort;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        ServerSpec server;
        try {
            if ((udp ? 1 : 0) + (unix != null ? 1 : 0) + (tls ? 1 : 0) > 1) {
                throw new IllegalArgumentException("choose one of --udp, --unix and --tls");
            }
            TransportKind kind = udp ? TransportKind.UDP : unix != null ? TransportKind.UNIX : tls ? TransportKind.TLS : TransportKind.TCP;
            ServerBehavior b = ServerBehavior.byId(behavior);
            int size = b == ServerBehavior.LINES && readSize == ServerSpec.DEFAULT_READ_SIZE ? 8192 : readSize;
            ServerSpec.Builder builder = ServerSpec.builder().transport(kind).host(host).port(port).readSize(size).behavior(b)
                    .maxConnections(maxConnections);
            builder.reuse(new netlab.engine.transport.ReuseOptions(reuseAddress, reusePort));
            if (join != null) {
                if (!udp) {
                    throw new IllegalArgumentException("--join goes with --udp: only a UDP server joins a multicast group");
                }
                MulticastOptions multicast = MulticastOptions.DEFAULTS.joining(join).onInterface(multicastInterface);
                boolean hostSaid = spec.commandLine().getParseResult().hasMatchedOption("--host");
                builder.multicast(multicast).host(hostSaid ? host : multicast.join().get().getHostAddress());
            } else if (spec.commandLine().getParseResult().hasMatchedOption("--interface")) {
                throw new IllegalArgumentException("--interface goes with --join");
            }
            if (rules != null) {
                builder.rules(RulesFile.read(rules));
            }
            server = (unix != null ? builder.path(UnixPath.of(unix)) : builder).build();
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
        String where = unix != null ? unix.toString() : server.hostPort().host() + " port " + port;
        return ListenUntilSignal.run(spec, output, where,
                lab -> lab.startServer(server));
    }
}
