package fwf.results;

import fwf.json.Json;
import fwf.run.Measurement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class JournalTest {
    @TempDir
    Path dir;

    private Journal journal() {
        return Journal.open(dir.resolve("results.jsonl"));
    }

    private static List<Measurement> all() {
        List<Measurement> all = new ArrayList<>(Fixtures.history());
        all.add(Fixtures.full());
        return all;
    }

    @Test
    void whatIsAppendedLoadsBackEqual() throws IOException {
        Journal j = journal();
        for (Measurement m : all()) {
            j.append(m);
        }
        JournalLoad load = j.load();
        assertThat(load.warnings()).isEmpty();
        assertThat(load.records()).isEqualTo(all());
        assertThat(load.boards()).isEmpty();
        assertThat(load.sinceLastBoard()).isEqualTo(all());
    }

    @Test
    void eachRecordIsOneLineWithSchemaAndType() throws IOException {
        Journal j = journal();
        j.append(Fixtures.full());
        j.append(Fixtures.history().get(4));
        List<String> lines = Files.readAllLines(j.path());
        assertThat(lines).hasSize(2);
        for (String line : lines) {
            assertThat(line).startsWith("{\"schema\":1,\"type\":\"measurement\",\"id\":");
            assertThat(Json.parseObject(line)).containsEntry("schema", 1L);
        }
    }

    @Test
    void aMissingFileIsAnEmptyJournalAndIsNotCreatedByLoading() throws IOException {
        Journal j = journal();
        JournalLoad load = j.load();
        assertThat(load.records()).isEmpty();
        assertThat(load.warnings()).isEmpty();
        assertThat(load.sinceLastBoard()).isEmpty();
        assertThat(j.path()).doesNotExist();
    }

    @Test
    void appendingCreatesTheFoldersItNeeds() throws IOException {
        Journal j = Journal.open(dir.resolve("a/b/c/results.jsonl"));
        j.append(Fixtures.full());
        assertThat(j.load().records()).containsExactly(Fixtures.full());
    }

    @Test
    void recordKeepsARunOrSaysWhyItCouldNot() throws IOException {
        Journal j = journal();
        assertThat(j.record(Fixtures.full())).isEmpty();
        assertThat(j.load().records()).containsExactly(Fixtures.full());

        // A file where the journal's folder should be: the append fails, the record says so.
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
        Journal blocked = Journal.open(blocker.resolve("results.jsonl"));
        assertThat(blocked.record(Fixtures.full()))
                .contains("the result was not saved: " + blocked.path() + ": " + blocker + " is not a folder");
    }

    @Test
    void aTornLastLineIsSkippedWithAWarningAndEverythingBeforeItLoads() throws IOException {
        Journal j = journal();
        List<Measurement> three = Fixtures.history().subList(0, 3);
        for (Measurement m : three) {
            j.append(m);
        }
        // What a kill -9 in the middle of a write leaves: half a record, no newline.
        String torn = "{\"schema\":1,\"type\":\"measurement\",\"id\":\"0004\",\"workload\":\"fib\",\"variant\":";
        Files.writeString(j.path(), torn, StandardOpenOption.APPEND);

        JournalLoad load = j.load();
        assertThat(load.records()).isEqualTo(three);
        assertThat(load.warnings()).containsExactly(
                "results.jsonl:4: skipped a damaged record (unexpected end of text at offset 72)");
        assertThat(torn).hasSize(72);
    }

    @Test
    void theAppendAfterATornLineStartsOnALineOfItsOwn() throws IOException {
        Journal j = journal();
        j.append(Fixtures.history().get(0));
        Files.writeString(j.path(), "{\"schema\":1,\"ty", StandardOpenOption.APPEND);
        j.append(Fixtures.history().get(1));

        JournalLoad load = j.load();
        assertThat(load.records()).containsExactly(Fixtures.history().get(0), Fixtures.history().get(1));
        assertThat(load.warnings()).containsExactly(
                "results.jsonl:2: skipped a damaged record (unterminated string at offset 15)");
    }

    @Test
    void aResultOfASystemThisVersionDoesNotKnowIsSkippedAndKeptInTheFile() throws IOException {
        Journal j = journal();
        j.append(Fixtures.history().get(0));
        String line = Files.readString(j.path()).strip().replace("\"system\":\"" + Fixtures.history().get(0).request().system()
                + "\"", "\"system\":\"graalpy-next\"");
        Files.writeString(j.path(), line + "\n", StandardOpenOption.APPEND);
        j.append(Fixtures.history().get(1));

        JournalLoad load = j.load();
        assertThat(load.records()).containsExactly(Fixtures.history().get(0), Fixtures.history().get(1));
        assertThat(load.warnings()).containsExactly("results.jsonl:2: skipped a result this version cannot show"
                + " (unknown system 'graalpy-next': choose one of " + String.join(", ", fwf.friends.Systems.names()) + ")");
        assertThat(Files.readString(j.path())).contains("\"system\":\"graalpy-next\"");
    }

    @Test
    void aGarbledLineInTheMiddleCostsOnlyThatLine() throws IOException {
        Journal j = journal();
        j.append(Fixtures.history().get(0));
        Files.writeString(j.path(), "garbage\n\n", StandardOpenOption.APPEND);
        j.append(Fixtures.history().get(1));

        JournalLoad load = j.load();
        assertThat(load.records()).containsExactly(Fixtures.history().get(0), Fixtures.history().get(1));
        assertThat(load.warnings()).containsExactly(
                "results.jsonl:2: skipped a damaged record (unexpected character 'g' at offset 0)");
    }

    @Test
    void recordsItCannotReadAreNamedWithTheirReason() throws IOException {
        Journal j = journal();
        Files.writeString(j.path(), String.join("\n",
                "{\"schema\":2,\"type\":\"measurement\"}",
                "{\"type\":\"measurement\"}",
                "{\"schema\":1,\"type\":\"measurement\",\"id\":\"x\",\"workload\":\"fib\"}",
                "{\"schema\":1,\"type\":\"comment\"}",
                "{\"schema\":1,\"type\":\"board\",\"started\":\"yesterday\"}",
                "[1,2]",
                "") + "\n");
        assertThat(j.load().warnings()).containsExactly(
                "results.jsonl:1: skipped a record of schema 2 (this version reads schema 1)",
                "results.jsonl:2: skipped a damaged record (missing field 'schema')",
                "results.jsonl:3: skipped a damaged record (missing field 'variant')",
                "results.jsonl:4: skipped a record of unknown type 'comment'",
                "results.jsonl:5: skipped a damaged board marker (field 'started' is not an ISO-8601 instant)",
                "results.jsonl:6: skipped a damaged record (expected a JSON object)");
    }

    @Test
    void windowsLineEndsAreRead() throws IOException {
        Journal j = journal();
        String line = Json.write(MeasurementCodec.toJson(Fixtures.full()));
        Files.writeString(j.path(), line + "\r\n" + line + "\r\n");
        assertThat(j.load().records()).containsExactly(Fixtures.full(), Fixtures.full());
    }

    @Test
    void aFreshBoardHidesEarlierRecordsWithoutDeletingThem() throws IOException {
        Journal j = journal();
        List<Measurement> h = Fixtures.history();
        j.append(h.get(0));
        j.append(h.get(1));
        j.startBoard(Instant.parse("2025-01-15T11:00:00Z"));
        j.append(h.get(2));
        j.startBoard(Instant.parse("2025-01-15T12:00:00Z"));
        j.append(h.get(3));
        j.append(h.get(4));

        assertThat(Files.readAllLines(j.path()).get(2))
                .isEqualTo("{\"schema\":1,\"type\":\"board\",\"started\":\"2025-01-15T11:00:00Z\"}");
        JournalLoad load = j.load();
        assertThat(load.records()).isEqualTo(h.subList(0, 5));
        assertThat(load.boards()).containsExactly(
                new JournalLoad.Board(Instant.parse("2025-01-15T11:00:00Z"), 2),
                new JournalLoad.Board(Instant.parse("2025-01-15T12:00:00Z"), 3));
        assertThat(load.sinceLastBoard()).isEqualTo(h.subList(3, 5));
        assertThat(load.warnings()).isEmpty();
    }

    @Test
    void aBoardStartedLastShowsAnEmptyBoard() throws IOException {
        Journal j = journal();
        j.append(Fixtures.full());
        j.startBoard(Instant.parse("2025-01-15T11:00:00Z"));
        assertThat(j.load().sinceLastBoard()).isEmpty();
        assertThat(j.load().records()).hasSize(1);
    }

    @Test
    void appendingNeverRewritesWhatIsThere() throws IOException {
        Journal j = journal();
        j.append(Fixtures.history().get(0));
        byte[] before = Files.readAllBytes(j.path());
        j.append(Fixtures.history().get(1));
        byte[] after = Files.readAllBytes(j.path());
        assertThat(after).startsWith(before);
        assertThat(new String(after, before.length, after.length - before.length, StandardCharsets.UTF_8))
                .isEqualTo(Json.write(MeasurementCodec.toJson(Fixtures.history().get(1))) + "\n");
    }

    @Test
    void twoThreadsAppendingTwoHundredEachGiveFourHundredWholeLines() throws Exception {
        Journal j = journal();
        Measurement base = Fixtures.full();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < 200; i++) {
                        j.append(withId(base, thread + "-" + i));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        List<String> lines = Files.readAllLines(j.path());
        assertThat(lines).hasSize(400);
        Set<String> ids = new HashSet<>();
        for (String line : lines) {
            ids.add((String) Json.parseObject(line).get("id"));
        }
        assertThat(ids).hasSize(400).contains("0-0", "0-199", "1-0", "1-199");
        JournalLoad load = j.load();
        assertThat(load.records()).hasSize(400);
        assertThat(load.warnings()).isEmpty();
    }

    private static Measurement withId(Measurement m, String id) {
        return new Measurement(id, m.request(), m.status(), m.answer(), m.expected(), m.loadNs(), m.warmupNs(),
                m.samplesNs(), m.stats(), m.environment(), m.message(), m.jit());
    }

    @Test
    void theDefaultPathFollowsXdgDataHome() {
        Path home = Path.of("/home/ann");
        assertThat(Journal.defaultPath(Map.of("XDG_DATA_HOME", "/data"), home))
                .isEqualTo(Path.of("/data/faster-with-friends/results.jsonl"));
        assertThat(Journal.defaultPath(Map.of(), home))
                .isEqualTo(Path.of("/home/ann/.local/share/faster-with-friends/results.jsonl"));
        assertThat(Journal.defaultPath(Map.of("XDG_DATA_HOME", ""), home))
                .isEqualTo(Path.of("/home/ann/.local/share/faster-with-friends/results.jsonl"));
        assertThat(Journal.defaultPath(Map.of("XDG_DATA_HOME", "relative/data"), home))
                .isEqualTo(Path.of("/home/ann/.local/share/faster-with-friends/results.jsonl"));
    }
}
