package fwf.graphview;

import fwf.workload.StepTrace;
import fwf.workload.TriangleSearch;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GraphPlayerModelTest {
    private final StepTrace trace = GraphFixtures.trace(GraphFixtures.k4(), TriangleSearch.NAIVE);

    private GraphPlayerModel loaded() {
        GraphPlayerModel player = new GraphPlayerModel();
        player.load(trace);
        return player;
    }

    @Test
    void aFreshPlayerHasNothingToPlay() {
        GraphPlayerModel player = new GraphPlayerModel();
        player.play();
        player.stepForward();
        assertThat(player.isPlaying()).isFalse();
        assertThat(player.position()).isEqualTo(-1);
        assertThat(player.lastPosition()).isEqualTo(-1);
        assertThat(player.foundSoFar()).isZero();
        assertThat(player.isAtEnd()).isFalse();
        assertThat(player.speed()).isEqualTo(GraphPlayerModel.DEFAULT_SPEED).isEqualTo(5);
    }

    @Test
    void stepsMoveOneAtATimeAndStopAtBothEnds() {
        GraphPlayerModel player = loaded();
        assertThat(player.position()).isEqualTo(-1);
        player.stepBack();
        assertThat(player.position()).isEqualTo(-1);
        player.stepForward();
        player.stepForward();
        assertThat(player.position()).isEqualTo(1);
        player.stepBack();
        assertThat(player.position()).isEqualTo(0);
        player.toEnd();
        assertThat(player.position()).isEqualTo(trace.size() - 1);
        assertThat(player.isAtEnd()).isTrue();
        player.stepForward();
        assertThat(player.position()).isEqualTo(trace.size() - 1);
        player.toStart();
        assertThat(player.position()).isEqualTo(-1);
    }

    @Test
    void seekingClampsAndTheFoundCountFollowsTheTrace() {
        GraphPlayerModel player = loaded();
        player.seek(1_000_000);
        assertThat(player.position()).isEqualTo(trace.size() - 1);
        assertThat(player.foundSoFar()).isEqualTo(4);
        player.seek(-7);
        assertThat(player.position()).isEqualTo(-1);
        assertThat(player.foundSoFar()).isZero();
        for (int i = -1; i < trace.size(); i++) {
            player.seek(i);
            assertThat(player.foundSoFar()).as("found by step %d", i).isEqualTo(trace.foundSoFar(i));
        }
    }

    @Test
    void theFoundCountIsCurrentWhenThePositionListenerRuns() {
        GraphPlayerModel player = loaded();
        int[] seen = {-1};
        player.positionProperty().addListener((o, was, now) -> seen[0] = player.foundSoFar());
        player.toEnd();
        assertThat(seen[0]).isEqualTo(4);
    }

    @Test
    void advancingMovesByTheTimeWorthOfStepsCarryingFractions() {
        GraphPlayerModel player = loaded();
        player.setSpeed(10);
        assertThat(player.advance(1)).as("paused: no move").isZero();
        player.play();
        assertThat(player.advance(0.25)).isEqualTo(2); // 2.5 steps: 2 now, half carried
        assertThat(player.advance(0.05)).isEqualTo(1); // 0.5 + 0.5
        assertThat(player.position()).isEqualTo(2);
        assertThat(player.isPlaying()).isTrue();
    }

    @Test
    void aLongFrameIsCappedSoAStallDoesNotLeapAhead() {
        GraphPlayerModel player = loaded();
        player.setSpeed(100);
        player.play();
        assertThat(player.advance(10)).isEqualTo(25);
    }

    @Test
    void playingStopsAtTheEndAndPlayingAgainStartsOver() {
        GraphPlayerModel player = loaded();
        player.setSpeed(GraphPlayerModel.MAX_SPEED);
        player.play();
        player.advance(0.1);
        assertThat(player.position()).isEqualTo(trace.size() - 1);
        assertThat(player.isPlaying()).isFalse();
        assertThat(player.isAtEnd()).isTrue();
        player.play();
        assertThat(player.position()).isEqualTo(-1);
        assertThat(player.isPlaying()).isTrue();
    }

    @Test
    void steppingPausesAndTogglingFlips() {
        GraphPlayerModel player = loaded();
        player.togglePlay();
        assertThat(player.isPlaying()).isTrue();
        player.stepForward();
        assertThat(player.isPlaying()).isFalse();
        player.togglePlay();
        player.togglePlay();
        assertThat(player.isPlaying()).isFalse();
    }

    @Test
    void speedIsClampedAndNaNIgnored() {
        GraphPlayerModel player = new GraphPlayerModel();
        player.setSpeed(0);
        assertThat(player.speed()).isEqualTo(1);
        player.setSpeed(1e12);
        assertThat(player.speed()).isEqualTo(1_000_000);
        player.setSpeed(Double.NaN);
        assertThat(player.speed()).isEqualTo(1_000_000);
    }

    @Test
    void loadingAnotherTraceRewindsAndPauses() {
        GraphPlayerModel player = loaded();
        player.seek(5);
        player.play();
        player.load(GraphFixtures.trace(GraphFixtures.k4(), TriangleSearch.FORWARD));
        assertThat(player.position()).isEqualTo(-1);
        assertThat(player.isPlaying()).isFalse();
        player.load(null);
        assertThat(player.trace()).isNull();
        assertThat(player.lastPosition()).isEqualTo(-1);
    }
}
