package org.widthlab.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.widthlab.ui.charts.MathMarkup;
import org.widthlab.ui.widgets.MathFlow;
import org.widthlab.ui.widgets.Resources;

/**
 * Help ▸ The theory (F1): the project's theory document ({@code src/main/resources/org/widthlab/help/theory.md})
 * shown in the program's own words with its formulas typeset, and Help ▸ About.
 */
final class HelpWindow {

    static final String THEORY = "/org/widthlab/help/theory.md";
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static Stage open;

    private HelpWindow() {
    }

    static void show(Window owner, double fontScale) {
        if (open != null && open.isShowing()) {
            open.toFront();
            return;
        }
        VBox content = new VBox(10);
        content.setId("helpContent");
        content.setPadding(new Insets(16, 24, 24, 24));
        content.getChildren().setAll(render(theory()));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        Stage stage = new Stage();
        stage.setTitle("WidthLab — the theory");
        if (owner != null) {
            stage.initOwner(owner);
        }
        Scene scene = new Scene(scroll, 920, 760);
        scene.getStylesheets().add(Resources.url("widthlab.css"));
        scroll.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", MainWindow.BASE_FONT_PX * fontScale));
        stage.setScene(scene);
        stage.show();
        open = stage;
    }

    static String theory() {
        try (InputStream in = HelpWindow.class.getResourceAsStream(THEORY)) {
            return in == null ? "# The theory\n\nThe theory document is missing from this build."
                    : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "# The theory\n\nThe theory document could not be read (" + e.getMessage() + ").";
        }
    }

    /**
     * The few kinds of Markdown the document uses: headings, paragraphs (code spans typeset as mathematics),
     * indented formula lines (typeset), list items and table rows.
     */
    static List<Node> render(String markdown) {
        List<Node> nodes = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String line : (markdown + "\n").split("\n", -1)) {
            boolean formula = line.startsWith("    ") && !line.isBlank();
            boolean structural = line.isBlank() || line.startsWith("#") || formula || line.startsWith("|")
                    || line.startsWith("- ");
            if (structural && paragraph.length() > 0) {
                nodes.add(flow(paragraph.toString(), "help-paragraph"));
                paragraph.setLength(0);
            }
            if (line.startsWith("#")) {
                Label heading = new Label(line.replaceFirst("^#+\\s*", ""));
                heading.getStyleClass().add(line.startsWith("##") ? "heading" : "help-title");
                heading.setWrapText(true);
                nodes.add(heading);
            } else if (formula) {
                nodes.add(flow("$" + MathMarkup.tex(line.strip()) + "$", "help-formula"));
            } else if (line.startsWith("|")) {
                if (!line.matches("\\|[\\s|:-]+\\|?")) {
                    nodes.add(flow(String.join("   ·   ", cells(line)), "help-table-row"));
                }
            } else if (line.startsWith("- ")) {
                paragraph.append("•  ").append(line.substring(2)).append(' ');
            } else if (!line.isBlank()) {
                paragraph.append(line.strip()).append(' ');
            }
        }
        return nodes;
    }

    private static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        for (String cell : row.replaceAll("^\\||\\|$", "").split("\\|")) {
            cells.add(cell.strip());
        }
        return cells;
    }

    /** Words with their code spans typeset; emphasis marks dropped. */
    private static MathFlow flow(String text, String style) {
        Matcher code = CODE.matcher(text.replace("**", "").replaceAll("(?<![\\w*])\\*([^*]+)\\*", "$1"));
        StringBuilder out = new StringBuilder();
        while (code.find()) {
            code.appendReplacement(out, Matcher.quoteReplacement("$" + MathMarkup.tex(code.group(1)) + "$"));
        }
        code.appendTail(out);
        MathFlow flow = new MathFlow(out.toString().strip());
        flow.getStyleClass().add(style);
        return flow;
    }

    static void about() {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.setTitle("About WidthLab");
        about.setHeaderText("WidthLab — how neural networks behave as they get wider");
        about.setContentText("WidthLab makes Greg Yang and Edward Hu, Feature Learning in Infinite-Width Neural Networks"
                + " (2020, arXiv:2011.14522, \"Tensor Programs IV\") something to see and play with: the classification of"
                + " abc-parametrizations, real networks trained at many widths, and their exact infinite-width limits.\n\n"
                + "Help ▸ The theory (F1) explains it in WidthLab's own words. Lessons ▸ … walks a class through it;"
                + " F5 presents.\n\nBuilt with JavaFX, JFreeChart, JLaTeXMath, EJML, OpenBLAS, AtlantaFX and ControlsFX.");
        about.showAndWait();
    }
}
