package netlab.app.preset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PresetLibraryTest {
    @Test
    void everyBundledPresetLoadsWithBothLanguages() {
        PresetLibrary library = PresetLibrary.loadBundled();
        assertThat(library.problems()).isEmpty();
        assertThat(library.ids()).contains("stream-echo");
        library.all().forEach(p -> {
            assertThat(p.title().byLanguage()).containsKeys("en", "zh");
            assertThat(p.summary().byLanguage()).containsKeys("en", "zh");
            assertThat(p.explanation()).isNotEmpty().allSatisfy(t -> assertThat(t.byLanguage()).containsKeys("en", "zh"));
        });
    }
}
