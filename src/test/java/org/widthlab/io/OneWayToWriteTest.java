package org.widthlab.io;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaCodeUnitAccess;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.widthlab.Launcher;

/**
 * Every file WidthLab writes goes through {@link AtomicFile}: no other class of the program opens a file
 * for writing, moves one over another, or hands a {@code File} to an image writer.
 */
class OneWayToWriteTest {

    private static final Set<String> FILES_WRITERS = Set.of("write", "writeString", "newOutputStream",
            "newBufferedWriter", "newByteChannel", "move", "copy", "createFile", "createTempFile");

    private static final DescribedPredicate<JavaAccess<?>> WRITES_A_FILE = new DescribedPredicate<>(
            "opens, replaces or creates a file for writing") {
        @Override
        public boolean test(JavaAccess<?> access) {
            String owner = access.getTargetOwner().getName();
            String name = access.getName();
            return owner.equals("java.nio.file.Files") && FILES_WRITERS.contains(name)
                    || owner.equals("java.nio.channels.FileChannel") && name.equals("open")
                    || Set.of("java.io.FileOutputStream", "java.io.FileWriter", "java.io.RandomAccessFile",
                            "java.io.PrintWriter", "java.io.PrintStream").contains(owner)
                            && name.equals("<init>") && takes(access, "java.io.File", "java.lang.String")
                    || owner.equals("javax.imageio.ImageIO") && name.equals("write") && takes(access, "java.io.File");
        }

        /** Whether the method or constructor called takes a parameter of one of these types (a file name). */
        private boolean takes(JavaAccess<?> access, String... types) {
            return access instanceof JavaCodeUnitAccess<?> call && call.getTarget().getRawParameterTypes().stream()
                    .anyMatch(t -> Set.of(types).contains(t.getName()));
        }
    };

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importUrl(Launcher.class.getProtectionDomain().getCodeSource().getLocation());

    @Test
    void onlyAtomicFileWritesFiles() {
        noClasses().that().doNotBelongToAnyOf(AtomicFile.class, AtomicFile.Pending.class)
                .should().accessTargetWhere(WRITES_A_FILE)
                .check(classes);
    }
}
