package netlab.ui.client;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import netlab.engine.bytes.ByteInput.Mode;
import netlab.engine.bytes.ByteInput;
import netlab.engine.bytes.Bytes;
import netlab.ui.panes.ByteLiterals;

/** A message part written in one of the composer's input modes, and back. */
public final class PartCodec {
    private PartCodec() {
    }

    /** The bytes {@code text} stands for; throws {@link ByteInput.BadInputException} with the position. */
    public static Bytes parse(String text, Mode mode) {
        return ByteInput.parse(text, mode);
    }

    /** How {@code bytes} are written in {@code mode}; null when they are not UTF-8 text and {@code mode} is TEXT. */
    public static String render(Bytes bytes, Mode mode) {
        return switch (mode) {
            case TEXT -> strictUtf8(bytes);
            case ESCAPED -> escaped(bytes);
            case HEX -> ByteLiterals.hex(bytes);
        };
    }

    private static String strictUtf8(Bytes bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The inside of the Python literal: what {@link ByteInput#unescape} reads back to the same bytes. */
    private static String escaped(Bytes bytes) {
        String repr = bytes.repr();
        return repr.substring(2, repr.length() - 1);
    }
}
