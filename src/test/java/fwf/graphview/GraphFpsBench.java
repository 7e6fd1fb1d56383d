package fwf.graphview;

import fwf.workload.TriangleSearch;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Frames per second of the graph view in a real window: not a test (timing on a shared
 * machine is noise for a unit test), run by {@code bench/graph-fps.sh} under Xvfb.
 *
 * <p>{@code GraphFpsBench [CHOICE [SEARCH [STEPS_PER_S [SECONDS]]]]}, CHOICE as for
 * {@link GraphViewDemo} (default {@code ego:0}), SEARCH {@code NAIVE} or {@code FORWARD}. It
 * loads the graph, plays at the speed (starting over at the end, so the long jump back is
 * measured too), ignores the first two seconds (JIT warm-up) and then, for SECONDS, records:
 * <ul>
 *   <li>pulse gaps: the time between successive pulses as an {@link AnimationTimer} sees it;
 *       a gap is how long the screen could not change, whatever held it (FX thread or render
 *       thread, since a pulse waits for the previous frame to be drawn);</li>
 *   <li>frames: pulses in which the shown step changed, i.e. a new picture;</li>
 *   <li>FX-thread work per pulse: from the first animation callback to the end of layout,
 *       through the scene's pre- and post-layout pulse listeners.</li>
 * </ul>
 */
public final class GraphFpsBench {
    private GraphFpsBench() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    public static final class App extends Application {
        private static final double WARM_UP_S = Double.parseDouble(System.getProperty("fwf.warmup", "6"));

        private final long[] gaps = new long[100_000];
        private final long[] work = new long[100_000];
        private int gapCount;
        private int workCount;
        private int frames;
        private int restarts;
        private long first;
        private long last;
        private long pulseStart;
        private int lastPosition = -2;
        private final long[] applies = new long[100_000];
        private final long[] renders = new long[100_000];
        private int applyCount;
        private final java.util.List<String> stalls = new java.util.ArrayList<>();

        @Override
        public void start(Stage window) {
            List<String> args = getParameters().getRaw();
            GraphChoice choice = GraphViewDemo.parseChoice(args.isEmpty() ? "ego:0" : args.get(0));
            TriangleSearch search = TriangleSearch.valueOf(args.size() > 1 ? args.get(1) : "NAIVE");
            double speed = args.size() > 2 ? Double.parseDouble(args.get(2)) : 10_000;
            double seconds = args.size() > 3 ? Double.parseDouble(args.get(3)) : 15;
            // Started before the pane's own timer (which starts when the pane joins a scene), so
            // it runs first in every pulse and marks where the pulse's work begins.
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    pulseStart = System.nanoTime();
                }
            }.start();
            GraphViewPane pane = new GraphViewPane(Path.of(System.getProperty("fwf.facebook",
                    GraphViewPane.DEFAULT_FACEBOOK_FILE.toString())));
            Scene scene = new Scene(pane, 1280, 800);
            window.setScene(scene);
            window.setTitle("graph view fps");
            window.show();
            pane.load(choice, search);
            PauseTransition poll = new PauseTransition(Duration.millis(100));
            poll.setOnFinished(e -> {
                if (pane.isBusy()) {
                    poll.playFromStart();
                    return;
                }
                if (pane.player().trace() == null) {
                    System.out.println("failed: " + pane.status().getText());
                    Platform.exit();
                    return;
                }
                measure(pane, scene, choice, search, speed, seconds);
            });
            poll.play();
        }

        private void measure(GraphViewPane pane, Scene scene, GraphChoice choice, TriangleSearch search,
                             double speed, double seconds) {
            GraphPlayerModel player = pane.player();
            if (System.getProperty("fwf.noLegend") != null) {
                pane.legend().setVisible(false);
            }
            player.setSpeed(speed);
            player.play();
            // Keeps it going: at the end the player stops; start again, from -1.
            player.playingProperty().addListener((o, was, now) -> {
                if (!now) {
                    restarts++;
                    Platform.runLater(player::play);
                }
            });
            long startedAt = System.nanoTime();
            scene.addPostLayoutPulseListener(() -> {
                if (pulseStart != 0 && workCount < work.length && first != 0) {
                    work[workCount++] = System.nanoTime() - pulseStart;
                }
                pulseStart = 0;
            });
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if ((now - startedAt) / 1e9 < WARM_UP_S) {
                        lastPosition = player.position();
                        return;
                    }
                    if (first == 0) {
                        first = now;
                    } else if (gapCount < gaps.length) {
                        gaps[gapCount] = now - last;
                        if (gaps[gapCount] > 50_000_000L && stalls.size() < 40) {
                            stalls.add(String.format(Locale.ROOT, "%.0f ms at %.2f s, step %,d", gaps[gapCount] / 1e6,
                                    (now - first) / 1e9, player.position()));
                        }
                        gapCount++;
                    }
                    last = now;
                    if (player.position() != lastPosition) {
                        frames++;
                        lastPosition = player.position();
                        if (pane.stage() instanceof GraphScene live && applyCount < applies.length) {
                            applies[applyCount] = live.lastApplyNanos();
                            renders[applyCount++] = live.lastRenderNanos();
                        }
                    }
                    if ((now - first) / 1e9 >= seconds) {
                        stop();
                        report(pane, choice, search, speed);
                        Platform.exit();
                    }
                }
            }.start();
        }

        private void report(GraphViewPane pane, GraphChoice choice, TriangleSearch search, double speed) {
            double elapsed = (last - first) / 1e9;
            long[] g = Arrays.copyOf(gaps, gapCount);
            long[] w = Arrays.copyOf(work, workCount);
            Arrays.sort(g);
            Arrays.sort(w);
            long over50 = Arrays.stream(g).filter(x -> x > 50_000_000L).count();
            GraphPrepared p = pane.prepared();
            System.out.printf(Locale.ROOT, "graph view fps: %s, %s, %s%n", choice.describe(), search.variantName(),
                    p.live() ? "live GraphStream scene" : "still picture");
            System.out.printf(Locale.ROOT, "  graph %,d nodes, %,d edges; trace %,d steps, %,d triangles%n",
                    p.graph().nodeCount(), p.graph().edgeCount(), p.trace().size(), p.trace().foundCount());
            System.out.printf(Locale.ROOT, "  speed %,.0f steps/s, %.1f s measured after %.0f s warm-up, %d restarts%n",
                    speed, elapsed, WARM_UP_S, restarts);
            System.out.printf(Locale.ROOT, "  machine: %d cores, load average %s, prism %s%n",
                    Runtime.getRuntime().availableProcessors(), loadAverage(),
                    System.getProperty("prism.order", "default"));
            System.out.printf(Locale.ROOT, "  frames with a new step: %,d = %.1f fps (pulses: %.1f per s)%n",
                    frames, frames / elapsed, gapCount / elapsed);
            System.out.printf(Locale.ROOT, "  pulse gap ms: median %.1f, p95 %.1f, p99 %.1f, max %.1f; gaps over 50 ms: %d%n",
                    pct(g, 50), pct(g, 95), pct(g, 99), g.length == 0 ? 0 : g[g.length - 1] / 1e6, over50);
            System.out.printf(Locale.ROOT, "  FX-thread work per pulse ms: median %.1f, p95 %.1f, p99 %.1f, max %.1f%n",
                    pct(w, 50), pct(w, 95), pct(w, 99), w.length == 0 ? 0 : w[w.length - 1] / 1e6);
            if (applyCount > 0) {
                long[] a = Arrays.copyOf(applies, applyCount);
                long[] r = Arrays.copyOf(renders, applyCount);
                Arrays.sort(a);
                Arrays.sort(r);
                System.out.printf(Locale.ROOT, "  per frame ms: restyling median %.1f, p99 %.1f, max %.1f;"
                                + " GraphStream drawing median %.1f, p99 %.1f, max %.1f%n",
                        pct(a, 50), pct(a, 99), a[a.length - 1] / 1e6, pct(r, 50), pct(r, 99), r[r.length - 1] / 1e6);
            }
            if (System.getProperty("fwf.stalls") != null) {
                stalls.forEach(st -> System.out.println("    stall " + st));
            }
            System.out.printf(Locale.ROOT, "  goals: >= 20 fps %s; no stall over 50 ms %s%n",
                    frames / elapsed >= 20 ? "MET" : "MISSED", over50 == 0 ? "MET" : "MISSED");
        }

        /** The 1-minute load average, or "unknown" off Linux: a busy machine explains stalls. */
        private static String loadAverage() {
            try {
                return java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
            } catch (java.io.IOException | RuntimeException e) {
                return "unknown";
            }
        }

        private static double pct(long[] sorted, int percentile) {
            if (sorted.length == 0) {
                return 0;
            }
            int i = (int) Math.min(sorted.length - 1, Math.ceil(percentile / 100.0 * sorted.length) - 1);
            return sorted[Math.max(0, i)] / 1e6;
        }
    }
}
