package netlab.app.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds English sentences in a text the Chinese window shows, once what may stay English is taken
 * out: byte literals ({@code b'…'}), Python reprs in quotes (addresses {@code ('127.0.0.1', 8888)},
 * command lines), asyncio identifiers and calls ({@code connection_made}, {@code read()}), paths,
 * numbers and addresses, and texts the caller allows (a seed's printed lines, an exception's repr).
 * A sentence is two or more English words in a row; a lone word (a logger's name, {@code pid},
 * {@code None}) is not one.
 */
final class EnglishSentences {
    private static final Pattern BYTES = Pattern.compile("b'(?:[^'\\\\]|\\\\.)*'|b\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern QUOTED = Pattern.compile("'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"");
    /** Identifiers and calls ({@code write_eof()}, {@code proc.stdout}, {@code Task-18}), paths, addresses and numbers. */
    private static final Pattern TOKEN = Pattern.compile(
            "[^\\s\\p{IsHan}，。：；（）“”、]*(?:[_/\\d()\\[\\]@#=<>-]|\\w[.:]\\w)[^\\s\\p{IsHan}，。：；（）“”、]*");
    private static final Pattern SENTENCE = Pattern.compile("(?<![A-Za-z])[A-Za-z]{2,}(?:[ ,;:.!?]+[A-Za-z]{2,})+(?![A-Za-z])");

    private EnglishSentences() {
    }

    /** The English sentences left in {@code text} once the {@code allowed} texts and the kinds above are out. */
    static List<String> in(String text, List<String> allowed) {
        String s = text;
        for (String a : allowed) {
            if (a != null && !a.isEmpty()) {
                s = s.replace(a, " ");
            }
        }
        s = BYTES.matcher(s).replaceAll(" ");
        s = QUOTED.matcher(s).replaceAll(" ");
        s = TOKEN.matcher(s).replaceAll(" ");
        List<String> found = new ArrayList<>();
        Matcher m = SENTENCE.matcher(s);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
