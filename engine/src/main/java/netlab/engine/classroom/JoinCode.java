package netlab.engine.classroom;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * The short code students type to join a class: {@value #LENGTH} characters from an alphabet
 * without the ones a projector or a handwriting makes ambiguous (no 0/O, 1/I/L, 2/Z, 5/S, 8/B).
 * Typed codes are compared case-insensitively, spaces and dashes ignored, in constant time.
 */
public record JoinCode(String value) {
    public static final String ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";
    public static final int LENGTH = 5;

    public JoinCode {
        if (value == null || value.length() != LENGTH || value.chars().anyMatch(c -> ALPHABET.indexOf(c) < 0)) {
            throw new IllegalArgumentException("a join code is " + LENGTH + " characters of " + ALPHABET + ", was " + value);
        }
    }

    /** A fresh code; about 9.8 million of them, so a guess is refused long before it is lucky. */
    public static JoinCode random() {
        return random(new SecureRandom());
    }

    public static JoinCode random(RandomGenerator random) {
        StringBuilder b = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new JoinCode(b.toString());
    }

    /** Whether a person typed this code ({@code " abc-de "} is {@code ABCDE}). */
    public boolean matches(String typed) {
        if (typed == null || typed.length() > 64) {
            return false;
        }
        String t = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return MessageDigest.isEqual(t.getBytes(StandardCharsets.UTF_8), value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return value;
    }
}
