package netlab.ui.panes;

import netlab.engine.bytes.Bytes;

/** A chunk's bytes written for pasting elsewhere: hex, a Python literal, a Java literal. */
public final class ByteLiterals {
    private ByteLiterals() {
    }

    /** {@code 54 68 69 73}. */
    public static String hex(Bytes data) {
        String hex = data.hex();
        StringBuilder out = new StringBuilder(hex.length() * 3 / 2);
        for (int i = 0; i < hex.length(); i += 2) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(hex, i, i + 2);
        }
        return out.toString();
    }

    /** {@code b'This\n'}: what Python's {@code repr} prints, pasteable into Python. */
    public static String python(Bytes data) {
        return data.repr();
    }

    /** {@code new byte[] {0x54, 0x68, (byte) 0xff}}: exact for any byte, pasteable into Java. */
    public static String java(Bytes data) {
        StringBuilder out = new StringBuilder(16 + data.size() * 6);
        out.append("new byte[] {");
        for (int i = 0; i < data.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            int b = data.byteAt(i) & 0xff;
            if (b > 0x7f) {
                out.append("(byte) ");
            }
            out.append(String.format("0x%02x", b));
        }
        return out.append('}').toString();
    }
}
