package netlab.ui.command;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import netlab.engine.bytes.Bytes;

/**
 * UTF-8 text from a pipe that delivers bytes in arbitrary chunks: a character split between two
 * reads is kept until its last byte arrives; bytes that are not UTF-8 show as U+FFFD.
 */
final class StreamDecoder {
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private ByteBuffer pending = ByteBuffer.allocate(0);

    String decode(Bytes data) {
        ByteBuffer in = ByteBuffer.allocate(pending.remaining() + data.size());
        in.put(pending).put(data.unsafeBackingArray(), data.unsafeOffset(), data.size()).flip();
        CharBuffer out = CharBuffer.allocate(in.remaining() + 1);
        decoder.decode(in, out, false);
        pending = in.slice();
        return out.flip().toString();
    }

    /** What is left at EOF: an incomplete character becomes U+FFFD. */
    String finish() {
        CharBuffer out = CharBuffer.allocate(pending.remaining() + 2);
        decoder.decode(pending, out, true);
        decoder.flush(out);
        decoder.reset();
        pending = ByteBuffer.allocate(0);
        return out.flip().toString();
    }
}
