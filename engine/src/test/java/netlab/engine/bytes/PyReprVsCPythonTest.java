package netlab.engine.bytes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import netlab.engine.testing.Python;
import org.junit.jupiter.api.Test;

/**
 * {@link PyRepr} held byte for byte against what the machine's CPython prints: every single byte,
 * strings built around the quote rules, random byte strings, and {@code repr(str)} over the whole
 * code space. Skipped, with a message, without python3.
 */
class PyReprVsCPythonTest {
    private static final String ORACLE = "/cpython/repr_oracle.py";
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void bytesReprMatchesCPythonForEverySingleByteAndTrickyStrings() throws Exception {
        List<byte[]> inputs = new ArrayList<>();
        inputs.add(new byte[0]);
        for (int b = 0; b < 256; b++) {
            inputs.add(new byte[] {(byte) b});
            inputs.add(new byte[] {'x', (byte) b, '\''});
            inputs.add(new byte[] {'"', (byte) b});
        }
        for (String s : List.of("'", "\"", "'\"", "\"'", "it's", "say \"hi\"", "it's \"quoted\"", "\\", "\\'", "\\\"",
                "back\\slash\\", "\t\n\r\u000b\u000c", "This is the message. ", "\\x41", "''''", "\"\"\"")) {
            inputs.add(s.getBytes(StandardCharsets.ISO_8859_1));
        }
        long seed = 7L;
        Random random = new Random(seed);
        byte[] alphabet = {'\'', '"', '\\', 'a', ' ', '\n', 0, 0x7f, (byte) 0x80, (byte) 0xff, '\t', '\r', '~'};
        for (int i = 0; i < 500; i++) {
            byte[] data = new byte[random.nextInt(24)];
            for (int j = 0; j < data.length; j++) {
                data[j] = random.nextInt(3) == 0 ? (byte) random.nextInt(256) : alphabet[random.nextInt(alphabet.length)];
            }
            inputs.add(data);
        }
        StringBuilder stdin = new StringBuilder();
        for (byte[] in : inputs) {
            stdin.append(HEX.formatHex(in)).append('\n');
        }
        List<String> expected = Python.script(ORACLE, stdin.toString(), "bytes");
        assertThat(expected).hasSize(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            byte[] in = inputs.get(i);
            assertThat(PyRepr.bytes(in)).as("repr of %s (random seed %d)", HEX.formatHex(in), seed).isEqualTo(expected.get(i));
            // the same through a slice of a larger array
            byte[] padded = new byte[in.length + 4];
            System.arraycopy(in, 0, padded, 2, in.length);
            assertThat(Bytes.wrap(padded).slice(2, 2 + in.length).repr()).isEqualTo(expected.get(i));
        }
    }

    @Test
    void strReprMatchesCPythonOnMixedText() throws Exception {
        List<String> inputs = new ArrayList<>(List.of("Hello World!", "", "it's", "\"", "'\"", "tab\there", "a\\b",
                "\u0000\u0007\u001f\u007f\u0080\u009f\u00a0\u00ad\u00e9", "caf\u00e9 \u4e2d\u6587", "\u2028\u2029\u200b\ufeff",
                "\ud83d\ude00 emoji", "\ue000 private", "\ud800 lone", "\udfff", "\u3000 ideographic space",
                "\u0378 unassigned", "\ud834\udd1e clef", "\udb40\udc01 tag", "\u00a0\u1680\u2000\u202f\u205f",
                "mixed 'single' and \"double\" \\ \n"));
        StringBuilder stdin = new StringBuilder();
        for (String s : inputs) {
            stdin.append(utf32(s)).append('\n');
        }
        List<String> expected = Python.script(ORACLE, stdin.toString(), "str");
        for (int i = 0; i < inputs.size(); i++) {
            // CPython escapes lone surrogates, so its repr is always valid UTF-8
            String python = new String(HEX.parseHex(expected.get(i)), StandardCharsets.UTF_8);
            assertThat(PyRepr.str(inputs.get(i))).as("repr of U+%s", utf32(inputs.get(i))).isEqualTo(python);
        }
    }

    /**
     * Which code points repr(str) escapes, over all of Unicode. Java knows a newer Unicode than
     * the machine's CPython may: a character Java has and CPython calls unassigned (Cn) is allowed
     * to differ, and nothing else.
     */
    @Test
    void strReprEscapesTheSameCodePointsAsCPython() throws Exception {
        List<String> lines = Python.script(ORACLE, "", "escaped");
        int split = lines.indexOf("unassigned");
        java.util.BitSet pyEscaped = bits(lines.subList(1, split));
        java.util.BitSet pyUnassigned = bits(lines.subList(split + 1, lines.size()));
        java.util.BitSet javaEscaped = new java.util.BitSet(0x110000);
        for (int cp = 0; cp < 0x110000; cp++) {
            if (cp == '\'' || cp == '\\') {
                continue;
            }
            String s = new String(Character.toChars(cp));
            if (!PyRepr.str(s).equals("'" + s + "'")) {
                javaEscaped.set(cp);
            }
        }
        java.util.BitSet differ = (java.util.BitSet) javaEscaped.clone();
        differ.xor(pyEscaped);
        java.util.BitSet newerUnicode = (java.util.BitSet) pyEscaped.clone();
        newerUnicode.andNot(javaEscaped);
        newerUnicode.and(pyUnassigned);
        differ.andNot(newerUnicode);
        assertThat(differ.stream().limit(20).mapToObj(cp -> String.format("U+%04X (Java type %d, python escapes: %s)",
                cp, Character.getType(cp), pyEscaped.get(cp))).toList())
                .as("code points where repr differs from CPython %s", lines.get(0))
                .isEmpty();
    }

    private static java.util.BitSet bits(List<String> ranges) {
        java.util.BitSet set = new java.util.BitSet(0x110000);
        for (String r : ranges) {
            String[] ab = r.split(" ");
            set.set(Integer.parseInt(ab[0], 16), Integer.parseInt(ab[1], 16) + 1);
        }
        return set;
    }

    private static String utf32(String s) {
        StringBuilder hex = new StringBuilder();
        s.codePoints().forEach(cp -> hex.append(String.format("%08x", cp)));
        return hex.toString();
    }
}
