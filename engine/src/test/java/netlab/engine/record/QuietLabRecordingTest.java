package netlab.engine.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Duration;

import netlab.engine.event.EventKind;
import netlab.engine.lab.ClientSpec;
import netlab.engine.lab.ServerEndpoint;
import netlab.engine.pcap.PcapExport;
import netlab.engine.testing.LabBench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lab that runs quiet (a load run's lab: reads and writes counted, not published) and is
 * recorded all the same: the file says what it lacks, the reader says it, and a pcap of one of
 * its connections says where its capture has a hole. A recording is complete or says it is not.
 */
class QuietLabRecordingTest {
    private static final Duration T = Duration.ofSeconds(20);
    private final LabBench bench = new LabBench();
    @TempDir
    Path dir;

    @AfterEach
    void close() {
        bench.close();
    }

    @Test
    void aQuietLabsRecordingSaysItLacksTheCountedEventsAndThePcapSaysWhere() throws Exception {
        Path file = dir.resolve("quiet" + RecordingFormat.EXTENSION);
        bench.lab.events().setDetailed(false);
        RecordingWriter writer = RecordingWriter.start(bench.lab.events(), file,
                RecordingHeader.now(bench.lab.events().clock().startedAt(), "QuietLabRecordingTest"));
        ServerEndpoint server = bench.echoServer(128);
        bench.runClient(ClientSpec.seed(netlab.engine.net.HostPort.loopback(server.port())));
        bench.log.await(e -> e.kind() == EventKind.CONNECTION_LOST && e.origin().endpoint().equals(server.id()), T);
        bench.lab.stopAll().get(T);
        writer.close();

        Recording r = new RecordingReader().read(file);
        assertThat(r.complete()).isFalse();
        assertThat(r.notes()).anyMatch(n -> n.matches("\\d+ reads, writes and other detail events were counted, not recorded "
                + "\\(the lab ran quiet, as for a load run\\): their bytes are not in this file"));
        assertThat(r.events()).noneMatch(e -> e.kind() == EventKind.DATA_RECEIVED);

        String connection = PcapExport.connections(r.events()).stream().filter(c -> c.id().startsWith(server.id()))
                .findFirst().orElseThrow().id();
        PcapExport.Result pcap = PcapExport.write(r.events(), connection, r.header().labStarted(), new ByteArrayOutputStream());
        assertThat(pcap.notes()).anyMatch(n -> n.matches("bytes 0 to 46 received before the FIN are not in the recording .*hole there"));
    }
}
