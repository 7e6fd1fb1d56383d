package fwf.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class LayoutPictureTest {

    @Test
    void hasTheRequestedSizeAndIsNotBlank() {
        Graph g = Generators.holmeKim(300, 2, 0.9, 11);
        Layout l = ForceLayout.compute(g, LayoutParameters.DEFAULT.withIterations(50));
        PictureStyle style = PictureStyle.dark(g.edgeCount());
        BufferedImage image = new LayoutPicture(640, 480, style.margin()).render(g, l, style);
        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(image.getHeight()).isEqualTo(480);
        int drawn = 0;
        for (int py = 0; py < 480; py++) {
            for (int px = 0; px < 640; px++) {
                if (image.getRGB(px, py) != style.background()) {
                    drawn++;
                }
            }
        }
        // Hundreds of dots and edges cover far more than 1% of the square they are drawn in.
        assertThat(drawn).isGreaterThan(640 * 480 / 100);
        // Nothing outside the centred 464-pixel square (480 minus two 8-pixel margins) but a
        // dot's antialiased rim.
        for (int py = 0; py < 480; py++) {
            assertThat(image.getRGB(80, py)).isEqualTo(style.background());
            assertThat(image.getRGB(559, py)).isEqualTo(style.background());
        }
    }

    @Test
    void argbPixelsAreTheImagesPixels() {
        Graph g = Generators.holmeKim(60, 2, 0.5, 1);
        Layout l = ForceLayout.compute(g, LayoutParameters.DEFAULT.withIterations(20));
        PictureStyle style = PictureStyle.dark(g.edgeCount());
        LayoutPicture picture = new LayoutPicture(50, 40, 4);
        int[] argb = picture.renderArgb(g, l, style);
        BufferedImage image = picture.render(g, l, style);
        assertThat(argb).hasSize(50 * 40);
        for (int i = 0; i < argb.length; i++) {
            assertThat(argb[i]).isEqualTo(image.getRGB(i % 50, i / 50));
        }
    }

    @Test
    void aNodeIsDrawnWhereTheMappingPutsIt() throws IOException {
        Graph pair = EdgeListReader.read("pair.txt", new StringReader("1 2\n")).graph();
        Layout l = new Layout(new double[] {0.25, 1}, new double[] {0.5, 0});
        PictureStyle style = new PictureStyle(0xFF000000, 0x00000000, 0xFFFFFFFF, 1, 6, 10);
        LayoutPicture picture = new LayoutPicture(220, 120, 10);
        // The unit square maps to the centred 100x100 square from (60, 10).
        assertThat(picture.pixelX(0)).isEqualTo(60);
        assertThat(picture.pixelX(1)).isEqualTo(160);
        assertThat(picture.pixelY(0)).isEqualTo(10);
        assertThat(picture.pixelY(1)).isEqualTo(110);
        BufferedImage image = picture.render(pair, l, style);
        assertThat(image.getRGB(85, 60)).isEqualTo(0xFFFFFFFF); // inside the dot at (85, 60)
        assertThat(image.getRGB(158, 11)).isEqualTo(0xFFFFFFFF); // inside the dot at (160, 10)
        assertThat(image.getRGB(120, 60)).isEqualTo(0xFF000000); // the edge is fully transparent
    }

    @Test
    void styleAndSizeAreChecked() {
        assertThatThrownBy(() -> new LayoutPicture(0, 10, 0)).hasMessage("picture size must be at least 1x1: 0x10");
        assertThatThrownBy(() -> new PictureStyle(0, 0, 0, 0, 1, 1)).hasMessage("edgeWidth must be positive: 0.0");
        assertThatThrownBy(() -> new PictureStyle(0, 0, 0, 1, -1, 1)).hasMessage("nodeDiameter must be >= 0: -1.0");
        assertThatThrownBy(() -> new PictureStyle(0, 0, 0, 1, 1, -1)).hasMessage("margin must be >= 0: -1");
        Graph g = Generators.holmeKim(10, 2, 0.5, 1);
        assertThatThrownBy(() -> new LayoutPicture(10, 10, 0).render(g, new Layout(new double[1], new double[1]),
                PictureStyle.dark(1))).hasMessage("layout of 1 nodes for a graph of 10");
    }

    @Test
    void fainterEdgesForBiggerGraphs() {
        assertThat(PictureStyle.dark(1000).edge() >>> 24).isEqualTo(153);
        assertThat(PictureStyle.dark(88_234).edge() >>> 24).isEqualTo(23);
        assertThat(PictureStyle.dark(10_000_000).edge() >>> 24).isEqualTo(13);
    }
}
