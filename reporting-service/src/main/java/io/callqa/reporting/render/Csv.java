package io.callqa.reporting.render;

import java.util.List;

/**
 * A {@link Table} as CSV (RFC 4180): a header row, then one record per row, each ended by CRLF; a field is
 * quoted when it holds a comma, a double quote, CR or LF, and a double quote inside is doubled.
 *
 * <p>The text starts with a UTF-8 byte order mark (U+FEFF) so that Excel opens Chinese text as UTF-8 instead of
 * the system code page; other readers (pandas, LibreOffice, {@code csv} modules) skip it.
 *
 * <p>Values are written as {@link Cells#plain}: numbers plain ({@code 82.5}, never {@code 8.25E1}), dates ISO
 * ({@code 2026-11-30}), null as an empty field.
 *
 * <p>Formula injection (CWE-1236): a text field that starts with {@code =}, {@code +}, {@code -}, {@code @}, tab
 * or carriage return would be run as a formula by a spreadsheet, so it gets a leading single quote
 * ({@code '=HYPERLINK(...)}). Numbers and dates are never prefixed: {@code -3.5} stays a number.
 */
public final class Csv {

    /** The byte order mark that starts every CSV written here. */
    public static final String BOM = "\uFEFF";

    private static final String CRLF = "\r\n";

    private Csv() {
    }

    public static String write(Table table) {
        StringBuilder out = new StringBuilder(BOM);
        record(out, List.copyOf(table.columns()));
        for (List<Object> row : table.rows()) {
            record(out, row);
        }
        return out.toString();
    }

    private static void record(StringBuilder out, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(values.get(i)));
        }
        out.append(CRLF);
    }

    static String field(Object value) {
        String text = Cells.plain(value);
        if (!Cells.isNumber(value) && !Cells.isTemporal(value) && startsLikeFormula(text)) {
            text = "'" + text;
        }
        return needsQuotes(text) ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private static boolean startsLikeFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    private static boolean needsQuotes(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }
}
