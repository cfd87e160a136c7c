package netlab.ui.panes;

import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import netlab.engine.bytes.Bytes;

/** How a pane shows the bytes of a read or write. */
public enum BytesView {
    /** As Python prints them, {@code b'It will be sent '}: the seeds' own way. */
    LITERAL,
    /** Decoded as UTF-8, with control characters made visible ({@code ↵} for a newline). */
    TEXT,
    /** Two hex digits per byte, in groups of eight. */
    HEX;

    public String render(Bytes data) {
        return switch (this) {
            case LITERAL -> data.repr();
            case TEXT -> text(data);
            case HEX -> hex(data);
        };
    }

    public String messageKey() {
        return "pane.bytes." + name().toLowerCase(java.util.Locale.ROOT);
    }

    static String text(Bytes data) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        String s;
        try {
            s = decoder.decode(ByteBuffer.wrap(data.toByteArray())).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            s = data.decode(StandardCharsets.ISO_8859_1);
        }
        StringBuilder out = new StringBuilder(s.length() + 2);
        out.append('«');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> out.append('↵');
                case '\r' -> out.append('␍');
                case '\t' -> out.append('⇥');
                default -> out.append(c < 0x20 || c == 0x7f ? '·' : c);
            }
        }
        return out.append('»').toString();
    }

    static String hex(Bytes data) {
        String hex = data.hex();
        StringBuilder out = new StringBuilder(hex.length() * 3 / 2);
        for (int i = 0; i < hex.length(); i += 2) {
            if (i > 0) {
                out.append(i % 16 == 0 ? "  " : " ");
            }
            out.append(hex, i, i + 2);
        }
        return out.toString();
    }
}
