package org.widthlab.ui.page;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Executor;
import org.widthlab.store.StoreLocation;
import org.widthlab.ui.model.ExplorerViewModel;
import org.widthlab.ui.model.UiThread;

/**
 * What every page is built from: the window's shared state and where work runs.
 *
 * @param explorer   the experiment on show, its sweep and results, what the charts are set to, the
 *                   font scale, the message line and the page on show
 * @param uiThread   where results computed in the background are handed over to
 * @param background where a page computes anything that takes more than a moment (never the FX thread)
 * @param store      the results store file the sweep workspace keeps its grids in (opened when first needed)
 */
public record WindowContext(ExplorerViewModel explorer, UiThread uiThread, Executor background, Path store) {

    public WindowContext {
        Objects.requireNonNull(explorer, "explorer");
        Objects.requireNonNull(uiThread, "uiThread");
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(store, "store");
    }

    /** A context with the user's default results store ({@link StoreLocation#defaultFile()}). */
    public WindowContext(ExplorerViewModel explorer, UiThread uiThread, Executor background) {
        this(explorer, uiThread, background, StoreLocation.defaultFile());
    }
}
