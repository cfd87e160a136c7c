package netlab.ui.classroom;

import javafx.scene.image.Image;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/** A QR code's modules as an image, each module a square of whole pixels (no smoothing: phones read sharp edges). */
final class QrImage {
    private QrImage() {
    }

    /** {@code rows} drawn at about {@code side} pixels square, dark on white (a QR code is read that way in any theme). */
    static Image of(boolean[][] rows, int side) {
        int n = rows.length;
        int scale = Math.max(1, side / Math.max(1, n));
        WritableImage image = new WritableImage(n * scale, n * scale);
        PixelWriter w = image.getPixelWriter();
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                Color c = rows[y][x] ? Color.BLACK : Color.WHITE;
                for (int dy = 0; dy < scale; dy++) {
                    for (int dx = 0; dx < scale; dx++) {
                        w.setColor(x * scale + dx, y * scale + dy, c);
                    }
                }
            }
        }
        return image;
    }
}
