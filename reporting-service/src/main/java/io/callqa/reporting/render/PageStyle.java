package io.callqa.reporting.render;

/** The inline style sheet of {@link HtmlPage}: screen and A4 print, Chinese fonts first. */
final class PageStyle {

    /** No script, no external resource: only the inline style and inline (data:) images. */
    static final String CSP = "default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:";

    static final String CSS = String.join("\n",
            "",
            ":root{color-scheme:light}",
            "*{box-sizing:border-box}",
            "body{margin:0 auto;max-width:1100px;padding:24px;color:#212121;background:#fff;line-height:1.5;"
                    + "font:14px/1.5 \"Noto Sans CJK SC\",\"Source Han Sans SC\",\"PingFang SC\",\"Microsoft YaHei\","
                    + "\"WenQuanYi Micro Hei\",\"WenQuanYi Zen Hei\",system-ui,sans-serif}",
            "header{border-bottom:2px solid #424242;margin-bottom:16px}",
            "h1{font-size:22px;margin:0 0 4px}",
            "h2{font-size:18px;margin:24px 0 8px;border-bottom:1px solid #bdbdbd}",
            "h3{font-size:15px;margin:16px 0 6px}",
            ".subtitle{color:#616161;margin:0 0 8px}",
            ".note{color:#616161;font-size:12px}",
            "blockquote{margin:6px 0 6px 12px;padding:4px 10px;border-left:3px solid #9e9e9e;background:#fafafa}",
            "dl.facts{display:grid;grid-template-columns:max-content auto;gap:2px 16px;margin:8px 0}",
            "dl.facts dt{color:#616161}dl.facts dd{margin:0}",
            "table{border-collapse:collapse;width:100%;margin:8px 0 16px;font-size:13px}",
            "caption{text-align:left;font-weight:600;padding:4px 0}",
            "th,td{border:1px solid #bdbdbd;padding:4px 6px;vertical-align:top;text-align:left}",
            "th{background:#eeeeee}",
            "td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}",
            "td.empty{text-align:center;color:#9e9e9e}",
            "tbody tr:nth-child(even){background:#fafafa}",
            "figure.chart{margin:12px 0;overflow-x:auto}",
            "figure.chart svg{max-width:100%;height:auto;display:block}",
            ".page-break{break-after:page}",
            "@page{size:A4;margin:15mm 12mm}",
            "@media print{",
            "  body{max-width:none;padding:0;font-size:11pt}",
            "  h2,h3{break-after:avoid}",
            "  thead{display:table-header-group}",
            "  tr,figure,blockquote{break-inside:avoid}",
            "  figure.chart{overflow:visible}",
            "  tbody tr:nth-child(even){background:none}",
            "  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}",
            "}",
            "");

    static final String LANDSCAPE = "@page{size:A4 landscape}\n";

    private PageStyle() {
    }
}
