package fwf.graphview;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.ImageIO;

/** Pictures of the graph view as PNG files, for slides. */
final class GraphSnapshot {
    private GraphSnapshot() {
    }

    /** What {@code node} shows now, at its size on screen. FX thread. */
    static WritableImage capture(Node node) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.web("#12161C"));
        return node.snapshot(parameters, null);
    }

    /**
     * Writes {@code image} to {@code file} as PNG, atomically: to a temporary file beside it,
     * then moved into place, so a reader never sees half a picture and an old file is replaced
     * whole or not at all. Any thread.
     *
     * @throws IOException "cannot save the snapshot to FILE: REASON", REASON being "no such
     *                     folder DIR", "permission denied on PATH" or the system's message
     */
    static void writePng(Image image, Path file) throws IOException {
        writePng(image, null, file);
    }

    /**
     * As {@link #writePng(Image, Path)}, with {@code caption} (when not null) in a strip under
     * the picture, so a slide says what it shows without a speaker beside it.
     */
    static void writePng(Image image, String caption, Path file) throws IOException {
        BufferedImage pixels = caption == null ? SwingFXUtils.fromFXImage(image, null)
                : withCaption(SwingFXUtils.fromFXImage(image, null), caption);
        Path target = file.toAbsolutePath();
        Path directory = target.getParent();
        if (directory == null || !Files.isDirectory(directory)) {
            throw new IOException("cannot save the snapshot to " + target + ": no such folder " + directory);
        }
        Path temporary = null;
        try {
            temporary = Files.createTempFile(directory, "." + target.getFileName() + "-", ".tmp");
            if (!ImageIO.write(pixels, "png", temporary.toFile())) {
                throw new IOException("no PNG writer");
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new IOException("cannot save the snapshot to " + target + ": " + reason(e), e);
        } finally {
            if (temporary != null) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /** The picture with a dark strip under it holding {@code caption} in light text. */
    static BufferedImage withCaption(BufferedImage picture, String caption) {
        int fontSize = Math.max(14, picture.getWidth() / 70);
        int strip = fontSize * 2;
        BufferedImage out = new BufferedImage(picture.getWidth(), picture.getHeight() + strip, BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = out.createGraphics();
        try {
            g.drawImage(picture, 0, 0, null);
            g.setColor(new java.awt.Color(0x12, 0x16, 0x1C));
            g.fillRect(0, picture.getHeight(), picture.getWidth(), strip);
            g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING,
                    java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, fontSize));
            g.setColor(new java.awt.Color(0xE6, 0xED, 0xF3));
            g.drawString(caption, fontSize / 2, picture.getHeight() + strip - fontSize * 2 / 3);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static String reason(IOException e) {
        return switch (e) {
            case java.nio.file.AccessDeniedException a -> "permission denied on " + a.getFile();
            default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        };
    }
}
