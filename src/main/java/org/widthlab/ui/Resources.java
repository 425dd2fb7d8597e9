package org.widthlab.ui;

import java.net.URL;

/** Finds the window's resources (stylesheet, icons, texts) beside this class; fails naming the missing path. */
final class Resources {

    private Resources() {
    }

    static String url(String name) {
        URL url = Resources.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException("missing resource /org/widthlab/ui/" + name);
        }
        return url.toExternalForm();
    }
}
