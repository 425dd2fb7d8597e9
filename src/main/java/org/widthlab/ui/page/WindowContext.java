package org.widthlab.ui.page;

import java.util.Objects;
import java.util.concurrent.Executor;
import org.widthlab.ui.model.ExplorerViewModel;
import org.widthlab.ui.model.UiThread;

/**
 * What every page is built from: the window's shared state and where work runs.
 *
 * @param explorer   the experiment on show, its sweep and results, what the charts are set to, the
 *                   font scale, the message line and the page on show
 * @param uiThread   where results computed in the background are handed over to
 * @param background where a page computes anything that takes more than a moment (never the FX thread)
 */
public record WindowContext(ExplorerViewModel explorer, UiThread uiThread, Executor background) {

    public WindowContext {
        Objects.requireNonNull(explorer, "explorer");
        Objects.requireNonNull(uiThread, "uiThread");
        Objects.requireNonNull(background, "background");
    }
}
