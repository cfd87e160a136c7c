package netlab.ui.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

import netlab.engine.lab.RelaySpec;
import netlab.engine.lab.TransportKind;
import netlab.engine.net.HostPort;
import netlab.engine.relay.SplitMode;
import netlab.ui.i18n.I18n;
import org.junit.jupiter.api.Test;

/** A relay's description from its spec: in English the engine's (the CLI's) words, in Chinese Chinese ones. */
class RelayWordsTest {
    private static List<RelaySpec> specs() {
        return List.of(RelaySpec.builder().port(10001).target(HostPort.loopback(10000)).split(SplitMode.fixed(5)).delay(Duration.ofMillis(20)).build(),
                RelaySpec.builder().port(10001).target(HostPort.loopback(10000)).split(SplitMode.random(1, 4)).rate(1000).build(),
                RelaySpec.builder().transport(TransportKind.UDP).port(10001).target(HostPort.loopback(10000)).drop(0.25).reorder(0.1).build());
    }

    @Test
    void inEnglishItReadsAsTheEngineDescribesIt() {
        RelayWords en = new RelayWords(new I18n(Locale.ENGLISH));
        for (RelaySpec spec : specs()) {
            assertThat(en.describe(spec, OptionalLong.of(7))).isEqualTo(spec.describe(7));
            assertThat(en.describe(spec, OptionalLong.empty())).isEqualTo(spec.describe());
        }
    }

    @Test
    void aDescriptionInALogLineIsSaidAgainPieceByPiece() {
        RelayWords en = new RelayWords(new I18n(Locale.ENGLISH));
        RelayWords zh = new RelayWords(new I18n(Locale.SIMPLIFIED_CHINESE));
        for (RelaySpec spec : specs()) {
            assertThat(en.reword(spec.describe(7))).isEqualTo(spec.describe(7));
            assertThat(zh.reword(spec.describe(7))).isEqualTo(zh.describe(spec, OptionalLong.of(7)));
        }
        assertThat(zh.reword("something else, split fixed:5")).isEqualTo("something else, split fixed:5");
    }

    @Test
    void inChineseItIsChineseAroundTheSplitMode() {
        RelayWords zh = new RelayWords(new I18n(Locale.SIMPLIFIED_CHINESE));
        assertThat(zh.describe(specs().get(0), OptionalLong.empty())).isEqualTo("按 fixed:5 切分，延迟 20 毫秒");
        assertThat(zh.describe(specs().get(2), OptionalLong.of(7))).isEqualTo("数据报保持完整，丢弃 25.0 %，乱序 10.0 %，种子 7");
        assertThat(zh.describe(specs().get(1), OptionalLong.empty())).isEqualTo("按 random:1-4 切分，最多 1000 字节/秒，启动时抽取种子");
    }
}
