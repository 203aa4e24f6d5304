package io.callqa.reporting.render;

import java.util.Locale;

/** The charts' colours: a colour-blind-safe palette (Okabe–Ito) and the two scales. */
final class Colours {

    /** Okabe–Ito, for bars and series. */
    static final String[] PALETTE = {"#0072B2", "#D55E00", "#009E73", "#E69F00", "#CC79A7", "#56B4E9", "#000000",
        "#F0E442"};
    static final String[] DASHES = {"", "6 3", "2 3", "8 3 2 3"};
    static final String AXIS = "#616161";
    static final String GRID = "#e0e0e0";
    static final String NO_DATA = "#e0e0e0";
    static final String[] HEAT = {"#ffffff", "#c62828"};
    static final String[] LEVEL = {"#d73027", "#fee08b", "#1a9850"};

    private Colours() {
    }

    /** White (at 0) to red (at 1). */
    static String heat(double t) {
        return mix(HEAT, t);
    }

    /** Red (0) through yellow (0.5) to green (1): a service level. */
    static String level(double t) {
        return mix(LEVEL, t);
    }

    /** Black or white, whichever reads better on the given background. */
    static String textOn(String background) {
        int[] c = rgb(background);
        double luminance = (0.299 * c[0] + 0.587 * c[1] + 0.114 * c[2]) / 255;
        return luminance > 0.55 ? "#212121" : "#ffffff";
    }

    private static String mix(String[] stops, double t) {
        double clamped = Double.isFinite(t) ? Math.max(0, Math.min(1, t)) : 0;
        double scaled = clamped * (stops.length - 1);
        int i = Math.min((int) Math.floor(scaled), stops.length - 2);
        double f = scaled - i;
        int[] a = rgb(stops[i]);
        int[] b = rgb(stops[i + 1]);
        return String.format(Locale.ROOT, "#%02x%02x%02x", lerp(a[0], b[0], f), lerp(a[1], b[1], f),
                lerp(a[2], b[2], f));
    }

    private static int lerp(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }

    private static int[] rgb(String hex) {
        int v = Integer.parseInt(hex.substring(1), 16);
        return new int[] {(v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff};
    }
}
