package netlab.app.preset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;

import netlab.engine.preset.Preset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "What to look at" may send the class to a control; it must name one the window has, by the
 * label the window shows, and say where it is: stream-echo's half-close box is on the Echo client
 * form, not on the preset's banner (which has only "Any free port").
 */
class PresetExplanationControlsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en, en", "zh, zh-CN"})
    void streamEchoNamesTheHalfCloseBoxOfTheEchoClientForm(String language, String tag) throws Exception {
        Locale locale = Locale.forLanguageTag(tag);
        ResourceBundle bundle = ResourceBundle.getBundle("netlab.i18n.messages", locale);
        Preset preset = PresetLibrary.loadBundled().find("stream-echo").orElseThrow();
        String explanation = String.join("\n", preset.explanation().stream().map(t -> t.get(locale)).toList());
        String box = bundle.getString("client.halfClose").replace("''", "'");
        assertThat(explanation).as("the half-close paragraph in %s", language)
                .contains(box).contains(bundle.getString("client.title")).contains(bundle.getString("client.send"));
    }
}
