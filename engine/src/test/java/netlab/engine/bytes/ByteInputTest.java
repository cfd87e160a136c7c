package netlab.engine.bytes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

import netlab.engine.bytes.ByteInput.BadInputException;
import netlab.engine.bytes.ByteInput.Mode;
import netlab.engine.testing.Python;
import org.junit.jupiter.api.Test;

class ByteInputTest {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void textIsUtf8() {
        assertThat(ByteInput.parse("héllo\\n", Mode.TEXT)).isEqualTo(Bytes.utf8("héllo\\n"));
    }

    @Test
    void escapesAreThoseOfAPythonBytesLiteral() {
        assertThat(ByteInput.unescape("a\\n\\t\\r\\\\\\'\\\"\\0\\a\\b\\f\\v").toByteArray())
                .containsExactly('a', '\n', '\t', '\r', '\\', '\'', '"', 0, 7, 8, 12, 11);
        assertThat(ByteInput.unescape("\\x00\\x7F\\xff\\xAb").toByteArray()).containsExactly(0x00, 0x7f, 0xff, 0xab);
        assertThat(ByteInput.unescape("é€").toByteArray()).isEqualTo("é€".getBytes(StandardCharsets.UTF_8));
        assertThat(ByteInput.unescape("\ud83d\ude00").toByteArray()).containsExactly(0xF0, 0x9F, 0x98, 0x80);
        assertThat(ByteInput.parse("x\\x41y", Mode.ESCAPED)).isEqualTo(Bytes.utf8("xAy"));
        assertThat(ByteInput.unescape("")).isSameAs(Bytes.EMPTY);
    }

    @Test
    void octalEscapesMeanWhatTheyMeanInPython() {
        // b'\012' is a newline and b'\101' is b'A': \0 is the start of an octal escape, not a lone NUL
        assertThat(ByteInput.unescape("\\012").toByteArray()).containsExactly('\n');
        assertThat(ByteInput.unescape("\\101\\7\\00\\0008").toByteArray()).containsExactly('A', 7, 0, 0, '8');
        assertThat(ByteInput.unescape("\\377").toByteArray()).containsExactly(0xff);
        BadInputException e = catchThrowableOfType(BadInputException.class, () -> ByteInput.unescape("ab\\400"));
        assertThat(e.index()).isEqualTo(2);
        assertThat(e).hasMessageContaining("\\400").hasMessageContaining("at character 3");
    }

    @Test
    void badEscapesSayWhereAndWhy() {
        assertBad(() -> ByteInput.unescape("abc\\"), 3, "lone backslash");
        assertBad(() -> ByteInput.unescape("ab\\q"), 2, "unknown escape \\q");
        assertBad(() -> ByteInput.unescape("\\x4"), 0, "two hex digits");
        assertBad(() -> ByteInput.unescape("12\\xg1"), 2, "'g1'");
        assertBad(() -> ByteInput.unescape("\\x"), 0, "two hex digits");
        assertBad(() -> ByteInput.unescape("é\\z"), 1, "unknown escape");
        assertBad(() -> ByteInput.unescape("\\u0041"), 0, "unknown escape \\u");
    }

    @Test
    void hexDigitsAreOnlyTheAsciiOnes() {
        // Character.digit would read Arabic-Indic and full-width digits as hex; bytes.fromhex refuses them
        assertBad(() -> ByteInput.hex("\u0663\u0663"), 0, "not a hex digit");
        assertBad(() -> ByteInput.hex("4\uff11"), 1, "not a hex digit");
        assertBad(() -> ByteInput.unescape("\\x\u0664\u0661"), 0, "two hex digits");
    }

    @Test
    void hexAcceptsSeparatorsAndAPrefix() {
        assertThat(ByteInput.hex("48 65 6c 6C 6f").utf8()).isEqualTo("Hello");
        assertThat(ByteInput.hex("0x48656c").utf8()).isEqualTo("Hel");
        assertThat(ByteInput.hex("de:ad-be,ef\n00").hex()).isEqualTo("deadbeef00");
        assertThat(ByteInput.hex("  4142  ").utf8()).isEqualTo("AB");
        assertThat(ByteInput.parse("", Mode.HEX)).isSameAs(Bytes.EMPTY);
    }

    @Test
    void badHexSaysWhereInWhatWasTyped() {
        assertBad(() -> ByteInput.hex("41 4"), 3, "only one");
        assertBad(() -> ByteInput.hex("4 1"), 0, "odd number");
        assertBad(() -> ByteInput.hex("41zz"), 2, "'z' is not a hex digit");
        // positions count from what the person typed, leading blanks and prefix included
        assertBad(() -> ByteInput.hex("   41 zz"), 6, "'z'");
        assertBad(() -> ByteInput.hex("  0x4"), 4, "only one");
        assertBad(() -> ByteInput.hex("\t\t4g"), 3, "'g'");
    }

    /** Valid escaped text gives the bytes CPython's own bytes-literal decoder gives. */
    @Test
    void escapedTextDecodesAsCPythonDoes() throws Exception {
        List<String> inputs = List.of("plain", "a\\nb", "\\t\\r\\\\", "\\'\\\"", "\\x00\\xff\\x7f\\x80", "\\0", "\\00",
                "\\000", "\\0000", "\\012", "\\101\\102", "\\7", "\\08", "\\1234", "\\a\\b\\f\\v", "é\\x41€",
                "\\x41\\x4a\\x4F", "quote's", "\\\\x41");
        StringBuilder stdin = new StringBuilder();
        for (String in : inputs) {
            stdin.append(HEX.formatHex(in.getBytes(StandardCharsets.UTF_8))).append('\n');
        }
        List<String> expected = Python.script("/cpython/repr_oracle.py", stdin.toString(), "escape_decode");
        for (int i = 0; i < inputs.size(); i++) {
            assertThat(ByteInput.unescape(inputs.get(i)).hex()).as("unescape(%s)", inputs.get(i)).isEqualTo(expected.get(i));
        }
    }

    /** Where bytes.fromhex accepts the text, hex() gives the same bytes; where it refuses, so does hex(). */
    @Test
    void hexAgreesWithBytesFromhex() throws Exception {
        List<String> inputs = List.of("", "00", "ff FF", " 0a 0b ", "deadbeef", "de ad\tbe\fef", "4", "4 1", "zz", "0g",
                "\u0663\u0663", "\uff10\uff10", "abc", "a b c d");
        List<String> expected = Python.script("/cpython/repr_oracle.py", String.join("\n", inputs) + "\n", "fromhex");
        for (int i = 0; i < inputs.size(); i++) {
            String in = inputs.get(i);
            String got;
            try {
                got = ByteInput.hex(in).hex();
            } catch (BadInputException e) {
                got = "ValueError";
            }
            assertThat(got).as("hex(%s)", in).isEqualTo(expected.get(i));
        }
    }

    private static void assertBad(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, int index, String says) {
        assertThatThrownBy(call).isInstanceOf(BadInputException.class).hasMessageContaining(says)
                .hasMessageContaining("(at character " + (index + 1) + ")")
                .satisfies(e -> assertThat(((BadInputException) e).index()).isEqualTo(index));
    }
}
