package fwf.cli;

import fwf.run.Status;
import fwf.run.WorkerEvent;
import fwf.runner.RunListener;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar on stderr while a run runs: which fork, warm-up or measuring, how
 * far, and an estimate of what is left. Only for a terminal (a pipe or a log gets no
 * carriage returns), and redrawn at most ten times a second so it costs the caller nothing.
 */
final class ProgressBar implements RunListener {
    private static final int WIDTH = 24;
    private static final long REDRAW_NS = 100_000_000L;

    private final PrintWriter err;
    private final String title;
    private final LongSupplier clock;
    private int forks = 1;
    private int fork;
    private int planned;
    private int measured;
    private int warmups;
    private long measuringSince;
    private long lastDraw = Long.MIN_VALUE;
    private int drawnWidth;

    ProgressBar(PrintWriter err, String title, LongSupplier clock) {
        this.err = err;
        this.title = title;
        this.clock = clock;
    }

    /** A bar when stderr is a terminal, else a listener that draws nothing. */
    static RunListener forTerminal(PrintWriter err, String title) {
        return System.console() != null && System.console().isTerminal()
                ? new ProgressBar(err, title, System::nanoTime) : RunListener.NONE;
    }

    @Override
    public void forkStarted(int fork, int forks, List<String> command) {
        this.fork = fork;
        this.forks = forks;
        planned = 0;
        measured = 0;
        warmups = 0;
        draw(true);
    }

    @Override
    public void event(WorkerEvent event) {
        switch (event) {
            case WorkerEvent.Measuring m -> {
                planned = m.iterations();
                measuringSince = clock.getAsLong();
            }
            case WorkerEvent.Iteration i when i.warmup() -> warmups++;
            case WorkerEvent.Iteration i -> measured++;
            default -> {
                return;
            }
        }
        draw(false);
    }

    @Override
    public void forkEnded(int fork, Status status) {
        if (fork + 1 == forks || status != Status.OK) {
            err.print("\r" + " ".repeat(drawnWidth) + "\r"); // leave the terminal clean for the result line
            err.flush();
            drawnWidth = 0;
        }
    }

    private void draw(boolean force) {
        long now = clock.getAsLong();
        if (!force && now - lastDraw < REDRAW_NS) {
            return;
        }
        lastDraw = now;
        String line = line(now);
        err.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
        err.flush();
        drawnWidth = line.length();
    }

    String line(long now) {
        String where = forks > 1 ? String.format(Locale.ROOT, "%s [fork %d/%d]", title, fork + 1, forks) : title;
        if (planned == 0) {
            return where + ": warming up (" + warmups + " iterations)";
        }
        int filled = (int) Math.min(WIDTH, (long) WIDTH * measured / planned);
        String bar = "█".repeat(filled) + "░".repeat(WIDTH - filled);
        String left = "";
        if (measured > 0 && measured < planned) {
            double perIteration = (now - measuringSince) / (double) measured;
            left = String.format(Locale.ROOT, ", about %.1f s left", perIteration * (planned - measured) / 1e9);
        }
        return String.format(Locale.ROOT, "%s: measuring %s %d/%d%s", where, bar, measured, planned, left);
    }
}
