package io.callqa.reporting.render;

import java.util.List;
import java.util.Locale;

import io.callqa.kit.problem.ProblemException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * The rendition a report is asked for: {@code ?format=json|csv|html}, else the {@code Accept} header
 * ({@code text/csv}, {@code text/html}), else JSON.
 */
public enum Format {
    JSON(MediaType.APPLICATION_JSON_TYPE),
    CSV(new MediaType("text", "csv", "UTF-8")),
    HTML(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));

    public static final String CSV_TYPE = "text/csv";

    private final MediaType mediaType;

    Format(MediaType mediaType) {
        this.mediaType = mediaType;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    /**
     * @param format  the {@code format} query parameter, or null
     * @param headers the request's headers, for {@code Accept}
     * @param htmlToo whether the report has a printable HTML rendition; asking one that has none is a 400
     */
    public static Format of(String format, HttpHeaders headers, boolean htmlToo) {
        Format asked = format == null || format.isBlank() ? fromAccept(headers) : named(format, htmlToo);
        return asked == HTML && !htmlToo ? JSON : asked;
    }

    private static Format named(String format, boolean htmlToo) {
        String name = format.strip().toLowerCase(Locale.ROOT);
        if (name.equals("json")) {
            return JSON;
        }
        if (name.equals("csv")) {
            return CSV;
        }
        if (name.equals("html") && htmlToo) {
            return HTML;
        }
        throw ProblemException.invalid("format", htmlToo ? "must be json, csv or html" : "must be json or csv");
    }

    private static Format fromAccept(HttpHeaders headers) {
        List<MediaType> accepted = headers == null ? List.of() : headers.getAcceptableMediaTypes();
        for (MediaType type : accepted) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType()) {
                return JSON;
            }
            if (type.getType().equals("text") && type.getSubtype().equals("csv")) {
                return CSV;
            }
            if (type.getType().equals("text") && type.getSubtype().equals("html")) {
                return HTML;
            }
        }
        return JSON;
    }
}
