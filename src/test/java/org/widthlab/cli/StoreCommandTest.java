package org.widthlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.widthlab.io.Json;

/** {@code grid --shard i/N} on three "machines", {@code store import} merging their stores, bad sources. */
class StoreCommandTest {

    @TempDir
    Path folder;

    private static String[] grid(Path store, String... extra) {
        List<String> all = new ArrayList<>(List.of("grid", "--preset", "sp,mup", "--depth", "2", "--activation", "tanh",
                "--data", "teacher", "--input-dim", "4", "--batch", "8", "--steps", "3", "--lr", "2^-2..2^0",
                "--widths", "16..32", "--seeds", "2", "-q", "--store", store.toString()));
        all.addAll(List.of(extra));
        return all.toArray(String[]::new);
    }

    @Test
    void threeShardsImportedIntoOneStoreAnswerTheWholeGrid() throws Exception {
        List<String> stores = new ArrayList<>(List.of("store", "import", "--store", folder.resolve("all.sqlite").toString()));
        for (int i = 1; i <= 3; i++) {
            Path shardStore = folder.resolve("shard" + i + ".sqlite");
            CliRunner shard = CliRunner.run(grid(shardStore, "--shard", i + "/3"));
            assertEquals(0, shard.exitCode(), shard.err());
            JsonNode json = Json.MAPPER.readTree(shard.out());
            assertEquals(8, json.get("cells").asInt());
            assertEquals(8, json.get("computed").asInt());
            assertEquals(i + "/3", json.get("shard").asText());
            stores.add(shardStore.toString());
        }
        CliRunner imported = CliRunner.run(stores.toArray(String[]::new));
        assertEquals(0, imported.exitCode(), imported.err());
        JsonNode summary = Json.MAPPER.readTree(imported.out());
        assertEquals(24, summary.get("cells").asInt());
        assertEquals(3, summary.get("imported").size());
        for (JsonNode entry : summary.get("imported")) {
            assertEquals("results store", entry.get("kind").asText());
            assertEquals(8, entry.get("added").asInt());
            assertEquals("grid", entry.get("grids").get(0).asText());
        }
        CliRunner whole = CliRunner.run(grid(folder.resolve("all.sqlite")));
        JsonNode answer = Json.MAPPER.readTree(whole.out());
        assertEquals(24, answer.get("reused").asInt());
        assertEquals(0, answer.get("computed").asInt());
        assertFalse(answer.has("shard"));
    }

    @Test
    void aSourceThatIsNeitherAStoreNorAClusterOutputIsOneLine() throws Exception {
        Path text = Files.writeString(folder.resolve("notes.txt"), "hello");
        Path store = folder.resolve("all.sqlite");
        for (String[] bad : List.of(new String[] {"store", "import", "--store", store.toString(), folder.resolve("none").toString()},
                new String[] {"store", "import", "--store", store.toString(), text.toString()},
                new String[] {"store", "import", "--store", store.toString(), folder.toString()},
                new String[] {"store", "import", "--store", store.toString(), store.toString()},
                new String[] {"grid", "--preset", "sp", "--shard", "4/3", "--store", store.toString()},
                new String[] {"store"})) {
            CliRunner run = CliRunner.run(bad);
            assertEquals(WidthLabCli.USAGE_ERROR, run.exitCode(), String.join(" ", bad) + ": " + run.err());
            assertEquals(1, run.err().lines().count(), run.err());
            assertTrue(run.err().startsWith("widthlab " + bad[0]), run.err());
        }
    }
}
