package io.callqa.reporting.render;

import java.util.ArrayList;
import java.util.List;

/** A value axis with "nice" round ticks (steps of 1, 2 or 5 times a power of ten) covering lo..hi. */
record Scale(double lo, double hi, double step) {

    static Scale covering(double min, double max) {
        double lo = Math.min(0, min);
        double hi = Math.max(0, max);
        if (hi - lo <= 0) {
            hi = lo + 1;
        }
        double step = niceStep((hi - lo) / 5);
        return new Scale(Math.floor(lo / step) * step, Math.ceil(hi / step) * step, step);
    }

    /** An axis around the data only (not from zero), for trends whose changes are small beside their level. */
    static Scale spanning(double min, double max) {
        double lo = min;
        double hi = max;
        if (!(hi > lo)) {
            lo -= 1;
            hi += 1;
        }
        double step = niceStep((hi - lo) / 5);
        return new Scale(Math.floor(lo / step) * step, Math.ceil(hi / step) * step, step);
    }

    private static double niceStep(double raw) {
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / power;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }

    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        for (double t = lo; t <= hi + step / 1000; t += step) {
            ticks.add(Math.abs(t) < step / 1000 ? 0 : t);
        }
        return ticks;
    }

    /** Where {@code v} falls on an axis of {@code length} pixels, 0 at {@code lo}. */
    double at(double v, double length) {
        return (v - lo) / (hi - lo) * length;
    }
}
