package io.callqa.reporting.render;

import java.util.List;

/** A {@link Table} as an HTML table: escaped text, numbers right-aligned ({@code class="num"}). */
final class HtmlTable {

    private HtmlTable() {
    }

    static String of(String caption, Table table) {
        StringBuilder out = new StringBuilder("<table>");
        if (caption != null) {
            out.append("<caption>").append(Cells.escape(caption)).append("</caption>");
        }
        out.append("<thead><tr>");
        for (String column : table.columns()) {
            out.append("<th scope=\"col\">").append(Cells.escape(column)).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (List<Object> row : table.rows()) {
            out.append("<tr>");
            for (Object value : row) {
                out.append(Cells.isNumber(value) ? "<td class=\"num\">" : "<td>")
                        .append(Cells.escape(Cells.plain(value))).append("</td>");
            }
            out.append("</tr>\n");
        }
        if (table.rows().isEmpty()) {
            out.append("<tr><td class=\"empty\" colspan=\"").append(Math.max(1, table.columns().size()))
                    .append("\">—</td></tr>\n");
        }
        return out.append("</tbody></table>\n").toString();
    }
}
