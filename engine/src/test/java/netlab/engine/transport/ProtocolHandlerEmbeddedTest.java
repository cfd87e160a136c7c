package netlab.engine.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import netlab.engine.net.HostPort;
import netlab.engine.bytes.Bytes;
import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.engine.event.Role;
import netlab.engine.testing.RecordingProtocol;
import netlab.engine.testing.TestLoop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link ProtocolHandler} and {@link SocketTransport} on Netty's EmbeddedChannel: every read,
 * EOF and close is injected by hand, so the callback order and the events can be checked without
 * any timing. The handler runs on the test thread here (EmbeddedChannel has no thread of its own),
 * which is fine for a protocol that does not touch loop-only APIs; stream protocols, which start
 * tasks, need the real loop and are tested over sockets.
 */
class ProtocolHandlerEmbeddedTest {
    private final TestLoop t = new TestLoop();
    private final RecordingProtocol protocol = new RecordingProtocol();
    private final ConnectionGroup group = new ConnectionGroup("emb");
    private EmbeddedChannel channel;

    @AfterEach
    void close() {
        if (channel != null) {
            channel.finishAndReleaseAll();
        }
        t.close();
    }

    private EmbeddedChannel open(RecordingProtocol p) {
        ConnectionSetup setup = new ConnectionSetup(t.loop, "emb", Role.SERVER, peer -> "conn_" + ((netlab.engine.net.HostPort) peer).host(), () -> p,
                WaterMarks.DEFAULT, group, null);
        channel = new EmbeddedChannel(new ProtocolHandler(setup));
        return channel;
    }

    private static ByteBuf buf(String s) {
        return Unpooled.copiedBuffer(s, StandardCharsets.ISO_8859_1);
    }

    @Test
    void callbacksComeInAsyncioOrderWithOffsets() {
        EmbeddedChannel ch = open(protocol);
        ch.writeInbound(buf("abc"));
        ch.writeInbound(buf("defg"));
        ch.pipeline().fireUserEventTriggered(ChannelInputShutdownEvent.INSTANCE);
        // eof_received returned false: the transport closed itself
        assertThat(ch.isOpen()).isFalse();
        assertThat(protocol.calls()).containsExactly("connection_made", "data_received", "data_received", "eof_received",
                "connection_lost(None)");
        assertThat(protocol.received().utf8()).isEqualTo("abcdefg");
        assertThat(group.size()).isZero();
        assertThat(group.total()).isEqualTo(1);

        List<LabEvent> events = t.log.all();
        // eof_received returned false, so the transport closed itself: close() is reported as this side's call
        assertThat(events).extracting(LabEvent::kind).containsExactly(EventKind.CONNECTION_MADE, EventKind.DATA_RECEIVED,
                EventKind.DATA_RECEIVED, EventKind.EOF_RECEIVED, EventKind.CLOSE_CALLED, EventKind.CONNECTION_LOST);
        assertThat(events.get(1).offset()).isZero();
        assertThat(events.get(2).offset()).isEqualTo(3);
        assertThat(events.get(2).data()).isEqualTo(Bytes.utf8("defg"));
        assertThat(events.get(2).describe()).isEqualTo("data_received(b'defg') 4 bytes at 3");
        assertThat(events.get(3).offset()).isEqualTo(7);
        assertThat(events.get(5).text()).isEqualTo("connection_lost(None)");
        assertThat(events).allMatch(e -> e.origin().connection().equals("emb/1") && e.origin().label().equals("conn_embedded"));
    }

    @Test
    void keepOpenOnEofLeavesTheTransportWritable() {
        RecordingProtocol keeper = new RecordingProtocol().onEof(true, tr -> tr.write(Bytes.utf8("still here")));
        EmbeddedChannel ch = open(keeper);
        ch.pipeline().fireUserEventTriggered(ChannelInputShutdownEvent.INSTANCE);
        assertThat(ch.isOpen()).isTrue();
        ByteBuf out = ch.readOutbound();
        assertThat(out.toString(StandardCharsets.ISO_8859_1)).isEqualTo("still here");
        out.release();
        LabEvent sent = t.log.ofKind(EventKind.DATA_SENT).get(0);
        assertThat(sent.offset()).isZero();
        assertThat(sent.amount()).isEqualTo(10);
        ch.close();
        assertThat(keeper.calls()).containsExactly("connection_made", "eof_received", "connection_lost(None)");
    }

    @Test
    void writesGoOutInOrderAndCloseFlushesFirst() {
        RecordingProtocol writer = new RecordingProtocol().onConnectionMade(tr -> {
            tr.write(Bytes.utf8("one "));
            tr.writelines(List.of(Bytes.utf8("two "), Bytes.utf8("three")));
            tr.close();
        });
        EmbeddedChannel ch = open(writer);
        StringBuilder out = new StringBuilder();
        ByteBuf b;
        while ((b = ch.readOutbound()) != null) {
            out.append(b.toString(StandardCharsets.ISO_8859_1));
            b.release();
        }
        assertThat(out.toString()).isEqualTo("one two three");
        assertThat(ch.isOpen()).isFalse();
        assertThat(t.log.ofKind(EventKind.DATA_SENT)).extracting(LabEvent::offset).containsExactly(0L, 4L, 8L);
        // an EmbeddedChannel is not a socket: it cannot half-close
        assertThat(writer.transport().canWriteEof()).isFalse();
    }

    @Test
    void readsAfterTheConnectionIsLostAreReleasedNotDelivered() {
        EmbeddedChannel ch = open(protocol);
        // connection_lost has run but the handler is still in the pipeline (a real close removes
        // it, and Netty's tail would then hold the buffer instead)
        ch.pipeline().fireChannelInactive();
        ByteBuf late = buf("late");
        ch.pipeline().fireChannelRead(late);
        assertThat(late.refCnt()).isZero();
        assertThat(protocol.calls()).containsExactly("connection_made", "connection_lost(None)");
    }

    @Test
    void anExceptionInThePipelineIsTheConnectionLostCause() {
        EmbeddedChannel ch = open(protocol);
        ch.pipeline().fireExceptionCaught(new java.io.IOException("Connection reset by peer"));
        assertThat(protocol.calls()).containsExactly("connection_made", "connection_lost(ConnectionResetError)");
        LabEvent error = t.log.ofKind(EventKind.ERROR).get(0);
        assertThat(error.error().type()).isEqualTo("ConnectionResetError");
        assertThat(error.error().message()).isEqualTo("[Errno 104] Connection reset by peer");
    }
}
