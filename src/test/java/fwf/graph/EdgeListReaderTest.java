package fwf.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EdgeListReaderTest {

    private static LoadedGraph read(String text) throws IOException {
        return EdgeListReader.read("facebook.txt", new StringReader(text));
    }

    /** Eleven good lines, then the bad one on line 12. */
    private static String badAtLine12(String bad) {
        String eleven = "# header\n0 1\n1 2\n2 3\n3 4\n4 5\n5 6\n6 7\n7 8\n\n8 9\n";
        assert eleven.lines().count() == 11;
        return eleven + bad + "\n10 11\n";
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "17           | facebook.txt:12: expected two node ids, found one: \"17\"",
        "1 2 3        | facebook.txt:12: expected two node ids, found 3: \"1 2 3\"",
        "1 abc        | facebook.txt:12: not an integer node id \"abc\": \"1 abc\"",
        "-4 2         | facebook.txt:12: negative node id -4: \"-4 2\"",
        "2147483648 1 | facebook.txt:12: node id 2147483648 is above 2147483647: \"2147483648 1\"",
        "1 -          | facebook.txt:12: not an integer node id \"-\": \"1 -\"",
        "+1 2         | facebook.txt:12: not an integer node id \"+1\": \"+1 2\"",
        "1.5 2        | facebook.txt:12: not an integer node id \"1.5\": \"1.5 2\"",
        "1 2 3 4 5    | facebook.txt:12: expected two node ids, found 5: \"1 2 3 4 5\"",
        "3 99999999999999999999999 | facebook.txt:12: node id 99999999999999999999999 is above 2147483647: \"3 99999999999999999999999\"",
        "3 -99999999999999999999   | facebook.txt:12: negative node id -99999999999999999999: \"3 -99999999999999999999\"",
        "1 2x         | facebook.txt:12: not an integer node id \"2x\": \"1 2x\"",
    })
    void eachBadLineKindHasItsExactMessage(String bad, String message) {
        assertThatThrownBy(() -> read(badAtLine12(bad)))
                .isInstanceOf(GraphFormatException.class)
                .hasMessage(message)
                .satisfies(e -> {
                    GraphFormatException g = (GraphFormatException) e;
                    assertThat(g.source()).isEqualTo("facebook.txt");
                    assertThat(g.lineNumber()).isEqualTo(12);
                    assertThat(g.lineText()).isEqualTo(bad);
                });
    }

    @Test
    void smallAndLargeLabelsMixGivingIdsInOrderOfFirstAppearance() throws IOException {
        // Below 2^24 labels are looked up by index, above it by hash: both sides of the line here.
        Graph g = EdgeListReader.read("mixed.txt",
                new StringReader("5 16777216\n16777215 2147483647\n2147483647 5\n16777216 5\n0 16777215\n")).graph();
        assertThat(g.labels()).containsExactly(5, 16_777_216, 16_777_215, 2_147_483_647, 0);
        assertThat(g.idOf(16_777_216)).isEqualTo(1);
        assertThat(g.idOf(2_147_483_647)).isEqualTo(3);
        assertThat(g.idOf(0)).isEqualTo(4);
        assertThat(g.idOf(6)).isEqualTo(-1);
        assertThat(g.edgeCount()).isEqualTo(4); // "16777216 5" repeats "5 16777216"
    }

    @Test
    void theFirstTokenIsJudgedBeforeTheSecond() {
        assertThatThrownBy(() -> read("x -1\n"))
                .hasMessage("facebook.txt:1: not an integer node id \"x\": \"x -1\"");
    }

    @Test
    void tooManyIdsIsReportedBeforeBadIds() {
        assertThatThrownBy(() -> read("a b c\n"))
                .hasMessage("facebook.txt:1: expected two node ids, found 3: \"a b c\"");
    }

    @Test
    void tabsInTheShownLineBecomeSpacesAndCrLfIsNotShown() {
        assertThatThrownBy(() -> read("1\t2\r\n3\t4\t5\r\n"))
                .hasMessage("facebook.txt:2: expected two node ids, found 3: \"3 4 5\"");
    }

    @Test
    void longLinesAreCutTo80CharactersInTheMessage() {
        String line = "1 " + "9".repeat(200);
        GraphFormatException e = readFails(line);
        String shown = line.substring(0, 80) + "...";
        assertThat(e.lineText()).isEqualTo(shown);
        assertThat(e.getMessage()).isEqualTo("facebook.txt:1: node id " + "9".repeat(80)
                + "... is above 2147483647: \"" + shown + "\"");
    }

    @Test
    void aLineOf80CharactersIsShownWhole() {
        String line = "1 2 " + "x".repeat(76);
        assertThat(line).hasSize(80);
        assertThat(readFails(line).lineText()).isEqualTo(line);
    }

    /** Found by EdgeListReaderProperties: a code point outside the BMP is two chars, and counts two. */
    @Test
    void aCutCountsSurrogatePairsAsTwoCharactersAndNeverSplitsOne() {
        String face = new String(Character.toChars(0x1F600));
        GraphFormatException e = readFails("1 2 " + face.repeat(50));
        assertThat(e.lineText()).isEqualTo("1 2 " + face.repeat(38) + "...").hasSize(83);
    }

    @Test
    void binaryContentGivesAReadableMessage() throws IOException {
        byte[] junk = new byte[5000];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (i * 37 % 251 + 1);
            // one line of junk: no line end, and no separators either
            if (junk[i] == '\n' || junk[i] == ' ' || junk[i] == '\t') {
                junk[i] = 0;
            }
        }
        junk[0] = 'P';
        junk[1] = 'K';
        junk[2] = 3;
        junk[3] = 4;
        GraphFormatException e = catchFormat(() ->
                EdgeListReader.read("archive.zip", new ByteArrayInputStream(junk)));
        assertThat(e.getMessage()).startsWith("archive.zip:1: expected two node ids, found one: \"PK??");
        assertThat(e.lineText()).hasSize(83).endsWith("...");
        assertThat(e.getMessage()).hasSizeLessThan(150);
        assertThat(e.getMessage().chars()).allMatch(c -> c >= 0x20 && c != 0x7F && c != 0xFFFD);
    }

    @Test
    void invalidUtf8AndControlCharactersBecomeQuestionMarks() {
        byte[] bytes = {'1', ' ', 'a', (byte) 0xC3, 0x00, 'b', 0x1B, '\n'};
        GraphFormatException e = catchFormat(() ->
                EdgeListReader.read("x.txt", new ByteArrayInputStream(bytes)));
        assertThat(e.getMessage()).isEqualTo("x.txt:1: not an integer node id \"a??b?\": \"1 a??b?\"");
    }

    @Test
    void commentsBlanksTabsCrLfAndTrailingSpacesParse() throws IOException {
        LoadedGraph loaded = read("""
                # SNAP header
                % matrix-market style comment
                   # indented comment

                \t
                10\t20\r
                  20   30  \t
                30 10\r
                """ + "40 10");
        Graph g = loaded.graph();
        assertThat(g.nodeCount()).isEqualTo(4);
        assertThat(g.edgeCount()).isEqualTo(4);
        assertThat(g.labels()).containsExactly(10, 20, 30, 40);
        assertThat(edges(g)).containsExactly("0-1", "1-2", "2-0", "3-0");
        assertThat(loaded.summary()).isEqualTo(new LoadSummary("facebook.txt", 9, 3, 2, 0, 0, 4, 4,
                loaded.summary().nanos()));
    }

    @Test
    void selfLoopsAndDuplicatesInEitherDirectionAreDroppedAndCounted() throws IOException {
        LoadedGraph loaded = read("5 5\n1 2\n2 1\n1 2\n2 5\n7 7\n5 2\n");
        Graph g = loaded.graph();
        // 5 is seen first (in its self-loop), so it is id 0; 7 appears only in a self-loop.
        assertThat(g.labels()).containsExactly(5, 1, 2, 7);
        assertThat(edges(g)).containsExactly("1-2", "2-0");
        assertThat(g.degree(3)).isZero();
        LoadSummary s = loaded.summary();
        assertThat(s.lines()).isEqualTo(7);
        assertThat(s.selfLoops()).isEqualTo(2);
        assertThat(s.duplicateEdges()).isEqualTo(3);
        assertThat(s.nodes()).isEqualTo(4);
        assertThat(s.edges()).isEqualTo(2);
    }

    @Test
    void emptyInputGivesAnEmptyGraph() throws IOException {
        LoadedGraph loaded = read("");
        assertThat(loaded.graph().nodeCount()).isZero();
        assertThat(loaded.graph().edgeCount()).isZero();
        assertThat(loaded.graph().edgeList().edgeCount()).isZero();
        assertThat(loaded.graph().offsets()).containsExactly(0);
        assertThat(loaded.summary().lines()).isZero();
    }

    @Test
    void onlyCommentsGiveAnEmptyGraph() throws IOException {
        LoadedGraph loaded = read("# nothing\n% here\n\n");
        assertThat(loaded.graph().nodeCount()).isZero();
        assertThat(loaded.summary().lines()).isEqualTo(3);
        assertThat(loaded.summary().commentLines()).isEqualTo(2);
        assertThat(loaded.summary().blankLines()).isEqualTo(1);
    }

    @Test
    void extremeIdsAreAccepted() throws IOException {
        Graph g = read("0 2147483647\n2147483647 0007\n").graph();
        assertThat(g.labels()).containsExactly(0, 2147483647, 7);
        assertThat(g.idOf(2147483647)).isEqualTo(1);
        assertThat(g.idOf(8)).isEqualTo(-1);
        assertThat(g.idOf(-3)).isEqualTo(-1);
    }

    @Test
    void summaryDescribesItselfInOneLine() {
        LoadSummary s = new LoadSummary("facebook_combined.txt", 88234, 0, 0, 0, 0, 4039, 88234,
                21_400_000L);
        assertThat(s.describe()).isEqualTo("facebook_combined.txt: 4,039 nodes, 88,234 edges from"
                + " 88,234 lines (0 comments, 0 blank, 0 self-loops, 0 duplicates) in 21.4 ms");
    }

    @Test
    void readsAPathNamingTheFileByItsNameOnly(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("tiny.txt");
        Files.writeString(file, "1 2\n2 3\n3\n");
        assertThatThrownBy(() -> EdgeListReader.read(file))
                .hasMessage("tiny.txt:3: expected two node ids, found one: \"3\"");
    }

    @Test
    void gunzipsFilesEndingInGz(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("tiny.txt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("1 2\n2 3\n3 1\n".getBytes(StandardCharsets.US_ASCII));
        }
        LoadedGraph loaded = EdgeListReader.read(file);
        assertThat(loaded.summary().source()).isEqualTo("tiny.txt.gz");
        assertThat(loaded.graph().edgeCount()).isEqualTo(3);
    }

    @Test
    void linesLongerThanTheBufferAndManyLinesAcrossRefillsParse() throws IOException {
        StringBuilder text = new StringBuilder("#" + "c".repeat(200_000) + "\n");
        for (int i = 0; i < 50_000; i++) {
            text.append(i).append(' ').append(i + 1).append(i % 3 == 0 ? "\r\n" : "\n");
        }
        text.append(" ".repeat(100_000)).append("50000 0");
        LoadedGraph loaded = read(text.toString());
        assertThat(loaded.graph().nodeCount()).isEqualTo(50_001);
        assertThat(loaded.graph().edgeCount()).isEqualTo(50_001);
        assertThat(loaded.summary().lines()).isEqualTo(50_002);
        for (int i = 0; i < 50_000; i++) {
            assertThat(loaded.graph().label(i)).isEqualTo(i);
        }
    }

    @Test
    void aUtf8ByteOrderMarkAtTheStartIsSkipped(@TempDir Path dir) throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Path file = dir.resolve("windows.txt");
        Files.write(file, concat(bom, "0 1\r\n1 2\r\n2 0\r\n".getBytes(StandardCharsets.US_ASCII)));
        LoadedGraph g = EdgeListReader.read(file);
        assertThat(edges(g.graph())).containsExactly("0-1", "1-2", "2-0");
        assertThat(g.graph().label(0)).isEqualTo(0);
        // Before a comment too, and through a Reader (U+FEFF is the same three bytes).
        Files.write(file, concat(bom, "# a comment\n4 5\n".getBytes(StandardCharsets.US_ASCII)));
        assertThat(EdgeListReader.read(file).summary().commentLines()).isEqualTo(1);
        assertThat(edges(read("\uFEFF7 8\n").graph())).containsExactly("0-1");
        // Anywhere else it is no part of an id (the message shows it as ?, not as an invisible character).
        assertThat(readFails("1 2\n\uFEFF3 4\n")).hasMessage("facebook.txt:2: not an integer node id \"?3\": \"?3 4\"");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void aFileThatCannotBeReadIsNamedWithTheReason(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("nope.txt");
        assertThatThrownBy(() -> EdgeListReader.read(missing)).isInstanceOf(java.nio.file.NoSuchFileException.class)
                .hasMessage(missing + ": no such file");
        assertThatThrownBy(() -> EdgeListReader.read(dir)).isInstanceOf(java.nio.file.FileSystemException.class)
                .hasMessage(dir + ": is a directory");
        Path relative = Path.of("no-such-folder", "fb.txt");
        assertThatThrownBy(() -> EdgeListReader.read(relative)).hasMessage("no-such-folder/fb.txt: no such file");
    }

    @Test
    void anUnreadableFileIsNamedWithTheReason(@TempDir Path dir) throws IOException {
        org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
                "root reads a file of mode 000 all the same, so there is no permission to deny");
        Path locked = Files.writeString(dir.resolve("locked.txt"), "0 1\n");
        Files.setPosixFilePermissions(locked, java.util.Set.of());
        assertThatThrownBy(() -> EdgeListReader.read(locked)).isInstanceOf(java.nio.file.AccessDeniedException.class)
                .hasMessage(locked + ": permission denied");
    }

    static java.util.List<String> edges(Graph g) {
        java.util.List<String> out = new java.util.ArrayList<>();
        var list = g.edgeList();
        for (int i = 0; i < list.edgeCount(); i++) {
            out.add(list.from()[i] + "-" + list.to()[i]);
        }
        return out;
    }

    private static GraphFormatException readFails(String line) {
        return catchFormat(() -> read(line));
    }

    interface Load {
        LoadedGraph run() throws IOException;
    }

    private static GraphFormatException catchFormat(Load load) {
        try {
            LoadedGraph g = load.run();
            throw new AssertionError("expected a GraphFormatException, got " + g.graph());
        } catch (GraphFormatException e) {
            return e;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
