package netlab.ui.panes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import netlab.engine.bytes.Bytes;
import netlab.engine.event.EventSubscription;
import netlab.engine.event.LabEvent;
import netlab.engine.lab.ClientEndpoint;
import netlab.engine.lab.ClientSpec;
import netlab.engine.lab.Lab;
import netlab.engine.lab.ServerEndpoint;
import netlab.engine.lab.ServerSpec;
import netlab.engine.lab.TransportKind;
import netlab.ui.i18n.I18n;
import org.junit.jupiter.api.Test;

/**
 * udp-echo's client and the datagram server it sends to, over real UDP sockets: the client's row
 * holds the server's socket pane (the server is in this lab), and each side counts its datagrams
 * (12 bytes each way: one read, one write).
 */
class DatagramRowTest {
    private static final Duration T = Duration.ofSeconds(30);

    @Test
    void aDatagramClientSharesARowWithTheServerItSendsToAndCountsDatagrams() throws Exception {
        try (Lab lab = new Lab()) {
            EventSubscription events = lab.events().subscribe("panes", 65_536);
            ServerEndpoint server = lab.startServer(ServerSpec.builder().host("127.0.0.1").port(0).transport(TransportKind.UDP).build()).get(T);
            ClientEndpoint client = lab.startClient(ClientSpec.builder().host("127.0.0.1").port(server.port()).transport(TransportKind.UDP)
                    .parts(List.of(Bytes.utf8("Hello World!"))).build()).get(T);
            client.finished().get(T);
            server.stop().get(T);

            PanesModel panes = new PanesModel(new LineFormatter(new I18n(Locale.ENGLISH)));
            List<LabEvent> all = new java.util.ArrayList<>();
            events.drainTo(all, Integer.MAX_VALUE);
            all.forEach(panes::accept);
            panes.commit();

            ConversationRow row = panes.rows().stream()
                    .filter(r -> r.client() != null && r.client().kind() == PaneKind.CLIENT && r.client().connection() != null)
                    .findFirst().orElseThrow();
            assertThat(row.server()).as("the server's socket pane beside its client").isNotNull();
            assertThat(row.server().kind()).isEqualTo(PaneKind.SERVER_CONNECTION);
            PaneModel c = row.client();
            assertThat(List.of(c.writesProperty().get(), c.bytesOutProperty().get(), c.readsProperty().get(), c.bytesInProperty().get()))
                    .as("client: writes, bytes out, reads, bytes in").containsExactly(1L, 12L, 1L, 12L);
            PaneModel s = row.server();
            assertThat(List.of(s.readsProperty().get(), s.bytesInProperty().get(), s.writesProperty().get(), s.bytesOutProperty().get()))
                    .as("server: reads, bytes in, writes, bytes out").containsExactly(1L, 12L, 1L, 12L);
        }
    }
}
