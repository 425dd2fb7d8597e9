package org.widthlab.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.widthlab.engine.Experiment;
import org.widthlab.io.AtomicFile;
import org.widthlab.io.ExperimentFile;
import org.widthlab.io.Json;
import org.widthlab.io.ProgramLog;
import org.widthlab.io.UserFolders;
import org.widthlab.ui.model.ExplorerViewModel;

/**
 * What the window remembers between starts, in {@code settings.json} of the user's settings folder
 * ({@link UserFolders#config()}): the window's place, the font scale, the experiment on show and the file
 * it came from. (The recent files have their own list, {@link RecentFiles}.) Reading never stops the
 * program: a missing, unreadable or corrupt file, or a part of it, gives the defaults for what it held,
 * noted in the log; a file that cannot be written only loses the remembering.
 */
final class UserSettings {

    static final String FORMAT = "widthlab-settings/1";
    /** A settings file larger than this is not WidthLab's and is not read. */
    static final long MAX_BYTES = 1 << 20;

    /** What is remembered; null for anything not known. */
    record Remembered(WindowPlace window, Double fontScale, Experiment experiment, Path file) {
        static final Remembered NOTHING = new Remembered(null, null, null, null);
    }

    private final Path file;
    private final ProgramLog log;

    UserSettings(Path file, ProgramLog log) {
        this.file = file;
        this.log = log;
    }

    static UserSettings ofThisUser(ProgramLog log) {
        return new UserSettings(UserFolders.ofThisUser().config().resolve("settings.json"), log);
    }

    Path file() {
        return file;
    }

    /** What was remembered, as far as it can be read; never throws. */
    Remembered read() {
        if (!Files.exists(file)) {
            return Remembered.NOTHING;
        }
        JsonNode root;
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
                throw new IOException("not a settings file of at most " + MAX_BYTES + " bytes");
            }
            root = Json.readStrict(Files.readString(file, StandardCharsets.UTF_8));
            if (root == null || !root.isObject()) {
                throw new IOException("not a JSON object");
            }
        } catch (IOException | RuntimeException e) {
            log.append("The settings in " + file + " could not be read; starting with the defaults", e);
            return Remembered.NOTHING;
        }
        return new Remembered(window(root.get("window")), fontScale(root.get("fontScale")),
                experiment(root.get("experiment")), path(root.get("file")));
    }

    /** Remembers {@code r}; returns whether it was written. */
    boolean write(Remembered r) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("format", FORMAT);
        if (r.window() != null) {
            ObjectNode w = root.putObject("window");
            w.put("x", r.window().x());
            w.put("y", r.window().y());
            w.put("width", r.window().width());
            w.put("height", r.window().height());
            w.put("maximized", r.window().maximized());
        }
        if (r.fontScale() != null) {
            root.put("fontScale", r.fontScale());
        }
        if (r.experiment() != null) {
            root.set("experiment", ExperimentFile.toJson(r.experiment()));
        }
        if (r.file() != null) {
            root.put("file", r.file().toAbsolutePath().toString());
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            AtomicFile.write(file, Json.MAPPER.writeValueAsString(root) + "\n");
            return true;
        } catch (IOException | RuntimeException e) {
            log.append("The settings could not be saved to " + file, e);
            return false;
        }
    }

    private WindowPlace window(JsonNode node) {
        if (node == null || !node.isObject() || !node.path("x").isNumber() || !node.path("y").isNumber()
                || !node.path("width").isNumber() || !node.path("height").isNumber()) {
            return null;
        }
        WindowPlace place = new WindowPlace(node.get("x").asDouble(), node.get("y").asDouble(),
                node.get("width").asDouble(), node.get("height").asDouble(), node.path("maximized").asBoolean(false));
        return place.isUsable() ? place : null;
    }

    private static Double fontScale(JsonNode node) {
        if (node == null || !node.isNumber()) {
            return null;
        }
        double scale = node.asDouble();
        return scale >= ExplorerViewModel.MIN_FONT_SCALE && scale <= ExplorerViewModel.MAX_FONT_SCALE ? scale : null;
    }

    private Experiment experiment(JsonNode node) {
        if (node == null) {
            return null;
        }
        try {
            return ExperimentFile.fromJson(node);
        } catch (RuntimeException e) {
            log.append("The last experiment in " + file + " could not be read; showing the default one", e);
            return null;
        }
    }

    private static Path path(JsonNode node) {
        if (node == null || !node.isTextual()) {
            return null;
        }
        try {
            return Path.of(node.asText());
        } catch (RuntimeException e) {
            return null;
        }
    }
}
