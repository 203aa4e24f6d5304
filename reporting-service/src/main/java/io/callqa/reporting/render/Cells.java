package io.callqa.reporting.render;

import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;

/**
 * How a {@link Table} value is written, in CSV and in HTML alike: null as nothing, numbers plain (never in
 * scientific notation; a double that is NaN or infinite as nothing), dates and times in ISO 8601 (the
 * {@code java.time} types' own {@code toString}), enums by name, anything else by {@code toString}.
 */
final class Cells {

    private Cells() {
    }

    static String plain(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal) {
            return ((BigDecimal) value).toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d).toPlainString() : "";
        }
        if (value instanceof Enum) {
            return ((Enum<?>) value).name();
        }
        return value.toString();
    }

    /** Numbers are right-aligned in HTML and never treated as formula text in CSV. */
    static boolean isNumber(Object value) {
        return value instanceof Number;
    }

    /** Dates and times: written as they are, never treated as formula text. */
    static boolean isTemporal(Object value) {
        return value instanceof TemporalAccessor;
    }

    /**
     * Drops the characters XML 1.0 (and so XHTML/SVG parsers) do not allow: C0 controls other than tab, line
     * feed and carriage return, unpaired surrogates, U+FFFE and U+FFFF.
     */
    static String xmlSafe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (!Character.isSurrogate(c) && allowed(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean allowed(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
    }

    /** Escapes text for HTML and XML content and (double- or single-quoted) attribute values. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        String safe = xmlSafe(text);
        StringBuilder out = new StringBuilder(safe.length() + 16);
        for (int i = 0; i < safe.length(); i++) {
            char c = safe.charAt(i);
            switch (c) {
                case '&': out.append("&amp;"); break;
                case '<': out.append("&lt;"); break;
                case '>': out.append("&gt;"); break;
                case '"': out.append("&quot;"); break;
                case '\'': out.append("&#39;"); break;
                default: out.append(c);
            }
        }
        return out.toString();
    }
}
