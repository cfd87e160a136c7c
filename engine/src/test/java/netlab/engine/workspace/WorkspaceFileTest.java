package netlab.engine.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import netlab.engine.files.FileProblem;
import netlab.engine.lab.ClientSpec;
import netlab.engine.lab.RelaySpec;
import netlab.engine.lab.ServerSpec;
import netlab.engine.lab.TransportKind;
import netlab.engine.net.HostPort;
import netlab.engine.relay.SplitMode;
import netlab.engine.script.ScriptFile;
import netlab.engine.transport.MulticastOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workspace files: the shipped example reads, what is written reads back the same, a newer one is refused with the reason. */
class WorkspaceFileTest {
    @TempDir
    Path dir;

    @Test
    void theExampleHoldsAServerWithRulesARelayAndAClient() {
        Workspace w = WorkspaceFile.read(Path.of("../examples/ping-pong.netlab-workspace.json"));
        assertThat(w.servers()).hasSize(1);
        assertThat(w.servers().get(0).rules().rules()).hasSize(2);
        assertThat(w.relays().get(0).split()).isEqualTo(SplitMode.fixed(3));
        assertThat(w.relays().get(0).target()).isEqualTo(new HostPort("127.0.0.1", 10000));
        assertThat(w.clients().get(0).parts()).hasSize(2);
    }

    @Test
    void aBenchWrittenReadsBackTheSame() throws Exception {
        Workspace w = Workspace.of(List.of(
                ServerSpec.builder().port(0).rules(netlab.engine.rules.RulesFile.read(Path.of("../examples/ping-pong.rules.json"))).build(),
                ServerSpec.builder().transport(TransportKind.UDP).port(0).build(),
                ServerSpec.builder().transport(TransportKind.UDP).port(0).reuse(new netlab.engine.transport.ReuseOptions(true, false)).build(),
                RelaySpec.builder().port(0).target(new HostPort("127.0.0.1", 10000)).split(SplitMode.random(1, 8)).seed(42).build(),
                ClientSpec.builder().target(new HostPort("127.0.0.1", 10001)).parts(List.of(netlab.engine.bytes.Bytes.utf8("hi\n"),
                        netlab.engine.bytes.Bytes.of((byte) 0xff, (byte) 0))).halfClose(true).build(),
                "an experiment's spec is not part of a bench"),
                List.of(ScriptFile.read(Path.of("../examples/ping-pong.script.json"))));
        Path file = dir.resolve("bench" + WorkspaceFile.SUFFIX);
        Files.writeString(file, WorkspaceFile.toJson(w));
        assertThat(WorkspaceFile.read(file)).isEqualTo(w);
    }

    @Test
    void udpGroupsBroadcastAndTheSourceAreSavedAndReadBack() throws Exception {
        ServerSpec joined = ServerSpec.builder().transport(TransportKind.UDP).host("239.1.2.3").port(0)
                .multicast(MulticastOptions.DEFAULTS.joining("239.1.2.3").withLoop(false)).build();
        ClientSpec toGroup = ClientSpec.builder().transport(TransportKind.UDP).target(new HostPort("239.1.2.3", 9999))
                .multicast(MulticastOptions.DEFAULTS.withTtl(4).withLoop(false)).build();
        ClientSpec broadcast = ClientSpec.builder().transport(TransportKind.UDP).target(new HostPort("127.255.255.255", 9999))
                .broadcast(true).source(java.util.Optional.of(new HostPort("127.0.0.1", 0))).build();
        ClientSpec fromSource = ClientSpec.builder().target(new HostPort("127.0.0.1", 10000))
                .source(java.util.Optional.of(new HostPort("127.0.0.2", 40000))).build();
        Workspace w = Workspace.of(List.of(joined, toGroup, broadcast, fromSource), List.of());
        Path file = dir.resolve("udp" + WorkspaceFile.SUFFIX);
        String json = WorkspaceFile.toJson(w);
        assertThat(json).contains("\"join\" : \"239.1.2.3\"", "\"multicast_ttl\" : 4", "\"broadcast\" : true",
                "\"source_host\" : \"127.0.0.2\"", "\"source_port\" : 40000");
        Files.writeString(file, json);
        Workspace back = WorkspaceFile.read(file);
        assertThat(back).isEqualTo(w);
        assertThat(back.servers().get(0).multicast().join()).isPresent();
        assertThat(back.clients().get(1).broadcast()).isTrue();

        Files.writeString(file, "{\"format\": \"netlab-workspace\", \"version\": 1,\n \"servers\": [\n  {\"transport\": \"udp\", \"host\": \"0.0.0.0\", \"join\": \"10.0.0.1\"}]}");
        assertThat(catchThrowable(() -> WorkspaceFile.read(file))).isInstanceOf(FileProblem.class)
                .hasMessageStartingWith(file + ":3: servers[0]: '10.0.0.1' is not a multicast group");
    }

    @Test
    void aNewerVersionIsRefusedWithTheReasonAndAWrongFieldWithItsLine() throws Exception {
        Path file = dir.resolve("w.json");
        Files.writeString(file, "{\"format\": \"netlab-workspace\", \"version\": 3, \"servers\": [], \"windows\": {}}");
        assertThat(catchThrowable(() -> WorkspaceFile.read(file))).isInstanceOf(FileProblem.class).hasMessage(file
                + ":1: version: this workspace is format version 3, made by a newer NetLab; this NetLab reads version 2: update NetLab to open it");
        Files.writeString(file, "{\"format\": \"netlab-workspace\", \"version\": 1,\n \"servers\": [\n  {\"port\": 70000}]}");
        assertThat(catchThrowable(() -> WorkspaceFile.read(file))).hasMessage(file + ":3: servers[0].port: 70000 is out of range 0..65535");
        Files.writeString(file, "{\"format\": \"netlab-workspace\", \"version\": 1,\n \"servers\": [\n  {\"transport\": \"udp\", \"behavior\": \"once\"}]}");
        assertThat(catchThrowable(() -> WorkspaceFile.read(file))).hasMessageStartingWith(file + ":3: servers[0]: a UDP server echoes datagrams");
        Files.writeString(file, "{\"format\": \"netlab-rules\", \"rules\": []}");
        assertThat(catchThrowable(() -> WorkspaceFile.read(file))).hasMessageContaining("this is not a NetLab workspace");
    }

    @Test
    void theWindowsLayoutIsSavedAndReadBackAndAVersion1FileHasNone() throws Exception {
        Path file = dir.resolve("layout.json");
        Workspace w = Workspace.of(List.of(ServerSpec.builder().port(0).build()), List.of())
                .withLayout(new WorkspaceLayout("timeline", false, true, "stream-echo-relay"));
        Files.writeString(file, WorkspaceFile.toJson(w));
        assertThat(Files.readString(file)).contains("\"version\" : 2", "\"layout\"", "\"banner_folded\" : true");
        assertThat(WorkspaceFile.read(file)).isEqualTo(w);

        Files.writeString(file, "{\"format\": \"netlab-workspace\", \"version\": 1, \"servers\": [{\"port\": 0}]}");
        assertThat(WorkspaceFile.read(file).layout()).isEmpty();

        Files.writeString(file, "{\"format\": \"netlab-workspace\", \"version\": 2,\n \"layout\": {\"view\": \"Time line!\"}}");
        assertThat(catchThrowable(() -> WorkspaceFile.read(file))).isInstanceOf(FileProblem.class)
                .hasMessageContaining(":2:").hasMessageContaining("a view is named by its id");
        Files.writeString(file, "{\"format\": \"netlab-workspace\", \"version\": 2,\n \"layout\": {\"zoom\": 2}}");
        assertThat(catchThrowable(() -> WorkspaceFile.read(file))).isInstanceOf(FileProblem.class).hasMessageContaining("unknown field");
    }
}
