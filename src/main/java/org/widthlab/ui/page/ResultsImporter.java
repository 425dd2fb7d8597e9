package org.widthlab.ui.page;

import java.nio.file.Path;

/**
 * A page that takes in results computed elsewhere (File ▸ Import results): a cluster's output folder or a
 * results store file, as {@code store import} reads them. The page imports in the background and shows what
 * it imported.
 */
@FunctionalInterface
public interface ResultsImporter {

    void importResults(Path source);
}
