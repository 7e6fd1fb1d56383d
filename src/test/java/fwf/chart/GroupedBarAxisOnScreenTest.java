package fwf.chart;

import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.fx.FXGraphics2D;
import org.junit.jupiter.api.Test;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window draws charts through FXGraphics2D, whose getFontMetrics(Font) measures the current
 * font instead of its argument: the bar names must be given the same room on screen as in a PNG.
 */
class GroupedBarAxisOnScreenTest {
    @Test
    void barNamesGetTheSameRoomOnScreenAsInAnExport() throws Exception {
        CountDownLatch up = new CountDownLatch(1);
        try {
            Platform.startup(up::countDown);
        } catch (IllegalStateException alreadyRunning) {
            up.countDown();
        }
        assertThat(up.await(10, TimeUnit.SECONDS)).isTrue();

        TimingDataset data = new TimingDataset(Fixtures.talk());
        TimingView view = new TimingView(data, ChartOptions.DEFAULT.withHighContrast(true), Fixtures.STYLES);
        GroupedBarAxis axis = new GroupedBarAxis(view, ChartTheme.PRESENTER);
        Rectangle2D area = new Rectangle2D.Double(0, 0, 1280, 720);

        Graphics2D awt = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
        double inPng = axis.reserveSpace(awt, null, area, RectangleEdge.LEFT, null).getLeft();
        CompletableFuture<Double> onScreen = new CompletableFuture<>();
        Platform.runLater(() -> {
            FXGraphics2D fx = new FXGraphics2D(new Canvas(10, 10).getGraphicsContext2D());
            onScreen.complete(axis.reserveSpace(fx, null, area, RectangleEdge.LEFT, null).getLeft());
        });
        // The same faces measure within a few pixels; at the default 12 points they measured half.
        assertThat(onScreen.get(10, TimeUnit.SECONDS)).isCloseTo(inPng, org.assertj.core.data.Offset.offset(inPng * 0.05));
    }
}
