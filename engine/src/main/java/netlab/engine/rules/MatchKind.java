package netlab.engine.rules;

/** How a rule's pattern is held against a message. */
public enum MatchKind {
    EQUALS("equals"), STARTS_WITH("starts-with"), CONTAINS("contains"), REGEX("regex");

    private final String id;

    MatchKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static MatchKind byId(String id) {
        for (MatchKind k : values()) {
            if (k.id.equalsIgnoreCase(id.strip()) || k.name().equalsIgnoreCase(id.strip())) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown match '" + id + "'; known: equals, starts-with, contains, regex");
    }
}
