package netlab.ui.panes;

import java.util.List;

/**
 * A pane written out: as plain text (its lines, as shown), or as a self-contained HTML page that
 * keeps the chunk colours, so a class handout shows the blocks as the lab does.
 */
public final class PaneExport {
    private PaneExport() {
    }

    public static String text(String title, List<PaneLine> lines, long elided) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(title).append('\n');
        if (elided > 0) {
            out.append("# ").append(elided).append(" earlier lines elided\n");
        }
        for (PaneLine line : lines) {
            out.append(line.text()).append('\n');
        }
        return out.toString();
    }

    public static String html(String title, List<PaneLine> lines, long elided) {
        StringBuilder out = new StringBuilder(4096);
        out.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>").append(escape(title)).append("</title>\n<style>\n")
                .append("body{font-family:'DejaVu Sans Mono',Menlo,Consolas,monospace;font-size:13px;background:#fff;color:#0f172a}\n")
                .append("pre{white-space:pre-wrap;margin:0} .event,.state{color:#64748b} .error{color:#b91c1c;font-weight:bold}\n")
                .append(".hint{color:#92400e} .elided{color:#a16207;font-style:italic} .chunk-more{color:#94a3b8;font-style:italic}\n")
                .append(".chunk-badge{font-weight:bold;color:#fff} .chunk-badge.in-a{background:#1d4ed8} .chunk-badge.in-b{background:#4338ca}\n")
                .append(".chunk-badge.out-a{background:#c2410c} .chunk-badge.out-b{background:#a16207}\n")
                .append(".chunk.in-a{background:#dbeafe} .chunk.in-b{background:#e0e7ff} .chunk.out-a{background:#ffedd5} .chunk.out-b{background:#fef3c7}\n")
                .append("</style></head><body>\n<h3>").append(escape(title)).append("</h3>\n<pre>");
        if (elided > 0) {
            out.append("<span class=\"elided\">⋯ ").append(elided).append(" earlier lines elided</span>\n");
        }
        for (PaneLine line : lines) {
            for (PaneLine.Segment s : line.segments()) {
                if (s.styles().isEmpty()) {
                    out.append(escape(s.text()));
                } else {
                    out.append("<span class=\"").append(String.join(" ", s.styles())).append("\">")
                            .append(escape(s.text())).append("</span>");
                }
            }
            out.append('\n');
        }
        return out.append("</pre>\n</body></html>\n").toString();
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
