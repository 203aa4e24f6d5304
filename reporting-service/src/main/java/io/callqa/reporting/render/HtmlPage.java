package io.callqa.reporting.render;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A printable, self-contained HTML5 document: one file with its style inline, no script, no external resource
 * (fonts, images, style sheets), so it can be saved, mailed and printed on A4 as it is.
 *
 * <p>Every text given to the builder is escaped; the only markup taken as it is comes from {@link #svg}, which
 * accepts an {@code <svg>} element made by {@link Charts} and refuses scripts and event handlers. A
 * {@code Content-Security-Policy} meta element forbids scripts too, for a copy saved to disk.
 *
 * <pre>{@code
 * String html = HtmlPage.titled("质检周报 2026-W48").subtitle("2026-11-23 – 2026-11-29")
 *         .section("问题 Problems").table(table).svg(Charts.pareto("扣分 Pareto", bars))
 *         .render();
 * }</pre>
 */
public final class HtmlPage {

    private final String title;
    private final StringBuilder body = new StringBuilder();
    private String lang = "zh-CN";
    private boolean landscape;
    private boolean headerOpen;
    private boolean inSection;

    private HtmlPage(String title) {
        this.title = title;
    }

    /** A page whose {@code <title>} and {@code <h1>} are the given text. */
    public static HtmlPage titled(String title) {
        HtmlPage page = new HtmlPage(title);
        page.body.append("<header><h1>").append(Cells.escape(title)).append("</h1>");
        page.headerOpen = true;
        return page;
    }

    private void closeHeader() {
        if (headerOpen) {
            body.append("</header>\n<main>\n");
            headerOpen = false;
        }
    }

    /** The document's language ({@code lang} attribute), {@code zh-CN} unless told. */
    public HtmlPage lang(String languageTag) {
        this.lang = Locale.forLanguageTag(languageTag).toLanguageTag();
        return this;
    }

    /** Prints on A4 turned sideways: for wide grids such as a week of half-hour intervals. */
    public HtmlPage landscape() {
        this.landscape = true;
        return this;
    }

    /** A line under the title (period, scope, generation time); only right after {@link #titled}. */
    public HtmlPage subtitle(String text) {
        if (!headerOpen) {
            throw new IllegalStateException("a subtitle comes right after the title");
        }
        body.append("<p class=\"subtitle\">").append(Cells.escape(text)).append("</p>");
        return this;
    }

    /** Starts a section with a level-2 heading; the section runs until the next one or the end. */
    public HtmlPage section(String heading) {
        closeHeader();
        closeSection();
        body.append("<section>\n<h2>").append(Cells.escape(heading)).append("</h2>\n");
        inSection = true;
        return this;
    }

    /** A heading: level 3 inside a section, level 2 outside. */
    public HtmlPage heading(String text) {
        String tag = inSection ? "h3" : "h2";
        return element(tag, null, text);
    }

    public HtmlPage paragraph(String text) {
        return element("p", null, text);
    }

    /** A smaller, muted paragraph: a definition, a caveat, the source of the figures. */
    public HtmlPage note(String text) {
        return element("p", "note", text);
    }

    /** A quoted example (e.g. a masked transcript excerpt). */
    public HtmlPage quote(String text) {
        return element("blockquote", null, text);
    }

    public HtmlPage list(List<String> items) {
        closeHeader();
        body.append("<ul>");
        for (String item : items) {
            body.append("<li>").append(Cells.escape(item)).append("</li>");
        }
        body.append("</ul>\n");
        return this;
    }

    /** Label–value pairs (period, scope, totals), in the map's order. */
    public HtmlPage facts(Map<String, ?> facts) {
        closeHeader();
        body.append("<dl class=\"facts\">");
        facts.forEach((label, value) -> body.append("<dt>").append(Cells.escape(label)).append("</dt><dd>")
                .append(Cells.escape(Cells.plain(value))).append("</dd>"));
        body.append("</dl>\n");
        return this;
    }

    /** The table with its column headings; numbers right-aligned, null as an empty cell. */
    public HtmlPage table(Table table) {
        return table(null, table);
    }

    /** The table with a caption above it (none when null). */
    public HtmlPage table(String caption, Table table) {
        closeHeader();
        body.append(HtmlTable.of(caption, table));
        return this;
    }

    /**
     * An inline SVG chart, as made by {@link Charts}. Anything else is refused: markup that is not one
     * {@code <svg>} element, or that carries a script, an event handler, a {@code javascript:} link or a
     * {@code foreignObject}.
     */
    public HtmlPage svg(String svg) {
        closeHeader();
        body.append("<figure class=\"chart\">").append(SvgGuard.checked(svg)).append("</figure>\n");
        return this;
    }

    /** Starts a new printed page here. */
    public HtmlPage pageBreak() {
        closeHeader();
        body.append("<div class=\"page-break\"></div>\n");
        return this;
    }

    /** The whole document. The builder can go on being used afterwards. */
    public String render() {
        StringBuilder page = new StringBuilder(body.length() + PageStyle.CSS.length() + 512);
        page.append("<!DOCTYPE html>\n<html lang=\"").append(Cells.escape(lang)).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(PageStyle.CSP).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Cells.escape(title)).append("</title>\n")
                .append("<style>").append(PageStyle.CSS).append(landscape ? PageStyle.LANDSCAPE : "")
                .append("</style>\n</head>\n<body>\n")
                .append(body);
        if (headerOpen) {
            page.append("</header>\n<main>\n");
        }
        if (inSection) {
            page.append("</section>\n");
        }
        return page.append("</main>\n</body>\n</html>\n").toString();
    }

    private HtmlPage element(String tag, String cssClass, String text) {
        closeHeader();
        body.append('<').append(tag);
        if (cssClass != null) {
            body.append(" class=\"").append(cssClass).append('"');
        }
        body.append('>').append(Cells.escape(text)).append("</").append(tag).append(">\n");
        return this;
    }

    private void closeSection() {
        if (inSection) {
            body.append("</section>\n");
            inSection = false;
        }
    }
}
