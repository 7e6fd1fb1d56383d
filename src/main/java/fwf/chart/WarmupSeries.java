package fwf.chart;

import fwf.run.JitEvent;
import fwf.run.Measurement;

import java.util.ArrayList;
import java.util.List;

/**
 * A measurement's iteration times cut back into forks, and its JIT events placed on the
 * iteration axis. Pure, so what the warm-up chart shows can be tested without drawing it.
 *
 * @param forks  one entry per fork, in order
 * @param unitNs the time unit the chart uses (1 s, 1 ms, 1 us or 1 ns), chosen so the slowest
 *               iteration reads between 1 and 1000 of it
 * @param jit    the first fork's JIT events of the kernel's own methods ({@link JitEvent#kernelsOwn})
 *               at their place on the iteration axis
 */
public record WarmupSeries(List<Fork> forks, long unitNs, List<PlacedJit> jit) {

    /**
     * One fork's iterations, numbered from 1 on the x axis: warm-up first, then measured.
     */
    public record Fork(int number, List<Long> warmupNs, List<Long> measuredNs) {
        public Fork {
            warmupNs = List.copyOf(warmupNs);
            measuredNs = List.copyOf(measuredNs);
        }

        /** Every iteration of the fork in the order it ran. */
        public List<Long> all() {
            List<Long> all = new ArrayList<>(warmupNs);
            all.addAll(measuredNs);
            return all;
        }
    }

    /**
     * A JIT event at {@code x} on the iteration axis: iteration i is drawn at x = i, so an event
     * that happened a fraction f into iteration i sits at i - 0.5 + f.
     */
    public record PlacedJit(JitEvent event, double x) {
        /** "C1" (tiers 1 to 3), "C2" (tier 4) or "deopt". */
        public String compiler() {
            if ("deopt".equals(event.kind())) {
                return "deopt";
            }
            return event.tier() >= 4 ? "C2" : "C1";
        }
    }

    public WarmupSeries {
        forks = List.copyOf(forks);
        jit = List.copyOf(jit);
    }

    public static WarmupSeries of(Measurement m) {
        List<Fork> forks = split(m);
        long max = forks.stream().flatMap(f -> f.all().stream()).mapToLong(Long::longValue).max().orElse(0);
        long unit = max >= 1_000_000_000L ? 1_000_000_000L : max >= 1_000_000L ? 1_000_000L : max >= 1_000L ? 1_000L : 1L;
        List<PlacedJit> placed = new ArrayList<>();
        List<Long> first = forks.isEmpty() ? List.of() : forks.getFirst().all();
        for (JitEvent e : m.jit()) {
            if (!JitEvent.kernelsOwn(e.method())) {
                continue; // the glue that calls the kernel, or the reference answer's code
            }
            placed.add(new PlacedJit(e, place(e.sinceStartNs(), first)));
        }
        return new WarmupSeries(forks, unit, placed);
    }

    /** "s", "ms", "us" or "ns". */
    public String unitName() {
        return unitNs == 1_000_000_000L ? "s" : unitNs == 1_000_000L ? "ms" : unitNs == 1_000L ? "us" : "ns";
    }

    /**
     * The journal keeps every fork's iterations in one list; the plan says how many each fork
     * ran. When the counts do not divide evenly (an adaptive plan, a fork that died) the forks
     * cannot be told apart and everything is shown as one.
     */
    static List<Fork> split(Measurement m) {
        int forks = m.request().plan().forks();
        List<Long> warm = m.warmupNs();
        List<Long> measured = m.samplesNs();
        if (warm.isEmpty() && measured.isEmpty()) {
            return List.of();
        }
        if (forks <= 1 || warm.size() % forks != 0 || measured.size() % forks != 0) {
            return List.of(new Fork(1, warm, measured));
        }
        int w = warm.size() / forks;
        int n = measured.size() / forks;
        List<Fork> result = new ArrayList<>();
        for (int f = 0; f < forks; f++) {
            result.add(new Fork(f + 1, warm.subList(f * w, (f + 1) * w), measured.subList(f * n, (f + 1) * n)));
        }
        return result;
    }

    /**
     * Where a moment of the first fork falls on the iteration axis. Iterations are assumed back
     * to back (the worker's gaps between them are microseconds); a moment after the last one
     * stays at its end.
     */
    static double place(long sinceStartNs, List<Long> iterations) {
        if (iterations.isEmpty()) {
            return 0.5;
        }
        long start = 0;
        for (int i = 0; i < iterations.size(); i++) {
            long d = iterations.get(i);
            if (sinceStartNs < start + d) {
                double f = d == 0 ? 0 : Math.max(0, sinceStartNs - start) / (double) d;
                return i + 0.5 + f;
            }
            start += d;
        }
        return iterations.size() + 0.5;
    }
}
