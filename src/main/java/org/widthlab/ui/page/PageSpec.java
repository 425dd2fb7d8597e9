package org.widthlab.ui.page;

import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One entry of the window's page registry: what the page is called, where it goes, and how it is made.
 *
 * @param id        the stable name: {@code window --tab ID}, and the node ids {@code #IDTab} of its tab and
 *                  {@code #IDPageItem} of its View-menu item (lower-case letters and digits)
 * @param title     the tab's and the menu item's text
 * @param placement where the window puts it
 * @param factory   makes the page; called once, on the FX thread, when the window is built
 */
public record PageSpec(String id, String title, Placement placement, Function<WindowContext, Page> factory) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*");

    public PageSpec {
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(factory, "factory");
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a page id is lower-case letters and digits, got '" + id + "'");
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("page " + id + " needs a title");
        }
    }
}
