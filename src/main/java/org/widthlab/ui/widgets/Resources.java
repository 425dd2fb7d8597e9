package org.widthlab.ui.widgets;

import java.net.URL;

/** Finds the window's resources (stylesheet, icons, texts) in {@code /org/widthlab/ui/}; fails naming the missing path. */
public final class Resources {

    private static final String FOLDER = "/org/widthlab/ui/";

    private Resources() {
    }

    public static String url(String name) {
        URL url = Resources.class.getResource(FOLDER + name);
        if (url == null) {
            throw new IllegalStateException("missing resource " + FOLDER + name);
        }
        return url.toExternalForm();
    }
}
