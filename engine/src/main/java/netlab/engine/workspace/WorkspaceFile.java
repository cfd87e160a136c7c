package netlab.engine.workspace;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import netlab.engine.files.Fields;
import netlab.engine.files.JsonTree;
import netlab.engine.files.JsonWriting;
import netlab.engine.files.Node;
import netlab.engine.script.ScriptFile;

/**
 * A workspace file (JSON, {@code "format": "netlab-workspace"}, versioned): servers with their
 * rules, relays, clients and scripts. A file from a newer NetLab is refused with the reason;
 * anything wrong is a {@link netlab.engine.files.FileProblem} naming the line and the field.
 */
public final class WorkspaceFile {
    public static final String FORMAT = "netlab-workspace";
    /** 2: a window's layout may come with the bench (version 1 files are read as they are). */
    public static final int VERSION = 2;
    /** The usual ending of a workspace's file name. */
    public static final String SUFFIX = ".netlab-workspace.json";

    private static final Set<String> TOP = Set.of("format", "version", "servers", "relays", "clients", "scripts", "layout");
    private static final Set<String> LAYOUT = Set.of("view", "side_bar", "banner_folded", "preset");

    private WorkspaceFile() {
    }

    public static Workspace read(Path file) {
        return fromNode(file.toString(), JsonTree.read(file));
    }

    static Workspace fromNode(String file, Node node) {
        Fields top = new Fields(file, node);
        if (!top.has("format") || !FORMAT.equals(top.string("format"))) {
            throw top.problem("format", "this is not a NetLab workspace (expected \"format\": \"" + FORMAT + "\")");
        }
        long version = top.integer("version", 0, 1, Integer.MAX_VALUE);
        if (version == 0) {
            throw top.problem("version", "missing");
        }
        if (version > VERSION) {
            throw top.problem("version", "this workspace is format version " + version + ", made by a newer NetLab; this NetLab reads version "
                    + VERSION + ": update NetLab to open it");
        }
        top.onlyKnown(TOP);
        Workspace w = new Workspace(top.list("servers", n -> SpecData.server(file, n)), top.list("relays", n -> SpecData.relay(file, n)),
                top.list("clients", n -> SpecData.client(file, n)), top.list("scripts", n -> ScriptFile.fromNode(file, n)));
        return node.fields().get("layout") == null ? w : w.withLayout(layout(top.object("layout")));
    }

    private static WorkspaceLayout layout(Fields f) {
        f.onlyKnown(LAYOUT);
        try {
            return new WorkspaceLayout(f.string("view", WorkspaceLayout.DEFAULT.view()), f.bool("side_bar", true),
                    f.bool("banner_folded", false), f.string("preset", null));
        } catch (IllegalArgumentException e) {
            throw f.problem(e.getMessage());
        }
    }

    public static Map<String, Object> toData(Workspace w) {
        Map<String, Object> top = new LinkedHashMap<>();
        top.put("format", FORMAT);
        top.put("version", VERSION);
        top.put("servers", w.servers().stream().map(SpecData::server).toList());
        top.put("relays", w.relays().stream().map(SpecData::relay).toList());
        top.put("clients", w.clients().stream().map(SpecData::client).toList());
        top.put("scripts", w.scripts().stream().map(ScriptFile::toData).toList());
        w.layout().ifPresent(l -> {
            Map<String, Object> layout = new LinkedHashMap<>();
            layout.put("view", l.view());
            layout.put("side_bar", l.sideBar());
            layout.put("banner_folded", l.bannerFolded());
            if (l.preset() != null) {
                layout.put("preset", l.preset());
            }
            top.put("layout", layout);
        });
        return top;
    }

    public static String toJson(Workspace w) {
        return JsonWriting.write(toData(w));
    }
}
