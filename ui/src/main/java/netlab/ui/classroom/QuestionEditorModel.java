package netlab.ui.classroom;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import netlab.engine.port.LabFiles;
import netlab.engine.preset.Preset;
import netlab.engine.preset.Question;
import netlab.ui.i18n.Problem;
import netlab.ui.library.PresetsModel;

/**
 * The questions of one preset while a teacher edits them: a working list (add, change, delete),
 * the one being edited, and Save, which writes the teacher's copy of the preset through the file
 * port (off the FX thread) and puts the saved preset in the library and on the bench. What went
 * wrong (a question the format refuses, the disk's reason) is kept in {@link #messageProperty()}.
 */
public final class QuestionEditorModel {
    /** Editing nothing. */
    public static final int NONE = -1;

    private final LabFiles files;
    private final PresetsModel presets;
    private final Executor ui;
    private final ObservableList<Question> questions = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Preset> preset = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper editing = new ReadOnlyIntegerWrapper(NONE);
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Problem> message = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Problem> saved = new ReadOnlyObjectWrapper<>();

    public QuestionEditorModel(LabFiles files, PresetsModel presets, Executor ui) {
        this.files = files;
        this.presets = presets;
        this.ui = ui;
    }

    /** Starts editing {@code p}'s questions (nothing edited yet). */
    public void open(Preset p) {
        preset.set(p);
        questions.setAll(p == null ? List.of() : p.questions());
        editing.set(NONE);
        changed.set(false);
        message.set(null);
        saved.set(null);
    }

    /** Whether one more question may be added (a preset asks at most {@value Preset#MAX_QUESTIONS}). */
    public boolean canAdd() {
        return preset.get() != null && questions.size() < Preset.MAX_QUESTIONS;
    }

    /** A new question to fill in, or null (with the reason in the message) when the preset has all it may ask. */
    public QuestionDraft add() {
        if (!canAdd()) {
            message.set(preset.get() == null ? Problem.of("class.problem.no-preset") : Problem.of("question.problem.full", Preset.MAX_QUESTIONS));
            return null;
        }
        editing.set(questions.size());
        message.set(null);
        return QuestionDraft.blank(QuestionDraft.freeId(questions.stream().map(Question::id).toList()));
    }

    /** The question at {@code index}, to edit on the form. */
    public QuestionDraft edit(int index) {
        editing.set(index);
        message.set(null);
        return QuestionDraft.of(questions.get(index));
    }

    /** The ids of the questions other than the one edited: an id must differ from them. */
    public List<String> otherIds() {
        int at = editing.get();
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            if (i != at) {
                ids.add(questions.get(i).id());
            }
        }
        return ids;
    }

    /** Checks the form's question and, when it is right, puts it in the list in its place; returns what the check found. */
    public QuestionCheck.Result apply(QuestionDraft draft) {
        QuestionCheck.Result r = QuestionCheck.check(draft, otherIds());
        if (r.ok()) {
            int at = editing.get();
            if (at >= 0 && at < questions.size()) {
                questions.set(at, r.question());
            } else {
                questions.add(r.question());
            }
            editing.set(NONE);
            changed.set(true);
            saved.set(null);
        }
        return r;
    }

    /** Stops editing without keeping the form's changes. */
    public void cancel() {
        editing.set(NONE);
    }

    /** Removes the question at {@code index}. */
    public void delete(int index) {
        if (index >= 0 && index < questions.size()) {
            questions.remove(index);
            editing.set(NONE);
            changed.set(true);
            saved.set(null);
        }
    }

    /**
     * Saves the list as the teacher's copy of the preset; on success the library and the bench
     * have the saved preset (a class started after asks its questions).
     */
    public CompletableFuture<Preset> save() {
        Preset p = preset.get();
        if (p == null) {
            message.set(Problem.of("class.problem.no-preset"));
            return CompletableFuture.failedFuture(new IllegalStateException("no preset"));
        }
        saving.set(true);
        message.set(null);
        List<Question> list = List.copyOf(questions);
        CompletableFuture<Preset> done;
        try {
            done = files.savePresetQuestions(p.id(), list);
        } catch (RuntimeException e) {
            done = CompletableFuture.failedFuture(e);
        }
        return done.whenCompleteAsync((s, e) -> {
            saving.set(false);
            if (e != null) {
                message.set(Problem.of("question.problem.save", p.id(), reason(e)));
                return;
            }
            if (preset.get() == p) {
                preset.set(s);
                questions.setAll(s.questions());
                changed.set(false);
            }
            saved.set(Problem.of("question.saved", s.id(), s.questions().size()));
            presets.replace(s);
        }, ui);
    }

    private static String reason(Throwable e) {
        Throwable c = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        return c.getMessage() == null || c.getMessage().isBlank() ? c.getClass().getSimpleName() : c.getMessage();
    }

    public ObservableList<Question> questions() {
        return FXCollections.unmodifiableObservableList(questions);
    }

    public ReadOnlyObjectProperty<Preset> presetProperty() {
        return preset.getReadOnlyProperty();
    }

    /** The index of the question on the form ({@code questions().size()} for a new one), or {@link #NONE}. */
    public ReadOnlyIntegerProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** Whether the list differs from the preset as last saved. */
    public ReadOnlyBooleanProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** What went wrong last (adding past the limit, saving); null when nothing did. */
    public ReadOnlyObjectProperty<Problem> messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Where the last save went, said to the teacher; null before it or after a change. */
    public ReadOnlyObjectProperty<Problem> savedProperty() {
        return saved.getReadOnlyProperty();
    }
}
