package fwf.graph;

import fwf.io.InputFiles;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reads SNAP edge lists: two integer node ids a line, separated by spaces and/or tabs; lines
 * whose first non-blank character is {@code #} or {@code %} are comments; blank lines,
 * leading and trailing blanks and {@code \r\n} line ends are allowed. Ids are
 * {@code 0..2147483647}. A UTF-8 byte-order mark at the start of the file (Windows editors
 * write one) is skipped. Self-loops and repeated edges (in either direction) are dropped and
 * counted in the {@link LoadSummary}; an empty file gives an empty graph.
 *
 * <p>Dense ids are given in order of first appearance in the file (the talk's loader, which
 * builds its dict in two passes, orders its keys differently: see
 * {@code fwf.workload.Adjacency#talk}). A bad line throws {@link GraphFormatException} naming the file,
 * the 1-based line number and the line, e.g.
 * {@code facebook.txt:12: expected two node ids, found one: "17"}.
 */
public final class EdgeListReader {
    private EdgeListReader() {
    }

    /**
     * Reads a file; a name ending in {@code .gz} is gunzipped on the fly, as SNAP ships them.
     * Errors in its lines name the file by {@code path.getFileName()}; a file that cannot be
     * read at all is named by its whole path, with the reason ({@link InputFiles}).
     */
    public static LoadedGraph read(Path file) throws IOException {
        String source = String.valueOf(file.getFileName());
        try (InputStream raw = InputFiles.open(file)) {
            boolean gzip = source.endsWith(".gz");
            InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
            return new EdgeListParser(source, in, gzip ? 0 : expectedEdges(file)).parse();
        }
    }

    /**
     * A guess from the file's size: a SNAP line of two ids of up to six digits takes about 12
     * bytes (ego-Facebook: 9.7 a line, a million edges of the 100,000-node generated graph:
     * 11.1), so this is near the count or a little over it. 0 when the size is unknown (a FIFO).
     */
    private static int expectedEdges(Path file) {
        try {
            long bytes = java.nio.file.Files.isRegularFile(file) ? java.nio.file.Files.size(file) : 0;
            return (int) Math.min(Integer.MAX_VALUE / 4, bytes / 12);
        } catch (IOException | SecurityException e) {
            return 0;
        }
    }

    /** Reads UTF-8 (or ASCII) bytes; the stream is read to its end but not closed. */
    public static LoadedGraph read(String sourceName, InputStream in) throws IOException {
        return new EdgeListParser(sourceName, in).parse();
    }

    /**
     * Reads text, for tests and pasted edge lists; errors name {@code sourceName}. The reader is
     * read to its end but not closed.
     */
    public static LoadedGraph read(String sourceName, Reader reader) throws IOException {
        // Text through a Reader is small in practice; encoding it once keeps a single parser.
        StringWriter text = new StringWriter();
        reader.transferTo(text);
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        return read(sourceName, new ByteArrayInputStream(bytes));
    }
}
