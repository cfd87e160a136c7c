package netlab.app.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import netlab.engine.net.UnixPath;
import netlab.engine.net.HostPort;
import netlab.engine.net.Ports;
import netlab.engine.net.Address;
import netlab.engine.lab.RelaySpec;
import netlab.engine.lab.ServerSpec;
import netlab.engine.lab.TransportKind;
import netlab.engine.relay.SplitMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "relay", sortOptions = false,
        description = {"A re-chunking relay until SIGINT or SIGTERM: clients connect to it as to a server, and it",
                "forwards every byte to --to and back, cut into other chunks on the way (--split), each chunk",
                "waiting --delay, the whole under --rate. Half-closes and resets go on to the other side.",
                "With --udp it forwards datagrams whole and may delay, --drop and --reorder them instead."},
        footer = {"", "Examples:",
                "  ./netlab serve --port 10000 &",
                "  ./netlab relay --listen 10001 --to 127.0.0.1:10000 --split fixed:5 --delay 20",
                "  ./netlab connect --port 10001 --eof -v        the echo comes back 5 bytes at a time",
                "  ./netlab relay --listen 10001 --to 127.0.0.1:10000 --split random:1-8 --seed 7   (repeats exactly)",
                "  ./netlab relay --udp --listen 9998 --to 127.0.0.1:9999 --drop 0.3 --reorder 0.3 --seed 1"})
final class RelayCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--listen", paramLabel = "PORT", defaultValue = "10001", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one and prints it).")
    int port;

    @Option(names = "--host", defaultValue = ServerSpec.DEFAULT_HOST, description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--to", paramLabel = "HOST:PORT", description = "Where to forward to, e.g. 127.0.0.1:10000 or [::1]:10000.")
    String to;

    @Option(names = "--split", defaultValue = "none", paramLabel = "MODE",
            description = {"How to cut the bytes on the way: none (each read goes on as it came, default),",
                    "fixed:N (N bytes a chunk), random:MIN-MAX (seeded), byte (one at a time),",
                    "coalesce:MS (everything that comes within MS ms goes on as one write)."})
    String split;

    @Option(names = "--seed", description = "Seed of random splits, drops and reorders: the same seed repeats a run exactly (default: drawn and printed).")
    Long seed;

    @Option(names = "--delay", paramLabel = "MS", defaultValue = "0", description = "Each chunk (datagram) waits this long before it goes on (default: ${DEFAULT-VALUE}).")
    long delayMillis;

    @Option(names = "--rate", paramLabel = "BYTES/S", defaultValue = "0", description = "At most this many bytes a second each way (default: no limit).")
    long rate;

    @Option(names = "--hold", paramLabel = "MS", defaultValue = "200", description = "How long a fixed or random chunk waits for the rest of its bytes before it goes on short (default: ${DEFAULT-VALUE}).")
    long holdMillis;

    @Option(names = "--unix", paramLabel = "PATH", description = "Listen on a Unix domain socket at PATH instead of TCP.")
    Path unix;

    @Option(names = "--to-unix", paramLabel = "PATH", description = "Forward to the Unix domain socket at PATH instead of --to.")
    Path toUnix;

    @Option(names = "--udp", description = "Relay UDP datagrams instead of a byte stream.")
    boolean udp;

    @Option(names = "--drop", paramLabel = "P", defaultValue = "0", description = "UDP: the chance (0..1) a datagram is dropped.")
    double drop;

    @Option(names = "--reorder", paramLabel = "P", defaultValue = "0", description = "UDP: the chance (0..1) a datagram is held back and sent after the next one.")
    double reorder;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        RelaySpec relay = spec();
        return ListenUntilSignal.run(spec, output, unix != null ? unix.toString() : host + " port " + port,
                lab -> lab.startRelay(relay));
    }

    private RelaySpec spec() {
        try {
            if (udp && (unix != null || toUnix != null)) {
                throw new IllegalArgumentException("--udp relays datagrams between host ports: no --unix or --to-unix");
            }
            if ((to == null) == (toUnix == null)) {
                throw new IllegalArgumentException("say where to forward to: --to HOST:PORT or --to-unix PATH");
            }
            Address target = toUnix != null ? UnixPath.of(toUnix) : null;
            if (to != null) {
                int colon = to.lastIndexOf(':');
                if (colon <= 0 || colon == to.length() - 1) {
                    throw new IllegalArgumentException("--to takes HOST:PORT, e.g. 127.0.0.1:10000, was '" + to + "'");
                }
                int targetPort;
                try {
                    targetPort = Integer.parseInt(to.substring(colon + 1));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("--to: '" + to.substring(colon + 1) + "' is not a port");
                }
                target = new HostPort(to.substring(0, colon), Ports.checkConnect(targetPort));
            }
            RelaySpec.Builder relay = RelaySpec.builder().transport(udp ? TransportKind.UDP : TransportKind.TCP).host(host).port(port)
                    .target(target).split(SplitMode.parse(split)).delay(Duration.ofMillis(delayMillis)).rate(rate)
                    .hold(Duration.ofMillis(holdMillis)).drop(drop).reorder(reorder);
            if (unix != null) {
                relay.path(UnixPath.of(unix));
            }
            if (seed != null) {
                relay.seed(seed);
            }
            return relay.build();
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
    }
}
