package netlab.ui.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import netlab.engine.port.disk.DiskFiles;
import netlab.engine.preset.Preset;
import netlab.engine.preset.Question;
import netlab.ui.i18n.I18n;
import netlab.ui.library.PresetsModel;
import netlab.ui.settings.Settings;
import netlab.ui.testing.TestPresets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The editor's list and its save through the file port: adding stops at three questions with a
 * reason, a question kept takes its place, a delete removes it, a save that fails says why and
 * changes nothing else, a save that works puts the saved preset in the library and on the bench.
 */
class QuestionEditorModelTest {
    private static final I18n EN = new I18n(Locale.ENGLISH);
    private final List<List<Question>> written = new CopyOnWriteArrayList<>();
    private volatile IOException refuse;
    private final DiskFiles files = new DiskFiles((id, questions) -> {
        if (refuse != null) {
            throw refuse;
        }
        written.add(questions);
        return TestPresets.streamEcho(1).withQuestions(questions);
    });
    private final Preset preset = TestPresets.streamEcho(1).withQuestions(List.of(ClassWindowTest.READS));
    private final PresetsModel presets = new PresetsModel(null, Runnable::run, Settings.inMemory(), List.of(preset, TestPresets.slowParts()));
    private final QuestionEditorModel model = new QuestionEditorModel(files, presets, Runnable::run);

    @AfterEach
    void close() {
        files.close();
    }

    private static QuestionDraft filled(String id) {
        return new QuestionDraft(id, "Q " + id + "?", "问 " + id + "？", true, List.of(), -1, "3", "Because.", "因为。",
                netlab.engine.event.Role.CLIENT, null, "", "", "", "1");
    }

    @Test
    void questionsAreAddedUpToThreeThenTheReasonIsSaid() {
        presets.open(preset);
        model.open(preset);
        assertThat(model.add()).isNotNull();
        assertThat(model.apply(filled("two")).ok()).isTrue();
        assertThat(model.add().id()).isEqualTo("q1");
        assertThat(model.apply(filled("three")).ok()).isTrue();
        assertThat(model.questions()).extracting(Question::id).containsExactly("reads", "two", "three");
        assertThat(model.canAdd()).isFalse();
        assertThat(model.add()).isNull();
        assertThat(model.messageProperty().get().render(EN)).isEqualTo("A preset asks at most 3 questions: delete one first.");
        model.delete(1);
        assertThat(model.questions()).extracting(Question::id).containsExactly("reads", "three");
        assertThat(model.changedProperty().get()).isTrue();
    }

    @Test
    void aQuestionEditedKeepsItsPlaceAndItsIdMustStayUnique() {
        model.open(preset);
        model.add();
        model.apply(filled("two"));
        QuestionDraft first = model.edit(0);
        assertThat(first.id()).isEqualTo("reads");
        QuestionDraft clash = filled("two");
        QuestionCheck.Result r = model.apply(clash);
        assertThat(r.ok()).isFalse();
        assertThat(r.issues().get(0).problem().render(EN)).isEqualTo("Id: another question of this preset is 'two' already.");
        assertThat(model.editingProperty().get()).as("still editing it").isZero();
        assertThat(model.apply(filled("reads")).ok()).isTrue();
        assertThat(model.questions()).extracting(q -> q.prompt().english()).containsExactly("Q reads?", "Q two?");
    }

    @Test
    void aFailedSaveSaysWhyAndAGoodOnePutsTheSavedPresetInTheLibraryAndOnTheBench() throws Exception {
        presets.open(preset);
        model.open(preset);
        model.add();
        model.apply(filled("two"));
        refuse = new IOException("/home/teacher/presets: Read-only file system");
        model.save().handle((p, e) -> null).get(30, TimeUnit.SECONDS);
        assertThat(model.messageProperty().get().render(EN)).isEqualTo("Cannot save 'stream-echo': /home/teacher/presets: Read-only file system");
        assertThat(model.savedProperty().get()).isNull();
        assertThat(presets.currentProperty().get()).isSameAs(preset);
        assertThat(presets.userPresets()).isEmpty();
        assertThat(model.changedProperty().get()).as("the edit is kept to save again").isTrue();

        refuse = null;
        Preset saved = model.save().get(30, TimeUnit.SECONDS);
        assertThat(written).hasSize(1);
        assertThat(written.get(0)).extracting(Question::id).containsExactly("reads", "two");
        assertThat(model.messageProperty().get()).isNull();
        assertThat(model.savedProperty().get().render(EN)).startsWith("Saved as your copy of 'stream-echo' (2 questions)");
        assertThat(presets.currentProperty().get()).isSameAs(saved);
        assertThat(presets.presets()).hasSize(2).contains(saved).doesNotContain(preset);
        assertThat(presets.userPresets()).containsExactly("stream-echo");
        assertThat(model.changedProperty().get()).isFalse();
    }

    @Test
    void aFilePortThatKeepsNoUserPresetsRefusesWithAReason() throws Exception {
        try (DiskFiles none = new DiskFiles()) {
            QuestionEditorModel without = new QuestionEditorModel(none, presets, Runnable::run);
            without.open(preset);
            without.save().handle((p, e) -> null).get(30, TimeUnit.SECONDS);
            assertThat(without.messageProperty().get().render(EN))
                    .isEqualTo("Cannot save 'stream-echo': this lab keeps no presets of its own: 'stream-echo' cannot be saved");
        }
    }
}
