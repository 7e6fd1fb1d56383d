package fwf.chart;

import fwf.run.Measurement;
import org.jfree.data.general.AbstractDataset;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bars a timing chart shows, as they come: runs in progress and finished results. Every
 * change fires a JFreeChart dataset change event, so a chart built on it by
 * {@link TimingChart#create} redraws by itself: the window only feeds it.
 *
 * <p>Order is arrival order, and a key that comes back (a run that finishes, a re-run) keeps
 * its place, so bars do not jump around while a run grows into its result.
 *
 * <p>Not thread-safe, like every JFreeChart dataset: call it from one thread (the FX thread in
 * the window), since the chart reads it while drawing on that thread.
 */
public final class TimingDataset extends AbstractDataset {
    private final Map<BarKey, Bar> bars = new LinkedHashMap<>();

    public TimingDataset() {
    }

    public TimingDataset(List<Measurement> results) {
        for (Measurement m : results) {
            put(new Bar.Finished(m));
        }
    }

    /** Shows (or grows) a run in progress that has been going for {@code elapsedNs}. */
    public void putRunning(BarKey key, long elapsedNs) {
        put(new Bar.Running(key, elapsedNs));
        fireDatasetChanged();
    }

    /** Settles a bar on a result (replacing its running bar, or an older result of the same key). */
    public void putResult(Measurement result) {
        put(new Bar.Finished(result));
        fireDatasetChanged();
    }

    /** Adds many results with one change event, later ones replacing earlier ones of the same key. */
    public void putResults(List<Measurement> results) {
        for (Measurement m : results) {
            put(new Bar.Finished(m));
        }
        fireDatasetChanged();
    }

    /** Removes a bar (a run cancelled before it produced anything); no event when it is absent. */
    public void remove(BarKey key) {
        if (bars.remove(key) != null) {
            fireDatasetChanged();
        }
    }

    public void clear() {
        if (!bars.isEmpty()) {
            bars.clear();
            fireDatasetChanged();
        }
    }

    /** A snapshot, in arrival order. */
    public List<Bar> bars() {
        return List.copyOf(bars.values());
    }

    public int size() {
        return bars.size();
    }

    private void put(Bar bar) {
        bars.put(bar.key(), bar);
    }

    @Override
    public Object clone() throws CloneNotSupportedException {
        throw new CloneNotSupportedException("a live dataset is not cloned; take bars() instead");
    }
}
