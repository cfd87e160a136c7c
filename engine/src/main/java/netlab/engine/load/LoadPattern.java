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
    private final ByteBuf memory;
    private final ByteBuf bytes;

    LoadPattern(int window) {
        memory = Unpooled.directBuffer(256 + window);
        for (int i = 0; i < 256 + window; i++) {
            memory.writeByte((i * 131) & 0xFF);
        }
        // slices sent share it and never count references: only release() frees it
        bytes = Unpooled.unreleasableBuffer(memory.asReadOnly());
    }

    /**
     * Frees the pattern's memory. Only once no slice of it can still be written: after every
     * connection of the run is closed and its loop has ended (it was a leak Netty reported).
     */
    void release() {
        if (memory.refCnt() > 0) {
            memory.release();
        }
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
