package fwf.graphview;

import fwf.workload.StepTrace;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The replay of a recorded triangle search: which step is shown, whether it plays, how fast.
 * It owns no timer: the view calls {@link #advance(double)} once per frame with the time
 * that passed, so a frame applies however many steps that time is worth (at thousands of
 * steps a second, many per frame) and the scene draws only the net result.
 *
 * <p>The position is the index of the step shown, from -1 (before the first step: nothing
 * visited, nothing found) to {@code size - 1}. Everything the view draws is a function of the
 * trace and the position alone, so stepping back or scrubbing shows exactly what playing to
 * the same position showed. FX thread only, like every property it exposes.
 */
public final class GraphPlayerModel {
    /** Slowest speed, in steps per second. */
    public static final double MIN_SPEED = 1;
    /** Fastest speed: the whole ego-Facebook naive search (9.9 million steps) in under ten seconds. */
    public static final double MAX_SPEED = 1_000_000;
    /**
     * Speed of a fresh model: slow enough for a student to follow each test as the code panel
     * highlights it (at 2,000 steps a second node 0's ego network turned yellow in 2 s).
     */
    public static final double DEFAULT_SPEED = 5;
    /** The speeds Up and Down (and the bar's preset list) move between, slowest first. */
    public static final java.util.List<Double> PRESETS = java.util.List.of(
            1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 1_000.0, 10_000.0, 100_000.0, 1_000_000.0);
    /**
     * The longest frame time {@link #advance} honours: after the window was hidden or the FX
     * thread stalled, the replay resumes rather than leaping ahead.
     */
    static final double MAX_FRAME_SECONDS = 0.25;

    private final ReadOnlyObjectWrapper<StepTrace> trace = new ReadOnlyObjectWrapper<>(this, "trace");
    private final ReadOnlyIntegerWrapper position = new ReadOnlyIntegerWrapper(this, "position", -1);
    private final ReadOnlyIntegerWrapper foundSoFar = new ReadOnlyIntegerWrapper(this, "foundSoFar", 0);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing", false);
    private final ReadOnlyBooleanWrapper atEnd = new ReadOnlyBooleanWrapper(this, "atEnd", false);
    private final ReadOnlyDoubleWrapper speed = new ReadOnlyDoubleWrapper(this, "speed", DEFAULT_SPEED);
    /** Fractional steps carried from one frame to the next, so slow speeds still move. */
    private double carry;

    public ReadOnlyObjectProperty<StepTrace> traceProperty() {
        return trace.getReadOnlyProperty();
    }

    public StepTrace trace() {
        return trace.get();
    }

    /** The step shown, -1 before the first. */
    public ReadOnlyIntegerProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    public int position() {
        return position.get();
    }

    /** Triangles found in steps {@code 0..position}. */
    public ReadOnlyIntegerProperty foundSoFarProperty() {
        return foundSoFar.getReadOnlyProperty();
    }

    public int foundSoFar() {
        return foundSoFar.get();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public boolean isPlaying() {
        return playing.get();
    }

    /** Whether the last step is shown: the run is over, its totals are final. */
    public ReadOnlyBooleanProperty atEndProperty() {
        return atEnd.getReadOnlyProperty();
    }

    public boolean isAtEnd() {
        return atEnd.get();
    }

    /** Steps per second while playing. */
    public ReadOnlyDoubleProperty speedProperty() {
        return speed.getReadOnlyProperty();
    }

    public double speed() {
        return speed.get();
    }

    /** The last position, -1 when there is no trace. */
    public int lastPosition() {
        StepTrace t = trace.get();
        return t == null ? -1 : t.size() - 1;
    }

    /** Replaces the trace, paused before its first step; null clears the player. */
    public void load(StepTrace newTrace) {
        pause();
        trace.set(newTrace);
        moveTo(-1);
    }

    /** Sets the speed, clamped to [{@link #MIN_SPEED}, {@link #MAX_SPEED}]; NaN is ignored. */
    public void setSpeed(double stepsPerSecond) {
        if (!Double.isNaN(stepsPerSecond)) {
            speed.set(Math.clamp(stepsPerSecond, MIN_SPEED, MAX_SPEED));
        }
    }

    /** The next faster preset than the current speed (the fastest stays). */
    public void faster() {
        PRESETS.stream().filter(p -> p > speed.get() * (1 + 1e-9)).findFirst().ifPresent(this::setSpeed);
    }

    /** The next slower preset than the current speed (the slowest stays). */
    public void slower() {
        PRESETS.reversed().stream().filter(p -> p < speed.get() * (1 - 1e-9)).findFirst().ifPresent(this::setSpeed);
    }

    /** Plays from here; from the start again when the end is shown. Nothing happens without a trace. */
    public void play() {
        if (trace.get() == null || trace.get().size() == 0) {
            return;
        }
        if (position.get() == lastPosition()) {
            moveTo(-1);
        }
        carry = 0;
        playing.set(true);
    }

    public void pause() {
        playing.set(false);
    }

    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** One step on, pausing first. */
    public void stepForward() {
        pause();
        moveTo(position.get() + 1);
    }

    /** One step back, pausing first. */
    public void stepBack() {
        pause();
        moveTo(position.get() - 1);
    }

    /** Shows step {@code target}, clamped to [-1, last]; playing goes on from there. */
    public void seek(int target) {
        moveTo(target);
        carry = 0;
    }

    public void toStart() {
        pause();
        moveTo(-1);
    }

    public void toEnd() {
        pause();
        moveTo(lastPosition());
    }

    /**
     * Moves on by what {@code seconds} (at most {@link #MAX_FRAME_SECONDS}) is worth at the
     * current speed, when playing; stops at the last step.
     *
     * @return the steps moved
     */
    public int advance(double seconds) {
        if (!playing.get() || !(seconds > 0)) {
            return 0;
        }
        carry += Math.min(seconds, MAX_FRAME_SECONDS) * speed.get();
        int steps = (int) Math.min(carry, Integer.MAX_VALUE);
        carry -= steps;
        int from = position.get();
        moveTo((int) Math.min((long) from + steps, lastPosition()));
        if (position.get() == lastPosition()) {
            pause();
        }
        return position.get() - from;
    }

    private void moveTo(int target) {
        StepTrace t = trace.get();
        int p = t == null ? -1 : Math.clamp(target, -1, t.size() - 1);
        // Position last: its listeners read the others.
        foundSoFar.set(t == null ? 0 : t.foundSoFar(p));
        atEnd.set(t != null && p == t.size() - 1);
        position.set(p);
    }
}
