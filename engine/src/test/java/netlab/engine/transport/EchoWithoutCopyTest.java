package netlab.engine.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import netlab.engine.bytes.Bytes;
import netlab.engine.event.EventKind;
import netlab.engine.event.LabEvent;
import netlab.engine.event.Role;
import netlab.engine.testing.TestLoop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Writing back the very bytes just read (an echo) sends the buffer Netty read them into, with no
 * copy; anything else, and anything written after Netty ran its tasks, is copied; no read buffer
 * stays held once Netty ran its tasks. On EmbeddedChannel, so buffers can be compared by identity.
 */
class EchoWithoutCopyTest {
    private final TestLoop t = new TestLoop();
    private EmbeddedChannel channel;

    @AfterEach
    void close() {
        if (channel != null) {
            channel.finishAndReleaseAll();
        }
        t.close();
    }

    /** Writes what it gets at once ({@code slice} bytes dropped from the front first), or keeps it for later. */
    private static final class Echo implements Protocol {
        private final boolean atOnce;
        private final int slice;
        Transport transport;
        Bytes kept;

        Echo(boolean atOnce, int slice) {
            this.atOnce = atOnce;
            this.slice = slice;
        }

        @Override
        public void connectionMade(Transport transport) {
            this.transport = transport;
        }

        @Override
        public void dataReceived(Bytes data) {
            if (atOnce) {
                transport.write(slice == 0 ? data : data.slice(slice));
            } else {
                kept = data;
            }
        }
    }

    private EmbeddedChannel open(Protocol p) {
        ConnectionSetup setup = new ConnectionSetup(t.loop, "emb", Role.SERVER, peer -> "conn", () -> p,
                WaterMarks.DEFAULT, new ConnectionGroup("emb"), null);
        channel = new EmbeddedChannel(new ProtocolHandler(setup));
        return channel;
    }

    private static ByteBuf buf(String s) {
        return Unpooled.directBuffer().writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void anEchoOfTheBytesJustReadSendsTheBufferTheyCameIn() {
        EmbeddedChannel ch = open(new Echo(true, 0));
        ByteBuf in = buf("hello");
        ch.writeInbound(in);
        ByteBuf out = ch.readOutbound();
        assertThat(out).isSameAs(in);
        assertThat(out.toString(StandardCharsets.ISO_8859_1)).isEqualTo("hello");
        out.release();
        assertThat(in.refCnt()).isZero();
        // the events are those of any write
        assertThat(t.log.all()).extracting(LabEvent::kind).containsSubsequence(EventKind.DATA_RECEIVED, EventKind.DATA_SENT);
    }

    @Test
    void otherBytesAreCopiedAndTheReadBufferIsReleased() {
        EmbeddedChannel ch = open(new Echo(true, 1));
        ByteBuf in = buf("hello");
        ch.writeInbound(in);
        ByteBuf out = ch.readOutbound();
        assertThat(out).isNotSameAs(in);
        assertThat(out.toString(StandardCharsets.ISO_8859_1)).isEqualTo("ello");
        out.release();
        assertThat(in.refCnt()).isZero();
    }

    @Test
    void noReadBufferIsHeldOnceNettyRanItsTasksAndALaterEchoIsCopied() {
        Echo later = new Echo(false, 0);
        EmbeddedChannel ch = open(later);
        ByteBuf in = buf("later");
        ch.writeInbound(in);
        ch.runPendingTasks();
        assertThat(in.refCnt()).isZero();
        later.transport.write(later.kept);
        ByteBuf out = ch.readOutbound();
        assertThat(out).isNotSameAs(in);
        assertThat(out.toString(StandardCharsets.ISO_8859_1)).isEqualTo("later");
        out.release();
    }
}
