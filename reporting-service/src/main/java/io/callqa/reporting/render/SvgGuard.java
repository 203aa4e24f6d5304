package io.callqa.reporting.render;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks that markup given to {@link HtmlPage#svg} is one SVG element without active content, so that a page
 * stays script-free even if a caller passes something other than a {@link Charts} output.
 */
final class SvgGuard {

    private static final Pattern ACTIVE = Pattern.compile(
            "<\\s*(script|foreignobject|iframe|object|embed)|\\son[a-z]+\\s*=|javascript:|<!\\[cdata\\[|(href|src)\\s*=\\s*[\"']?\\s*(https?:|//|data:)");

    private SvgGuard() {
    }

    static String checked(String svg) {
        String trimmed = svg == null ? "" : svg.strip();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("<svg") || !lower.endsWith("</svg>")) {
            throw new IllegalArgumentException("not an <svg> element");
        }
        if (ACTIVE.matcher(lower).find()) {
            throw new IllegalArgumentException("an <svg> with a script, an event handler or an external link");
        }
        return trimmed;
    }
}
