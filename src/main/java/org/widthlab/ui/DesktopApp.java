package org.widthlab.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The WidthLab window. */
public final class DesktopApp extends Application {

    /** Opens the window; {@code args} are the window's own options. */
    public static void launchWindow(String[] args) {
        Application.launch(DesktopApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("WidthLab");
        stage.setScene(new Scene(new VerdictPane(), 1024, 700));
        stage.show();
    }
}
