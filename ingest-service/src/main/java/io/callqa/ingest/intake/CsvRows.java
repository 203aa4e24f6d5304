package io.callqa.ingest.intake;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 rows: comma-separated, fields optionally in double quotes (which may hold commas, line breaks and
 * doubled quotes), CRLF or LF line ends. Each row keeps the line it started on, for error messages.
 */
final class CsvRows {

    record Row(int line, List<String> cells) {
    }

    /** Thrown for a quote left open at the end of the text. */
    static final class UnclosedQuote extends RuntimeException {
        final int line;

        UnclosedQuote(int line) {
            super("a quoted field opened on line " + line + " is never closed", null, false, false);
            this.line = line;
        }
    }

    private final String text;
    private int pos;
    private int line = 1;

    private CsvRows(String text) {
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static List<Row> parse(String text) {
        return new CsvRows(text).rows();
    }

    private List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        while (pos < text.length()) {
            int startLine = line;
            List<String> cells = row();
            if (!(cells.size() == 1 && cells.get(0).isBlank())) {
                rows.add(new Row(startLine, cells));
            }
        }
        return rows;
    }

    private List<String> row() {
        List<String> cells = new ArrayList<>();
        while (true) {
            cells.add(cell());
            if (pos >= text.length()) {
                return cells;
            }
            char c = text.charAt(pos++);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
                    pos++;
                }
                line++;
                return cells;
            }
        }
    }

    private String cell() {
        if (pos < text.length() && text.charAt(pos) == '"') {
            return quoted();
        }
        int start = pos;
        while (pos < text.length() && ",\r\n".indexOf(text.charAt(pos)) < 0) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private String quoted() {
        int startLine = line;
        StringBuilder cell = new StringBuilder();
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                if (pos < text.length() && text.charAt(pos) == '"') {
                    cell.append('"');
                    pos++;
                    continue;
                }
                return cell.toString();
            }
            if (c == '\n') {
                line++;
            }
            cell.append(c);
        }
        throw new UnclosedQuote(startLine);
    }
}
