package dev.consolidator.dashboard;

import dev.consolidator.command.dashboard.RepositoryProgress;
import dev.consolidator.store.BurndownStore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * One series of the burndown drawn as SVG on the server: the size before the first phase, then after each merge or
 * rollback, over time (evenly spaced when every point has the same time). Coordinates are in the SVG's viewBox.
 */
public record BurndownChart(String series, String title, int width, int height, List<Dot> dots, String polyline,
                            String top, String bottom, String yTopLabel, String yBottomLabel, String firstAt,
                            String lastAt) {
    static final int WIDTH = 640;
    static final int HEIGHT = 220;
    private static final int LEFT = 64;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int BOTTOM = 36;

    /** A point: where it is drawn and what it stands for ({@code value} is the recorded figure). */
    public record Dot(String x, String y, String phaseId, String event, long value, String at, String label) {
    }

    /** A point before drawing. */
    record Figure(String phaseId, String event, long value, Instant at) {
    }

    public static BurndownChart files(RepositoryProgress progress) {
        return of("files", "Java files", figures(progress, s -> s.javaFiles(), BurndownStore.Point::javaFiles));
    }

    public static BurndownChart lines(RepositoryProgress progress) {
        return of("lines", "Java lines", figures(progress, RepositoryProgress.Start::javaLines, BurndownStore.Point::javaLines));
    }

    static List<Figure> figures(RepositoryProgress p, ToLongFunction<RepositoryProgress.Start> start,
                                ToLongFunction<BurndownStore.Point> point) {
        List<Figure> out = new ArrayList<>();
        if (p.start() != null) {
            out.add(new Figure(p.start().phaseId(), "start", start.applyAsLong(p.start()), p.start().at()));
        }
        p.burndown().forEach(b -> out.add(new Figure(b.phaseId(), b.event(), point.applyAsLong(b), b.at())));
        return out;
    }

    static BurndownChart of(String series, String title, List<Figure> figures) {
        long min = figures.stream().mapToLong(Figure::value).min().orElse(0);
        long max = figures.stream().mapToLong(Figure::value).max().orElse(0);
        long pad = Math.max(1, (max - min) / 10);
        long bottom = Math.max(0, min - pad);
        long top = max + pad;
        Instant first = figures.isEmpty() ? null : figures.get(0).at();
        Instant last = figures.isEmpty() ? null : figures.get(figures.size() - 1).at();
        boolean timed = first != null && last.isAfter(first);
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        List<Dot> dots = new ArrayList<>();
        StringBuilder polyline = new StringBuilder();
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            double share = timed ? (double) (f.at().toEpochMilli() - first.toEpochMilli()) / (last.toEpochMilli() - first.toEpochMilli())
                    : figures.size() == 1 ? 0.5 : (double) i / (figures.size() - 1);
            double x = LEFT + share * plotWidth;
            double y = TOP + (double) (top - f.value()) / (top - bottom) * plotHeight;
            String sx = coordinate(x);
            String sy = coordinate(y);
            polyline.append(i == 0 ? "" : " ").append(sx).append(',').append(sy);
            dots.add(new Dot(sx, sy, f.phaseId(), f.event(), f.value(), f.at().toString(),
                    title + " " + describe(f)));
        }
        return new BurndownChart(series, title, WIDTH, HEIGHT, dots, polyline.toString(), coordinate(TOP),
                coordinate(HEIGHT - BOTTOM), String.valueOf(top), String.valueOf(bottom),
                first == null ? "" : day(first), last == null ? "" : day(last));
    }

    public int left() {
        return LEFT;
    }

    public int right() {
        return WIDTH - RIGHT;
    }

    private static String describe(Figure f) {
        String what = switch (f.event()) {
            case "start" -> "before phase " + f.phaseId();
            case BurndownStore.ROLLED_BACK -> "after phase " + f.phaseId() + " was rolled back";
            default -> "after phase " + f.phaseId() + " merged";
        };
        return f.value() + " " + what + " (" + day(f.at()) + ")";
    }

    private static String day(Instant at) {
        return at.toString().substring(0, 10);
    }

    private static String coordinate(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
