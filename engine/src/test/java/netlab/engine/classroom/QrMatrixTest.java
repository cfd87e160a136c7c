package netlab.engine.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.decoder.Decoder;
import org.junit.jupiter.api.Test;

class QrMatrixTest {
    @Test
    void theMatrixDecodesBackToTheUrl() throws Exception {
        String url = "http://192.168.1.20:43117/#QX4KM";
        QrMatrix qr = QrMatrix.encode(url);
        assertThat(qr.size()).isGreaterThanOrEqualTo(21).matches(s -> (s - 17) % 4 == 0, "a QR size is 17 + 4 × version");
        BitMatrix bits = new BitMatrix(qr.size());
        for (int y = 0; y < qr.size(); y++) {
            for (int x = 0; x < qr.size(); x++) {
                if (qr.dark(x, y)) {
                    bits.set(x, y);
                }
            }
        }
        assertThat(new Decoder().decode(bits).getText()).isEqualTo(url);
        // the three finder patterns' corners are dark, the quiet zone light
        assertThat(qr.dark(0, 0)).isTrue();
        assertThat(qr.dark(qr.size() - 1, 0)).isTrue();
        assertThat(qr.dark(0, qr.size() - 1)).isTrue();
        assertThat(qr.dark(-1, 0)).isFalse();
        assertThat(qr.rows()[0][0]).isTrue();
    }

    @Test
    void terminalRenderingsHaveTwoModuleRowsPerLineAndTheQuietZone() {
        QrMatrix qr = QrMatrix.encode("http://127.0.0.1:8080/");
        int side = qr.size() + 2 * QrMatrix.QUIET_ZONE;
        String[] text = qr.toText().split("\n");
        assertThat(text).hasSize((side + 1) / 2);
        assertThat(text[0]).hasSize(side).isBlank();
        assertThat(text[2].substring(QrMatrix.QUIET_ZONE, QrMatrix.QUIET_ZONE + 7)).isEqualTo("\u2588\u2580\u2580\u2580\u2580\u2580\u2588");
        String[] ansi = qr.toAnsi().split("\n");
        assertThat(ansi).hasSize((side + 1) / 2);
        assertThat(ansi[0]).endsWith("\u001b[0m").contains("\u001b[97;107m\u2580");
    }
}
