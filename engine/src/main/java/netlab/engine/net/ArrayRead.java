package netlab.engine.net;

import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.UnpooledHeapByteBuf;

/**
 * What {@link ArrayReadingHandle} hands the pipeline: one read, in an array of exactly its size that
 * nothing else holds, so that a reader may keep the array as its bytes instead of copying it.
 */
public final class ArrayRead extends UnpooledHeapByteBuf {
    ArrayRead(byte[] read) {
        super(ByteBufAllocator.DEFAULT, read, read.length);
        writerIndex(read.length);
    }

    /** The read's array, whole, for a reader that keeps it and never changes it. */
    public byte[] bytes() {
        return array();
    }
}
