package io.callqa.reporting.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes one SVG chart element: escaped text, coordinates with one decimal, and an id prefix unique in the JVM so
 * that several charts' patterns and gradients do not clash inside one HTML page.
 */
final class Svg {

    static final String FONT = "'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',"
            + "'WenQuanYi Micro Hei','WenQuanYi Zen Hei',sans-serif";
    static final double FONT_SIZE = 12;
    static final double TITLE_HEIGHT = 30;
    static final String NO_DATA = "无数据 no data";

    private static final AtomicLong IDS = new AtomicLong();

    private final StringBuilder out = new StringBuilder(4096);
    private final String id = "c" + IDS.incrementAndGet();

    /** Opens the element: {@code class="chart chart-<kind>"}, role, label, title, description and a visible title. */
    Svg(String kind, String title, String desc, double width, double height) {
        String w = n(Math.ceil(width));
        String h = n(Math.ceil(height));
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-").append(kind)
                .append("\" role=\"img\" aria-label=\"").append(Cells.escape(title))
                .append("\" width=\"").append(w).append("\" height=\"").append(h)
                .append("\" viewBox=\"0 0 ").append(w).append(' ').append(h)
                .append("\" font-family=\"").append(FONT).append("\" font-size=\"").append(n(FONT_SIZE)).append("\">")
                .append("<title>").append(Cells.escape(title)).append("</title>")
                .append("<desc>").append(Cells.escape(desc)).append("</desc>")
                .append("<rect class=\"background\" width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
        text(8, 20, title, "start", "font-size=\"14\" font-weight=\"bold\" class=\"chart-title\"");
    }

    /** An id for a pattern or gradient of this chart. */
    String id(String name) {
        return id + "-" + name;
    }

    Svg raw(String markup) {
        out.append(markup);
        return this;
    }

    /** A rectangle with a tooltip ({@code <title>}) when {@code tip} is not null. */
    Svg rect(String cssClass, double x, double y, double w, double h, String fill, String extra, String tip) {
        out.append("<rect");
        if (cssClass != null) {
            out.append(" class=\"").append(cssClass).append('"');
        }
        out.append(" x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(Math.max(0, w)))
                .append("\" height=\"").append(n(Math.max(0, h))).append("\" fill=\"").append(fill).append('"');
        if (extra != null) {
            out.append(' ').append(extra);
        }
        if (tip == null) {
            out.append("/>");
        } else {
            out.append("><title>").append(Cells.escape(tip)).append("</title></rect>");
        }
        return this;
    }

    Svg text(double x, double y, String text, String anchor, String extra) {
        out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"")
                .append(anchor).append('"');
        if (extra != null) {
            out.append(' ').append(extra);
        }
        out.append('>').append(Cells.escape(text)).append("</text>");
        return this;
    }

    /** Text turned by {@code degrees} (negative: counter-clockwise) around its anchor point. */
    Svg turnedText(double x, double y, double degrees, String text, String anchor, String extra) {
        String turn = "transform=\"rotate(" + n(degrees) + ' ' + n(x) + ' ' + n(y) + ")\"";
        return text(x, y, text, anchor, extra == null ? turn : extra + ' ' + turn);
    }

    Svg line(String cssClass, double x1, double y1, double x2, double y2, String stroke, String extra) {
        out.append("<line");
        if (cssClass != null) {
            out.append(" class=\"").append(cssClass).append('"');
        }
        out.append(" x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(stroke).append('"');
        if (extra != null) {
            out.append(' ').append(extra);
        }
        out.append("/>");
        return this;
    }

    /** A diagonal hatch pattern, for cells without data or marked cells. */
    Svg hatch(String name, String background, String stroke, double opacity) {
        out.append("<defs><pattern id=\"").append(id(name)).append("\" width=\"6\" height=\"6\" ")
                .append("patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">");
        if (background != null) {
            out.append("<rect width=\"6\" height=\"6\" fill=\"").append(background).append("\"/>");
        }
        out.append("<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"").append(stroke).append("\" stroke-width=\"2\"")
                .append(" stroke-opacity=\"").append(n(opacity)).append("\"/></pattern></defs>");
        return this;
    }

    /** A left-to-right gradient through the given colours, evenly spaced. */
    Svg gradient(String name, String... colours) {
        out.append("<defs><linearGradient id=\"").append(id(name)).append("\" x1=\"0\" y1=\"0\" x2=\"1\" y2=\"0\">");
        for (int i = 0; i < colours.length; i++) {
            double offset = colours.length == 1 ? 0 : (double) i / (colours.length - 1);
            out.append("<stop offset=\"").append(n(offset * 100)).append("%\" stop-color=\"").append(colours[i])
                    .append("\"/>");
        }
        out.append("</linearGradient></defs>");
        return this;
    }

    String close() {
        return out.append("</svg>").toString();
    }

    /** A coordinate: at most one decimal, no trailing {@code .0}, never in exponent form. */
    static String n(double v) {
        double rounded = Math.round(v * 10) / 10.0;
        if (rounded == Math.rint(rounded)) {
            return Long.toString((long) rounded);
        }
        return String.format(Locale.ROOT, "%.1f", rounded);
    }

    /** A value shown to a reader: at most two decimals, trailing zeros dropped ({@code 12}, {@code 3.5}). */
    static String value(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** A value with one decimal ({@code 3.0}, {@code 12.5}). */
    static String oneDecimal(double v) {
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /** A share 0..1 as a whole percentage ({@code 0.857} → {@code 86%}). */
    static String percent(double share) {
        return BigDecimal.valueOf(share * 100).setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** The width text takes, estimated: CJK and other wide characters one em, the rest 0.6 em. */
    static double width(String text, double fontSize) {
        double ems = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            ems += wide(cp) ? 1.0 : 0.6;
            i += Character.charCount(cp);
        }
        return ems * fontSize;
    }

    /** The text cut to fit {@code maxWidth}, ending in an ellipsis when cut. */
    static String fit(String text, double maxWidth, double fontSize) {
        String t = text == null ? "" : text;
        if (width(t, fontSize) <= maxWidth) {
            return t;
        }
        StringBuilder kept = new StringBuilder();
        double used = fontSize;
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            used += (wide(cp) ? 1.0 : 0.6) * fontSize;
            if (used > maxWidth) {
                break;
            }
            kept.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        return kept.append('…').toString();
    }

    /** The widest of the texts, capped. */
    static double widest(Iterable<String> texts, double fontSize, double cap) {
        double max = 0;
        for (String t : texts) {
            max = Math.max(max, width(t == null ? "" : t, fontSize));
        }
        return Math.min(max, cap);
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || cp >= 0x20000;
    }
}
