package netlab.engine.classroom;

import java.util.Map;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;

/**
 * A QR code (ZXing) as data: {@link #size()} × {@link #size()} modules, {@link #dark(int, int)}
 * for each, without the quiet zone (a drawing leaves {@value #QUIET_ZONE} light modules around it).
 * A projector view draws one square per dark module; a terminal prints {@link #toAnsi()} or
 * {@link #toText()}.
 */
public final class QrMatrix {
    /** Light modules a reader needs around the code. */
    public static final int QUIET_ZONE = 4;

    private final int size;
    private final boolean[][] dark;
    private final String text;

    private QrMatrix(String text, boolean[][] dark) {
        this.text = text;
        this.size = dark.length;
        this.dark = dark;
    }

    /** The code of {@code text} (a URL), error correction M (15% of the code may be lost: a projector's glare). */
    public static QrMatrix encode(String text) {
        try {
            QRCode code = Encoder.encode(text, ErrorCorrectionLevel.M, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"));
            ByteMatrix m = code.getMatrix();
            boolean[][] dark = new boolean[m.getHeight()][m.getWidth()];
            for (int y = 0; y < m.getHeight(); y++) {
                for (int x = 0; x < m.getWidth(); x++) {
                    dark[y][x] = m.get(x, y) == 1;
                }
            }
            return new QrMatrix(text, dark);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot make a QR code of " + text.length() + " characters: " + e.getMessage(), e);
        }
    }

    /** What the code says. */
    public String text() {
        return text;
    }

    /** Modules per side (21 for version 1, 4 more per version). */
    public int size() {
        return size;
    }

    /** Whether the module in column {@code x}, row {@code y} is dark (0-based, without the quiet zone). */
    public boolean dark(int x, int y) {
        return x >= 0 && y >= 0 && x < size && y < size && dark[y][x];
    }

    /** The matrix as rows of booleans (a copy), row 0 at the top. */
    public boolean[][] rows() {
        boolean[][] copy = new boolean[size][];
        for (int y = 0; y < size; y++) {
            copy[y] = dark[y].clone();
        }
        return copy;
    }

    /**
     * For a terminal that shows colours: black modules on a white background (whatever the
     * terminal's own colours), two rows of modules per line with half blocks, quiet zone included.
     */
    public String toAnsi() {
        StringBuilder out = new StringBuilder();
        for (int y = -QUIET_ZONE; y < size + QUIET_ZONE; y += 2) {
            for (int x = -QUIET_ZONE; x < size + QUIET_ZONE; x++) {
                boolean top = dark(x, y);
                boolean bottom = dark(x, y + 1);
                // the upper half block in the top module's colour, on the bottom module's colour
                out.append("\u001b[").append(top ? "30" : "97").append(';').append(bottom ? "40" : "107").append("m\u2580");
            }
            out.append("\u001b[0m\n");
        }
        return out.toString();
    }

    /**
     * Plain text, for a log or a terminal without colours: dark modules as full and half blocks,
     * meant for dark text on a light background; quiet zone included.
     */
    public String toText() {
        StringBuilder out = new StringBuilder();
        for (int y = -QUIET_ZONE; y < size + QUIET_ZONE; y += 2) {
            for (int x = -QUIET_ZONE; x < size + QUIET_ZONE; x++) {
                boolean top = dark(x, y);
                boolean bottom = dark(x, y + 1);
                out.append(top && bottom ? '\u2588' : top ? '\u2580' : bottom ? '\u2584' : ' ');
            }
            out.append('\n');
        }
        return out.toString();
    }
}
