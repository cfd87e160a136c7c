package netlab.engine.port;

/**
 * How a preset's run ended once every client run and experiment was over.
 *
 * @param runId            names the run for {@link LabCommands#stopPreset}
 * @param clientsSucceeded whether every client run ended without an error
 * @param serversListening servers of the run still listening (a preset's servers outlive its clients)
 */
public record PresetOutcome(String runId, boolean clientsSucceeded, int serversListening) {
}
