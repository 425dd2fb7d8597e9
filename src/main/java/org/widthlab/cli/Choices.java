package org.widthlab.cli;

import java.util.Arrays;
import java.util.Iterator;
import org.widthlab.engine.DataSetKind;
import org.widthlab.theory.Activation;
import org.widthlab.theory.Identified;
import org.widthlab.theory.Preset;

/** The ids a choice option accepts, read from its enum, for picocli's {@code ${COMPLETION-CANDIDATES}} in the help. */
final class Choices {

    private Choices() {
    }

    private static Iterator<String> ids(Identified[] values) {
        return Arrays.stream(values).map(Identified::id).iterator();
    }

    static final class DataSets implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return ids(DataSetKind.values());
        }
    }

    static final class Activations implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return ids(Activation.values());
        }
    }

    static final class Presets implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return ids(Preset.values());
        }
    }
}
