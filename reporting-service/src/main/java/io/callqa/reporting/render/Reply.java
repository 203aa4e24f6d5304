package io.callqa.reporting.render;

import java.util.Objects;
import java.util.function.Supplier;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * A report's response in the asked {@link Format}: the JSON object as it is (Jackson writes it), the CSV from the
 * table (as a download, {@code Content-Disposition: attachment; filename="<filename>.csv"}), or the printable HTML
 * page. Only the asked rendition is built: the suppliers are called for CSV and HTML alone. A report without HTML
 * passes null and answers JSON to {@code Accept: text/html} (as {@link Format#of} decides with
 * {@code htmlToo = false}).
 *
 * <p>Every reply says {@code Vary: Accept} (the rendition depends on it) and {@code X-Content-Type-Options:
 * nosniff}; HTML also carries a {@code Content-Security-Policy} that allows no script and no external resource.
 * A resource using this must list the three media types in its {@code @Produces}.
 */
public final class Reply {

    /** The HTML page's policy: its inline style and nothing else. */
    public static final String HTML_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "frame-ancestors 'none'; form-action 'none'; base-uri 'none'";

    private Reply() {
    }

    public static Response of(Format format, Object json, Supplier<Table> csv, Supplier<String> html,
            String filename) {
        Response.ResponseBuilder reply;
        if (format == Format.CSV) {
            reply = Response.ok(Csv.write(Objects.requireNonNull(csv, "csv").get()), Format.CSV.mediaType())
                    .header("Content-Disposition", "attachment; filename=\"" + safe(filename) + ".csv\"");
        } else if (format == Format.HTML && html != null) {
            reply = Response.ok(html.get(), Format.HTML.mediaType()).header("Content-Security-Policy", HTML_POLICY);
        } else {
            reply = Response.ok(json, Format.JSON.mediaType());
        }
        return reply.header(HttpHeaders.VARY, HttpHeaders.ACCEPT).header("X-Content-Type-Options", "nosniff").build();
    }

    /**
     * The file name as ASCII letters, digits, dot, dash and underscore (anything else becomes {@code _}), so the
     * header cannot be broken by a quote or a line break and every browser keeps the name.
     */
    static String safe(String filename) {
        String name = filename == null || filename.isBlank() ? "report" : filename.strip();
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
