package org.widthlab.ui.explorer;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import org.widthlab.ui.page.Page;
import org.widthlab.ui.page.WindowContext;

/** The live verdict of the parametrization on show (theory.md §3–§6). */
public final class VerdictPage implements Page {

    private final ScrollPane view;

    public VerdictPage(WindowContext context) {
        view = new ScrollPane(new VerdictView(context.explorer().parametrization()));
        view.setFitToWidth(true);
        view.setId("verdictScroll");
    }

    @Override
    public Node view() {
        return view;
    }
}
