package org.widthlab.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.widthlab.grid.ResultsImport;
import org.widthlab.io.Json;
import org.widthlab.store.ResultStore;
import org.widthlab.store.StoreException;
import org.widthlab.store.StoreLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code store}: work on the results store; {@code store import} brings results computed elsewhere into it. */
@Command(name = "store", mixinStandardHelpOptions = true, subcommands = StoreCommand.Import.class,
        description = "Work on the results store of parameter grids.")
public final class StoreCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a subcommand: import");
    }

    /**
     * {@code store import SOURCE...}: a cluster's output folder or other results store files (e.g. the stores
     * of a grid's shards), merged into the store; prints one JSON object: the {@code store}, per source what
     * was {@code imported} ({@code source}, {@code kind}, {@code cells} read, {@code added} as new,
     * {@code grids} remembered) and the store's {@code cells} afterwards.
     */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import a cluster's output folder (grid.json, cells/) or results store files into the store;"
                    + " cells already there are kept once.")
    static final class Import implements Callable<Integer> {

        @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "a cluster output folder or a results store file")
        List<Path> sources;

        @Option(names = "--store", paramLabel = "FILE", description = "the results store (default: "
                + "~/.local/share/widthlab/results.sqlite or the system's equivalent)")
        Path store;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Path storeFile = store == null ? StoreLocation.defaultFile() : store;
            try (ResultStore results = ResultStore.open(storeFile)) {
                ObjectNode root = Json.MAPPER.createObjectNode();
                root.put("store", results.file().toString());
                ArrayNode imported = root.putArray("imported");
                for (Path source : sources) {
                    ResultsImport.Summary summary = ResultsImport.into(results, source);
                    ObjectNode entry = imported.addObject();
                    entry.put("source", summary.source().toString());
                    entry.put("kind", summary.kind());
                    entry.put("cells", summary.cells());
                    entry.put("added", summary.added());
                    ArrayNode grids = entry.putArray("grids");
                    summary.grids().forEach(grids::add);
                }
                root.put("cells", results.cellCount());
                PrintWriter out = spec.commandLine().getOut();
                out.println(Json.MAPPER.writeValueAsString(root));
                out.flush();
                return 0;
            } catch (StoreException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }
    }
}
