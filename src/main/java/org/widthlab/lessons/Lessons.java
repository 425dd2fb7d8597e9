package org.widthlab.lessons;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where lessons come from: the built-in ones inside the program (listed in {@code index.txt} beside them),
 * and any lesson file a teacher drops into the per-user folder ({@link #userFolder()}) or opens. A file
 * that cannot be read is reported, never fatal: the others stay available.
 */
public final class Lessons {

    private static final String RESOURCES = "/org/widthlab/lessons/";

    /** The lessons found, and one line for each file that could not be read. */
    public record Catalogue(List<Lesson> lessons, List<String> problems) {

        public Catalogue {
            lessons = List.copyOf(lessons);
            problems = List.copyOf(problems);
        }

        public Optional<Lesson> byId(String id) {
            return lessons.stream().filter(l -> l.id().equals(id)).findFirst();
        }

        public List<String> ids() {
            return lessons.stream().map(Lesson::id).toList();
        }
    }

    private Lessons() {
    }

    /** The built-in lessons, in their order. A broken built-in lesson is a bug: it throws. */
    public static List<Lesson> builtIn() {
        List<Lesson> lessons = new ArrayList<>();
        for (String name : resource("index.txt").lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList()) {
            try {
                lessons.add(LessonFile.parse(resource(name), "built-in lesson " + name));
            } catch (IOException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return lessons;
    }

    /**
     * The built-in lessons followed by every {@code *.json} lesson file in {@code folder} (sorted by name); a
     * file whose id repeats an earlier lesson's is reported and skipped.
     */
    public static Catalogue all(Path folder) {
        List<Lesson> lessons = new ArrayList<>(builtIn());
        List<String> problems = new ArrayList<>();
        if (folder != null && Files.isDirectory(folder)) {
            List<Path> files = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.json")) {
                stream.forEach(files::add);
            } catch (IOException e) {
                problems.add(folder + ": cannot be listed (" + e.getClass().getSimpleName() + ")");
            }
            files.sort(null);
            for (Path file : files) {
                try {
                    Lesson lesson = LessonFile.read(file);
                    if (lessons.stream().anyMatch(l -> l.id().equals(lesson.id()))) {
                        problems.add(file + ": a lesson with id '" + lesson.id() + "' already exists");
                    } else {
                        lessons.add(lesson);
                    }
                } catch (IOException e) {
                    problems.add(e.getMessage());
                }
            }
        }
        return new Catalogue(lessons, problems);
    }

    /**
     * The folder a teacher drops lesson files into: {@code %APPDATA%\WidthLab\lessons} on Windows,
     * {@code ~/Library/Application Support/WidthLab/lessons} on macOS, {@code $XDG_CONFIG_HOME/widthlab/lessons}
     * (or {@code ~/.config/widthlab/lessons}) elsewhere.
     */
    public static Path userFolder() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win") && System.getenv("APPDATA") != null) {
            return Path.of(System.getenv("APPDATA"), "WidthLab", "lessons");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "WidthLab", "lessons");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".config")).resolve("widthlab")
                .resolve("lessons");
    }

    private static String resource(String name) {
        try (InputStream in = Lessons.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCES + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read resource " + RESOURCES + name, e);
        }
    }
}
