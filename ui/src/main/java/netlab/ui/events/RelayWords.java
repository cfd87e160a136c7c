package netlab.ui.events;

import java.util.OptionalLong;

import netlab.engine.lab.RelaySpec;
import netlab.engine.lab.TransportKind;
import netlab.ui.i18n.I18n;

/**
 * What a relay does, in the window's language, from its spec's typed fields: the English reads as
 * {@link RelaySpec#describe(long)} (the CLI's words); the split mode stays as typed ({@code fixed:5}).
 */
public final class RelayWords {
    private final I18n i18n;

    public RelayWords(I18n i18n) {
        this.i18n = i18n;
    }

    /** @param seedUsed the seed it drew, or empty before it runs (then it is said to be drawn when it starts) */
    public String describe(RelaySpec spec, OptionalLong seedUsed) {
        StringBuilder s = new StringBuilder();
        if (spec.transport() == TransportKind.UDP) {
            s.append(i18n.get("relay.words.datagrams"));
            if (spec.drop() > 0) {
                s.append(i18n.get("relay.words.drop", percent(spec.drop())));
            }
            if (spec.reorder() > 0) {
                s.append(i18n.get("relay.words.reorder", percent(spec.reorder())));
            }
        } else {
            s.append(i18n.get("relay.words.split", String.valueOf(spec.split())));
        }
        if (!spec.delay().isZero()) {
            s.append(i18n.get("relay.words.delay", String.valueOf(spec.delay().toMillis())));
        }
        if (spec.rate() > 0) {
            s.append(i18n.get("relay.words.rate", String.valueOf(spec.rate())));
        }
        if (spec.usesSeed()) {
            OptionalLong seed = seedUsed.isPresent() ? seedUsed : spec.seed();
            s.append(seed.isPresent() ? i18n.get("relay.words.seed", String.valueOf(seed.getAsLong())) : i18n.get("relay.words.seedLater"));
        }
        return s.toString();
    }

    /**
     * A description the engine wrote ({@link RelaySpec#describe(long)}, inside one of its log lines),
     * said again piece by piece in the window's language; as written when a piece is not one of its.
     */
    public String reword(String described) {
        StringBuilder s = new StringBuilder();
        for (String piece : described.split(", ")) {
            String said = piece(piece);
            if (said == null) {
                return described;
            }
            s.append(said);
        }
        return s.toString();
    }

    private String piece(String p) {
        if (p.equals("datagrams whole")) {
            return i18n.get("relay.words.datagrams");
        }
        if (p.equals("a seed drawn when it starts")) {
            return i18n.get("relay.words.seedLater");
        }
        String[][] forms = {{"split ", "", "relay.words.split"}, {"drop ", "", "relay.words.drop"}, {"reorder ", "", "relay.words.reorder"},
            {"delay ", " ms", "relay.words.delay"}, {"at most ", " bytes/s", "relay.words.rate"}, {"seed ", "", "relay.words.seed"}};
        for (String[] f : forms) {
            if (p.startsWith(f[0]) && p.endsWith(f[1]) && p.length() > f[0].length() + f[1].length()) {
                return i18n.get(f[2], p.substring(f[0].length(), p.length() - f[1].length()));
            }
        }
        return null;
    }

    private static String percent(double p) {
        return Math.round(p * 1000) / 10.0 + " %";
    }
}
