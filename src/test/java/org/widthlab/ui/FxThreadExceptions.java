package org.widthlab.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.AssertionFailedError;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Fails a window test in which the FX thread (or any other) threw an exception nobody caught: JavaFX only
 * prints such an exception and carries on, so the test would otherwise pass over a broken view. Register it
 * after TestFX's {@code ApplicationExtension}.
 */
public final class FxThreadExceptions implements BeforeEachCallback, AfterEachCallback {

    private final List<Throwable> thrown = new CopyOnWriteArrayList<>();
    private Thread.UncaughtExceptionHandler previous;

    @Override
    public void beforeEach(ExtensionContext context) {
        thrown.clear();
        previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> thrown.add(e));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.setDefaultUncaughtExceptionHandler(previous);
        if (!thrown.isEmpty()) {
            AssertionFailedError failure = new AssertionFailedError(thrown.size() + " uncaught exception(s) on the"
                    + " FX thread or another, the first: " + thrown.get(0), thrown.get(0));
            thrown.stream().skip(1).forEach(failure::addSuppressed);
            throw failure;
        }
    }
}
