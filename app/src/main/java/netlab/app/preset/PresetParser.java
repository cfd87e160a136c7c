package netlab.app.preset;

import java.io.IOException;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import netlab.engine.lab.ClientBehavior;
import netlab.engine.lab.ClientSpec;
import netlab.engine.lab.TlsTrust;
import netlab.engine.lab.TransportKind;
import netlab.engine.stream.ReadMode;
import netlab.engine.lab.ExperimentSpec;
import netlab.engine.lab.Limits;
import netlab.engine.transport.ConnectOptions;
import netlab.engine.lab.ServerBehavior;
import netlab.engine.lab.ServerSpec;
import netlab.engine.net.UnixPath;
import netlab.engine.bytes.ByteInput;
import netlab.engine.bytes.Bytes;
import netlab.engine.preset.ClientPreset;
import netlab.engine.preset.LocalizedText;
import netlab.engine.preset.Preset;
import netlab.engine.preset.Question;
import netlab.engine.preset.RelayPreset;
import netlab.engine.lab.RelaySpec;
import netlab.engine.relay.SplitMode;
import netlab.engine.preset.ServerPreset;

/**
 * Reads a preset file ({@code netlab-preset/1}, JSON). Presets are data only: the file is read as
 * a tree and every field is checked by hand, so a wrong file gets a message naming the field
 * ({@code servers[0].port: must be 0..65535, was 99999}) and can never make the lab run code.
 */
public final class PresetParser {
    public static final String FORMAT = "netlab-preset/1";
    /** Far beyond any real preset; a bigger file is refused before it is parsed. */
    public static final int MAX_BYTES = 1024 * 1024;

    private final ObjectMapper mapper = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).maxStringLength(256 * 1024).build())
            .build());

    public Preset parse(String source, byte[] content) {
        if (content.length > MAX_BYTES) {
            throw new PresetException(source + ": " + content.length + " bytes is too big for a preset (at most " + MAX_BYTES + ")");
        }
        JsonNode root;
        try {
            root = mapper.readTree(content);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new PresetException(source + ": not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"), e);
        } catch (IOException e) {
            throw new PresetException(source + ": cannot be read: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new PresetException(source + ": a preset is a JSON object");
        }
        Fields f = new Fields(source, "");
        try {
            String format = f.text(root, "format");
            if (!FORMAT.equals(format)) {
                throw new PresetException(source + ": format '" + format + "' is not supported (this NetLab reads " + FORMAT + ")");
            }
            String id = f.text(root, "id");
            if (!id.matches("[a-z0-9][a-z0-9-]{0,63}")) {
                throw new PresetException(source + ": id '" + id + "' must be lower-case letters, digits and dashes");
            }
            List<ServerPreset> servers = f.list(root, "servers", false, (node, at) -> server(at, node));
            List<ClientPreset> clients = f.list(root, "clients", false, (node, at) -> client(at, node));
            List<ExperimentSpec> experiments = f.list(root, "experiments", false, (node, at) -> experiment(at, node));
            List<RelayPreset> relays = f.list(root, "relays", false, (node, at) -> relay(at, node));
            List<Question> questions = f.list(root, "questions", false, QuestionJson::read);
            if (questions.size() > Preset.MAX_QUESTIONS) {
                throw new IllegalArgumentException("questions: at most " + Preset.MAX_QUESTIONS + " questions, this preset has " + questions.size());
            }
            for (int i = 0; i < questions.size(); i++) {
                for (int j = 0; j < i; j++) {
                    if (questions.get(i).id().equals(questions.get(j).id())) {
                        throw new IllegalArgumentException("questions[" + i + "].id: '" + questions.get(i).id()
                                + "' is the id of questions[" + j + "] too");
                    }
                }
            }
            return new Preset(id, f.text(root, "seed"), f.localized(root, "title"), f.localized(root, "summary"),
                    f.list(root, "explanation", false, (node, at) -> at.localizedNode(node)), servers, clients, experiments,
                    relays, questions);
        } catch (IllegalArgumentException e) {
            throw new PresetException(source + ": " + e.getMessage(), e);
        }
    }

    private static ServerPreset server(Fields at, JsonNode node) {
        String name = at.text(node, "name");
        ServerSpec spec = at.wrap(() -> {
            ServerSpec.Builder server = ServerSpec.builder();
            optPath(at, node).ifPresent(server::path);
            return server.transport(TransportKind.byId(at.optText(node, "transport", "tcp")))
                    .host(at.optText(node, "host", ServerSpec.DEFAULT_HOST))
                    .port(at.optInt(node, "port", ServerSpec.DEFAULT_PORT))
                    .readSize(at.optInt(node, "readSize", ServerSpec.DEFAULT_READ_SIZE))
                    .behavior(ServerBehavior.byId(at.optText(node, "behavior", "echo")))
                    .maxConnections(at.optInt(node, "maxConnections", Limits.DEFAULT_MAX_CONNECTIONS))
                    .build();
        });
        return new ServerPreset(name, spec);
    }

    /**
     * A relay in front of one of the preset's servers: {@code name}, {@code server} (the one it
     * forwards to), {@code host}/{@code port}/{@code transport}/{@code path} (where it listens),
     * {@code split} (as {@code --split} writes it), {@code seed}, {@code delayMs}, {@code rate}
     * (bytes/s), {@code holdMs}, and for UDP {@code drop} and {@code reorder} (chances 0..1).
     */
    private static RelayPreset relay(Fields at, JsonNode node) {
        String name = at.text(node, "name");
        String server = at.text(node, "server");
        RelaySpec spec = at.wrap(() -> {
            RelaySpec.Builder relay = RelaySpec.builder();
            JsonNode seedNode = node.get("seed");
            if (seedNode != null && !seedNode.isNull()) {
                if (!seedNode.isIntegralNumber() || !seedNode.canConvertToLong()) {
                    throw new IllegalArgumentException(at.at("seed") + ": must be a whole number, was " + seedNode);
                }
                relay.seed(seedNode.longValue());
            }
            optPath(at, node).ifPresent(relay::path);
            return relay.transport(TransportKind.byId(at.optText(node, "transport", "tcp")))
                    .host(at.optText(node, "host", ServerSpec.DEFAULT_HOST))
                    .port(at.optInt(node, "port", 0))
                    .target(RelayPreset.TARGET_UNTIL_IT_RUNS)
                    .split(SplitMode.parse(at.optText(node, "split", "none")))
                    .delay(Duration.ofMillis(at.optInt(node, "delayMs", 0)))
                    .rate(at.optInt(node, "rate", 0))
                    .hold(Duration.ofMillis(at.optInt(node, "holdMs", (int) RelaySpec.DEFAULT_HOLD.toMillis())))
                    .drop(at.optDouble(node, "drop", 0))
                    .reorder(at.optDouble(node, "reorder", 0))
                    .build();
        });
        return new RelayPreset(name, server, spec);
    }

    private static ExperimentSpec experiment(Fields at, JsonNode node) {
        String id = at.text(node, "id");
        Map<String, String> params = new LinkedHashMap<>();
        JsonNode p = node.get("params");
        if (p != null && !p.isNull()) {
            if (!p.isObject()) {
                throw new IllegalArgumentException(at.at("params") + ": must be an object of name -> value");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = p.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getValue().isValueNode() || e.getValue().isNull()) {
                    throw new IllegalArgumentException(at.at("params") + "." + e.getKey() + ": must be a string, number or boolean");
                }
                params.put(e.getKey(), e.getValue().asText());
            }
        }
        return at.wrap(() -> new ExperimentSpec(id, at.optText(node, "label", null), params));
    }

    private static ClientPreset client(Fields at, JsonNode node) {
        String name = at.text(node, "name");
        String server = at.optText(node, "server", null);
        ByteInput.Mode mode = at.wrap(() -> ByteInput.Mode.byId(at.optText(node, "partsEncoding", "text")));
        List<Bytes> parts = at.list(node, "parts", true, (p, pat) -> {
            if (!p.isTextual()) {
                throw new IllegalArgumentException(pat.path() + ": a part is a string");
            }
            return pat.wrap(() -> ByteInput.parse(p.textValue(), mode));
        });
        ClientSpec spec = at.wrap(() -> {
            ClientSpec.Builder client = ClientSpec.builder();
            optPath(at, node).ifPresent(client::path);
            String read = at.optText(node, "read", null);
            if (read != null) {
                client.read(ReadMode.parse(read));
            }
            return client.transport(TransportKind.byId(at.optText(node, "transport", "tcp")))
                    .host(at.optText(node, "host", ServerSpec.DEFAULT_HOST))
                    .port(at.optInt(node, "port", ServerSpec.DEFAULT_PORT))
                    .parts(parts)
                    .pause(Duration.ofMillis(at.optInt(node, "pauseMs", 0)))
                    .halfClose(at.optBool(node, "halfClose", true))
                    .readSize(at.optInt(node, "readSize", ServerSpec.DEFAULT_READ_SIZE))
                    .behavior(ClientBehavior.byId(at.optText(node, "behavior", "echo")))
                    .trust(at.optBool(node, "insecure", false) ? TlsTrust.INSECURE : TlsTrust.LAB)
                    .connectTimeout(Duration.ofMillis(at.optInt(node, "connectTimeoutMs", (int) ConnectOptions.DEFAULT_TIMEOUT.toMillis())))
                    .build();
        });
        return at.wrap(() -> new ClientPreset(name, server, spec, at.optInt(node, "repeat", 1)));
    }

    /** A socket path; absent means the lab picks one (a server, a relay) or takes its server's (a client). */
    private static Optional<UnixPath> optPath(Fields at, JsonNode node) {
        return Optional.ofNullable(at.optText(node, "path", null)).map(UnixPath::new);
    }
}
