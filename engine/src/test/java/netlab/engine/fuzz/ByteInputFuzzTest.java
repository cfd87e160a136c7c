package netlab.engine.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Random;

import netlab.engine.bytes.ByteInput;
import netlab.engine.bytes.ByteInput.BadInputException;
import netlab.engine.bytes.ByteInput.Mode;
import netlab.engine.bytes.Bytes;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The decoders of what a person types (the composer, {@code connect --part}, a preset's parts):
 * on any text they give bytes or a {@link BadInputException} that points into the text, never
 * anything else; and what NetLab itself prints (a {@code b'...'} literal, hex) reads back as the
 * very same bytes.
 */
@Tag("fuzz")
class ByteInputFuzzTest {
    private static final Duration BUDGET = Duration.ofMillis(1500);

    @Test
    void anyTextIsBytesOrAProblemThatPointsIntoIt() {
        Fuzz.run("ByteInput on any text", 5_000, BUDGET, (r, i) -> {
            String text = Fuzz.nastyText(r, 40);
            for (Mode mode : Mode.values()) {
                try {
                    Bytes out = ByteInput.parse(text, mode);
                    assertThat(out).as("%s of %s", mode, quoted(text)).isNotNull();
                } catch (BadInputException bad) {
                    assertThat(bad.index()).as("%s of %s: %s", mode, quoted(text), bad.getMessage()).isBetween(0, Math.max(0, text.length() - 1));
                    assertThat(bad.getMessage()).endsWith("(at character " + (bad.index() + 1) + ")");
                }
            }
        });
    }

    @Test
    void aBytesLiteralNetLabPrintsReadsBackAsTheSameBytes() {
        Fuzz.run("repr then unescape", 5_000, BUDGET, (r, i) -> {
            Bytes original = Bytes.wrap(Fuzz.bytes(r, r.nextBoolean() ? 8 : 200));
            String literal = original.repr(); // b'...' or b"..."
            String inner = literal.substring(2, literal.length() - 1);
            assertThat(ByteInput.unescape(inner)).as("%s", literal).isEqualTo(original);
        });
    }

    @Test
    void hexWithAnySeparatorsAndCaseReadsBackAsTheSameBytes() {
        String[] separators = {"", " ", ":", "-", ",", "\n", "  "};
        Fuzz.run("hex with separators", 5_000, BUDGET, (r, i) -> {
            byte[] original = Fuzz.bytes(r, 100);
            String sep = separators[r.nextInt(separators.length)];
            String hex = HexFormat.ofDelimiter(sep).formatHex(original);
            hex = r.nextBoolean() ? hex.toUpperCase() : hex;
            hex = (r.nextInt(4) == 0 ? " 0x" : "") + hex + (r.nextBoolean() ? "\n" : "");
            if (r.nextInt(4) == 0 && original.length > 0 && sep.isEmpty()) {
                hex = hex.strip() + "0"; // one digit too many: refused at that digit
                final String typed = hex;
                BadInputException bad = org.assertj.core.api.Assertions.catchThrowableOfType(BadInputException.class,
                        () -> ByteInput.hex(typed));
                assertThat(bad).as(typed).isNotNull();
                assertThat(typed.charAt(bad.index())).isEqualTo('0');
                return;
            }
            assertThat(ByteInput.hex(hex).toByteArray()).as(quoted(hex)).isEqualTo(original);
        });
    }

    /**
     * Text is UTF-8, character for character: nothing is replaced on the way. A lone surrogate
     * (half of a pair, which a paste can bring) has no UTF-8 form; it is refused where it is,
     * never sent as '?'.
     */
    @Test
    void textIsNeverAlteredALoneSurrogateIsRefusedWhereItIs() {
        Fuzz.run("text as UTF-8", 5_000, BUDGET, (r, i) -> {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(20);
            for (int k = 0; k < n; k++) {
                b.appendCodePoint(r.nextInt(8) == 0 ? 0xD800 + r.nextInt(0x800) : r.nextInt(0x11000));
            }
            String text = b.toString().replace("\\", "/");
            int lone = loneSurrogate(text);
            for (Mode mode : new Mode[] {Mode.TEXT, Mode.ESCAPED}) {
                if (lone < 0) {
                    assertThat(ByteInput.parse(text, mode).toByteArray()).as("%s %s", mode, quoted(text))
                            .isEqualTo(text.getBytes(StandardCharsets.UTF_8));
                } else {
                    BadInputException bad = org.assertj.core.api.Assertions.catchThrowableOfType(BadInputException.class,
                            () -> ByteInput.parse(text, mode));
                    assertThat(bad).as("%s %s", mode, quoted(text)).isNotNull();
                    assertThat(bad.index()).isEqualTo(lone);
                    assertThat(bad.getMessage()).contains("lone surrogate");
                }
            }
        });
    }

    private static int loneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    private static String quoted(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            out.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return out.append('"').toString();
    }
}
