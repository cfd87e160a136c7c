package netlab.app.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import netlab.engine.pcap.PcapExport;
import netlab.engine.record.Recording;
import netlab.engine.record.RecordingException;
import netlab.engine.record.RecordingReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "pcap", sortOptions = false,
        description = {"Export one TCP connection of a recorded session as a pcap file for Wireshark or tshark:",
                "each write and read becomes a segment, numbered from the byte offsets, with the handshake, FINs",
                "and resets where the recording saw them. Without --connection it lists the connections."},
        footer = {"", "Examples:",
                "  ./netlab pcap session.netlab.jsonl                       the connections in it",
                "  ./netlab pcap session.netlab.jsonl --connection server-1/1 -o echo.pcap",
                "  tshark -r echo.pcap -q -z follow,tcp,ascii,0"})
final class PcapCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "A session file.")
    Path file;

    @Option(names = {"-c", "--connection"}, paramLabel = "ID", description = "The connection to export, e.g. server-1/1 (see the list).")
    String connection;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Where to write it (default: the session file's name with the connection and .pcap).")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Recording r;
        try {
            r = new RecordingReader().read(file);
        } catch (RecordingException e) {
            err.println("netlab pcap: " + e.getMessage());
            err.flush();
            return ExitCodes.FAILED;
        }
        r.notes().forEach(n -> err.println("netlab pcap: " + n));
        List<PcapExport.Connection> connections = PcapExport.connections(r.events());
        if (connection == null) {
            if (connections.isEmpty()) {
                err.println("netlab pcap: " + file + " holds no TCP connection");
                err.flush();
                return ExitCodes.FAILED;
            }
            stdout.println("TCP connections in " + file + " (export one with --connection ID):");
            connections.forEach(c -> stdout.println("  " + c));
            stdout.flush();
            return ExitCodes.OK;
        }
        if (connections.stream().noneMatch(c -> c.id().equals(connection))) {
            throw new CliException("no TCP connection '" + connection + "' in " + file + "; there are: "
                    + String.join(", ", connections.stream().map(PcapExport.Connection::id).toList()));
        }
        Path target = out != null ? out : Path.of(file.getFileName().toString().replaceAll("(\\.netlab)?\\.jsonl?$", "")
                + "-" + connection.replace('/', '_') + ".pcap");
        PcapExport.Result result;
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(target))) {
            result = PcapExport.write(r.events(), connection, r.header().labStarted(), o);
        }
        result.notes().forEach(n -> err.println("netlab pcap: " + n));
        stdout.println("wrote " + result.packets() + " packets of " + connection + " (" + result.bytesOut() + " bytes sent, "
                + result.bytesIn() + " received) to " + target);
        stdout.println("open it with: wireshark " + target + "   or: tshark -r " + target + " -q -z follow,tcp,ascii,0");
        stdout.flush();
        return ExitCodes.OK;
    }
}
