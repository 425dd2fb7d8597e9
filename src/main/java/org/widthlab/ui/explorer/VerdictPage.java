package org.widthlab.ui.explorer;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import org.widthlab.ui.page.Page;
import org.widthlab.ui.page.WindowContext;

/** The live verdict of the parametrization on show (theory.md §3–§6). */
public final class VerdictPage implements Page {

    private final ScrollPane view;
    private final VerdictView verdict;

    public VerdictPage(WindowContext context) {
        verdict = new VerdictView(context.explorer().parametrization());
        view = new ScrollPane(verdict);
        view.setFitToWidth(true);
        view.setId("verdictScroll");
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void shown() {
        verdict.catchUp();
    }
}
