package netlab.engine.preset;

import java.util.List;
import java.util.Objects;

import netlab.engine.lab.ExperimentSpec;

/**
 * One experiment of the library (SPEC §1): what it sets up on the bench and what it tells the
 * class. Pure data; the app loads it from {@code resources/}.
 *
 * @param id          e.g. {@code stream-echo}
 * @param seed        the seed text it comes from, e.g. {@code 000} or {@code 001 #11}
 * @param explanation paragraphs for the class: what to look at, what the seed says
 * @param experiments seed programs that run after the clients, one after the other
 * @param relays      re-chunking relays in front of its servers, started after them; a client
 *                    names a relay as its server to go through it
 * @param questions   what it asks the class at its teaching moments (none, or 1 to {@value #MAX_QUESTIONS}),
 *                    in the order the moments come in a run
 */
public record Preset(String id, String seed, LocalizedText title, LocalizedText summary,
                     List<LocalizedText> explanation, List<ServerPreset> servers, List<ClientPreset> clients,
                     List<ExperimentSpec> experiments, List<RelayPreset> relays, List<Question> questions) {
    public static final int MAX_QUESTIONS = 3;

    public Preset {
        questions = questions == null ? List.of() : List.copyOf(questions);
        if (questions.size() > MAX_QUESTIONS) {
            throw new IllegalArgumentException("a preset asks at most " + MAX_QUESTIONS + " questions, this one " + questions.size());
        }
        if (questions.stream().map(Question::id).distinct().count() != questions.size()) {
            throw new IllegalArgumentException("two questions have the same id");
        }
        experiments = List.copyOf(experiments);
        Objects.requireNonNull(id, "id");
        explanation = List.copyOf(explanation);
        servers = List.copyOf(servers);
        clients = List.copyOf(clients);
        relays = relays == null ? List.of() : List.copyOf(relays);
        for (RelayPreset r : relays) {
            if (servers.stream().noneMatch(s -> s.name().equals(r.server()))) {
                throw new IllegalArgumentException("relay '" + r.name() + "' forwards to server '" + r.server()
                        + "', which the preset does not define");
            }
            if (servers.stream().anyMatch(s -> s.name().equals(r.name()))) {
                throw new IllegalArgumentException("relay '" + r.name() + "' has the name of a server");
            }
        }
        List<RelayPreset> relayList = relays;
        for (ClientPreset c : clients) {
            if (c.server() != null && servers.stream().noneMatch(s -> s.name().equals(c.server()))
                    && relayList.stream().noneMatch(r -> r.name().equals(c.server()))) {
                throw new IllegalArgumentException("client '" + c.name() + "' refers to server '" + c.server()
                        + "', which the preset does not define");
            }
        }
    }

    /**
     * What {@code client} runs over: the transport of the server or relay it names (a run gives it
     * theirs, as {@link PresetRun} does), else its own.
     */
    public netlab.engine.lab.TransportKind transportOf(ClientPreset client) {
        for (ServerPreset s : servers) {
            if (s.name().equals(client.server())) {
                return s.spec().transport();
            }
        }
        for (RelayPreset r : relays) {
            if (r.name().equals(client.server())) {
                return r.spec().transport();
            }
        }
        return client.spec().transport();
    }

    public Preset(String id, String seed, LocalizedText title, LocalizedText summary, List<LocalizedText> explanation,
                  List<ServerPreset> servers, List<ClientPreset> clients, List<ExperimentSpec> experiments) {
        this(id, seed, title, summary, explanation, servers, clients, experiments, List.of(), List.of());
    }

    /** A preset without questions. */
    public Preset(String id, String seed, LocalizedText title, LocalizedText summary, List<LocalizedText> explanation,
                  List<ServerPreset> servers, List<ClientPreset> clients, List<ExperimentSpec> experiments,
                  List<RelayPreset> relays) {
        this(id, seed, title, summary, explanation, servers, clients, experiments, relays, List.of());
    }

    /** The same preset asking {@code replaced} instead (a teacher's edited questions). */
    public Preset withQuestions(List<Question> replaced) {
        return new Preset(id, seed, title, summary, explanation, servers, clients, experiments, relays, replaced);
    }

    public java.util.Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }
}
