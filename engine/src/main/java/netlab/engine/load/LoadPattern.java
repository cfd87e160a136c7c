package netlab.engine.load;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;

/**
 * The bytes a load connection sends, and so expects back: at stream position {@code pos} of
 * connection {@code c} the byte is {@code P[(pos + 37c) mod 256]}, {@code P[i] = 131 i mod 256}
 * (the C load client uses the same). It repeats every 256 bytes, so what to send and what to
 * expect are slices of one buffer: no per-byte work, and every echo is checked.
 */
final class LoadPattern {
    /** The pattern's memory, released when the run is over. */
    private final ByteBuf memory;
    /** What the connections slice, which their writes and releases leave alone. */
    private final ByteBuf bytes;

    LoadPattern(int window) {
        ByteBuf b = Unpooled.directBuffer(256 + window);
        for (int i = 0; i < 256 + window; i++) {
            b.writeByte((i * 131) & 0xFF);
        }
        memory = b;
        bytes = Unpooled.unreleasableBuffer(b.asReadOnly());
    }

    /** Frees the pattern's memory; once the connections' loops have ended, nothing reads it any more. */
    void release() {
        memory.release();
    }

    private static int start(int connection, long pos) {
        return (int) ((pos + 37L * connection) & 0xFF);
    }

    /** {@code length} bytes to send at stream position {@code pos}, sharing the pattern's memory. */
    ByteBuf slice(int connection, long pos, int length) {
        return bytes.retainedSlice(start(connection, pos), length);
    }

    /** Whether {@code buf}'s readable bytes are what connection {@code c} sent at {@code pos}. */
    boolean matches(int connection, long pos, ByteBuf buf) {
        return ByteBufUtil.equals(buf, buf.readerIndex(), bytes, start(connection, pos), buf.readableBytes());
    }
}
