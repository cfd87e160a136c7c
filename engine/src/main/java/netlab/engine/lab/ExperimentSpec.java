package netlab.engine.lab;

import java.util.Map;
import java.util.Objects;

import netlab.engine.experiments.ExperimentCatalog;

/**
 * An experiment to run on the bench: its catalog id and its parameters.
 *
 * @param label the pane's and the main logger's name; the id when not given
 */
public record ExperimentSpec(String id, String label, Map<String, String> params) {
    public ExperimentSpec {
        Objects.requireNonNull(id, "id");
        if (ExperimentCatalog.find(id).isEmpty()) {
            throw new IllegalArgumentException("unknown experiment '" + id + "'; known: " + ExperimentCatalog.ids());
        }
        label = label == null || label.isBlank() ? id : label;
        params = Map.copyOf(params == null ? Map.of() : params);
    }

    public static ExperimentSpec of(String id) {
        return new ExperimentSpec(id, null, Map.of());
    }
}
