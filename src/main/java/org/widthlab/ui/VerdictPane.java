package org.widthlab.ui;

import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;

/** The parameter form beside the live verdict. */
public final class VerdictPane extends BorderPane {

    private final ParametrizationViewModel model = new ParametrizationViewModel();

    public VerdictPane() {
        getStylesheets().add(Resources.url("widthlab.css"));
        setLeft(new ScrollPane(new ParameterPanel(model)));
        ScrollPane verdict = new ScrollPane(new VerdictView(model));
        verdict.setFitToWidth(true);
        setCenter(verdict);
    }

    public ParametrizationViewModel model() {
        return model;
    }
}
