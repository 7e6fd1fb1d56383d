package fwf.chart;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where a bar's value label goes (issue 14): after the bar or its whisker when it fits, else
 * inside the bar but never where the whisker crosses it, else in a box that stays right of the
 * axis. The plot runs from x = 100 (the axis) to x = 1000; labels are 120 wide, padded by 6.
 */
class TimingBarLabelTest {
    private static final double BASE = 100;
    private static final double MAX_X = 1000;
    private static final double WIDTH = 120;
    private static final double PAD = 6;

    @Test
    void aLabelThatFitsGoesAfterTheWhiskersHighEnd() {
        // bar ends at 500, whisker from 450 to 560: the label starts past the whisker
        TimingBarRenderer.LabelSpot spot = TimingBarRenderer.place(WIDTH, PAD, 560, 450, BASE, MAX_X);
        assertThat(spot).isEqualTo(new TimingBarRenderer.LabelSpot(566, TimingBarRenderer.LabelSpot.Where.AFTER));
    }

    @Test
    void aLabelThatDoesNotFitAfterEndsBeforeTheWhiskersLowEnd() {
        // bar ends at 950, whisker from 800 to 990: the label must end left of 800, not under the whisker
        TimingBarRenderer.LabelSpot spot = TimingBarRenderer.place(WIDTH, PAD, 990, 800, BASE, MAX_X);
        assertThat(spot.where()).isEqualTo(TimingBarRenderer.LabelSpot.Where.INSIDE);
        assertThat(spot.x()).isEqualTo(800 - PAD - WIDTH);
        assertThat(spot.x() + WIDTH).isLessThan(800);
        assertThat(spot.x()).isGreaterThan(BASE);
    }

    @Test
    void aShortBarWithAWideWhiskerGetsABoxRightOfTheAxis() {
        // bar ends at 180, whisker from 150 to 1000 (the whole plot): neither after nor inside fits
        TimingBarRenderer.LabelSpot spot = TimingBarRenderer.place(WIDTH, PAD, 1000, 150, BASE, MAX_X);
        assertThat(spot).isEqualTo(new TimingBarRenderer.LabelSpot(MAX_X - PAD - WIDTH,
                TimingBarRenderer.LabelSpot.Where.BOXED));
    }

    @Test
    void aBoxNeverCrossesTheAxisEvenOnANarrowPlot() {
        // a plot 100 wide, a label 120 wide: the box starts just right of the axis
        TimingBarRenderer.LabelSpot spot = TimingBarRenderer.place(WIDTH, PAD, 200, 200, BASE, 200);
        assertThat(spot).isEqualTo(new TimingBarRenderer.LabelSpot(BASE + PAD, TimingBarRenderer.LabelSpot.Where.BOXED));
    }
}
