package fwf.app;

import fwf.graph.GeneratedGraph;
import fwf.workload.Naming;
import javafx.application.Platform;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Writes the window's chosen big generated graph into the cache in the background (skipped
 * when it is there), one at a time: choosing another graph cancels the one being made, so a
 * million nodes nobody wants any more do not hold a core. Every status goes to the FX thread,
 * and only the newest generation's.
 */
final class GraphGeneration {
    private final Path folder;
    private final Executor background;
    private final Consumer<GraphStatus> status;
    /** The generation in progress, read and written on the FX thread only; null when none. */
    private Job current;
    /** The graph last started and not cancelled since (made, being made, or failed); null when none. */
    private GeneratedGraph latest;

    /** One generation; {@code cancelled} is read by the writing thread. */
    private static final class Job {
        volatile boolean cancelled;
    }

    /**
     * @param folder     the cache's folder of generated graphs
     * @param background where the graph is generated and written
     * @param status     hears the newest generation's statuses, on the FX thread
     */
    GraphGeneration(Path folder, Executor background, Consumer<GraphStatus> status) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.background = Objects.requireNonNull(background, "background");
        this.status = Objects.requireNonNull(status, "status");
    }

    /** Where {@code graph}'s file is (or will be). */
    Path file(GeneratedGraph graph) {
        return folder.resolve(graph.fileName());
    }

    /**
     * Starts {@code graph}'s generation, cancelling any other in progress; does nothing when
     * {@code graph} was the last started and is made or being made (a failed one is tried again
     * once another graph was chosen in between). Call on the FX thread.
     */
    void start(GeneratedGraph graph) {
        if (graph.equals(latest)) {
            return;
        }
        cancel();
        Job job = new Job();
        current = job;
        latest = graph;
        status.accept(new GraphStatus.Generating(graph, GeneratedGraph.Phase.GENERATING, 0, graph.nodes()));
        background.execute(() -> {
            GraphStatus end;
            try {
                Path file = graph.writeInto(folder,
                        (phase, done, total) -> report(job, new GraphStatus.Generating(graph, phase, done, total)),
                        () -> job.cancelled);
                end = new GraphStatus.Read(String.valueOf(file.getFileName()), graph.nodes(), Math.toIntExact(graph.edges()));
            } catch (CancellationException e) {
                return; // another graph was chosen: its generation reports
            } catch (IOException e) {
                end = new GraphStatus.Unreadable(failure(graph, folder, e));
            } catch (OutOfMemoryError e) {
                end = new GraphStatus.Unreadable("not enough memory to generate the graph of " + Naming.grouped(graph.nodes())
                        + " nodes: " + e.getMessage());
            } catch (RuntimeException e) {
                end = new GraphStatus.Unreadable("cannot generate the graph of " + Naming.grouped(graph.nodes()) + " nodes: " + e);
            }
            GraphStatus last = end;
            Platform.runLater(() -> {
                if (current == job) {
                    current = null;
                    status.accept(last);
                }
            });
        });
    }

    /** Stops the generation in progress, if any: it leaves no file and reports nothing more. */
    void cancel() {
        latest = null;
        if (current != null) {
            current.cancelled = true;
            current = null;
        }
    }

    /** True while a generation started here has not ended. */
    boolean running() {
        return current != null;
    }

    private void report(Job job, GraphStatus s) {
        Platform.runLater(() -> {
            if (current == job) {
                status.accept(s);
            }
        });
    }

    /**
     * "cannot write the generated graph of 100,000 nodes into /x/graphs: No space left on device":
     * the folder and the reason, as plain as the exception allows.
     */
    static String failure(GeneratedGraph graph, Path folder, IOException e) {
        String why = switch (e) {
            case AccessDeniedException a -> "permission denied for " + a.getFile();
            case FileAlreadyExistsException f -> f.getFile() + " is in the way: it is not a folder";
            case FileSystemException f when f.getReason() == null -> f.getFile() + ": " + e.getClass().getSimpleName();
            default -> e.getMessage();
        };
        return "cannot write the generated graph of " + Naming.grouped(graph.nodes()) + " nodes into " + folder + ": " + why;
    }
}
