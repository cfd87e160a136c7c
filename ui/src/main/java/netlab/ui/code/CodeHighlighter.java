package netlab.ui.code;

import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/** Just enough highlighting for Python and Java: keywords, strings, comments, numbers. */
final class CodeHighlighter {
    private static final String PY_KEYWORDS = "async|await|def|class|return|if|elif|else|while|for|in|not|and|or|import|from|as|"
            + "try|except|finally|with|pass|break|continue|raise|yield|lambda|None|True|False|is";
    private static final String JAVA_KEYWORDS = "public|private|protected|static|final|class|interface|record|enum|void|return|if|"
            + "else|while|for|do|new|try|catch|finally|throw|throws|import|package|this|super|null|true|false|int|long|boolean|"
            + "var|extends|implements|switch|case|default|break|continue";

    private static Pattern pattern(String keywords, String comment) {
        return Pattern.compile("(?<COMMENT>" + comment + ")"
                + "|(?<STRING>\"\"\"[\\s\\S]*?\"\"\"|\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\\\\\n]|\\\\.)*')"
                + "|(?<KEYWORD>\\b(?:" + keywords + ")\\b)"
                + "|(?<NUMBER>\\b\\d+\\b)");
    }

    private static final Pattern PYTHON = pattern(PY_KEYWORDS, "#[^\\n]*");
    private static final Pattern JAVA = pattern(JAVA_KEYWORDS, "//[^\\n]*|/\\*[\\s\\S]*?\\*/");

    private CodeHighlighter() {
    }

    static StyleSpans<Collection<String>> spans(String text, boolean python) {
        Matcher m = (python ? PYTHON : JAVA).matcher(text);
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int last = 0;
        while (m.find()) {
            String style = m.group("COMMENT") != null ? "code-comment"
                    : m.group("STRING") != null ? "code-string"
                    : m.group("KEYWORD") != null ? "code-keyword" : "code-number";
            spans.add(List.of(), m.start() - last);
            spans.add(List.of(style), m.end() - m.start());
            last = m.end();
        }
        spans.add(List.of(), text.length() - last);
        return spans.create();
    }
}
