package org.widthlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.widthlab.ui.page.PageSpec;

/** The window's own command-line options, and the page registry they read. */
class WindowOptionsTest {

    @Test
    void windowOptionsAreCheckedWithAMessage() {
        WindowOptions o = WindowOptions.parse("--open", "x.json", "--screenshot", "out.png", "--size", "1024x700",
                "--tab", "phase", "--font-scale", "1.5");
        assertEquals(Path.of("x.json"), o.open());
        assertEquals(1024, o.width());
        assertEquals(700, o.height());
        assertEquals("phase", o.tab());
        assertEquals(1.5, o.fontScale());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> WindowOptions.parse("--size", "big"))
                .getMessage().contains("WIDTHxHEIGHT"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> WindowOptions.parse("--colour", "red"))
                .getMessage().startsWith("unknown option --colour"));
        assertThrows(IllegalArgumentException.class, () -> WindowOptions.parse("--open"));
    }

    @Test
    void aWindowLargerThanAnyScreenIsRefusedBeforeItOpens() {
        assertEquals(8192, WindowOptions.parse("--size", "8192x8192").width());
        String message = assertThrows(IllegalArgumentException.class,
                () -> WindowOptions.parse("--size", "100000x100000")).getMessage();
        assertTrue(message.startsWith("--size 100000x100000 is too large (at most 8192x8192"), message);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> WindowOptions.parse("--size", "1024x700x3"))
                .getMessage().contains("WIDTHxHEIGHT"));
    }

    @Test
    void everyRegisteredPageIsATabChoiceAndNothingElseIs() {
        for (PageSpec page : Pages.ALL) {
            assertEquals(page.id(), WindowOptions.parse("--tab", page.id()).tab());
        }
        String message = assertThrows(IllegalArgumentException.class, () -> WindowOptions.parse("--tab", "nosuchpage"))
                .getMessage();
        assertTrue(message.contains(Pages.ids(", ")), message);
    }

    @Test
    void pageIdsAreUnique() {
        assertEquals(Pages.ALL.size(), Pages.ALL.stream().map(PageSpec::id).distinct().count());
    }
}
