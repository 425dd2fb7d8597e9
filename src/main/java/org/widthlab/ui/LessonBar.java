package org.widthlab.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.widthlab.lessons.Lesson;
import org.widthlab.lessons.LessonStep;
import org.widthlab.ui.model.LessonViewModel;
import org.widthlab.ui.widgets.MathFlow;

/**
 * The lesson on show, below the pages: the step's title, its explanation, what to notice and the question for
 * the class, with Back / Next and presenter mode. Hidden without a lesson.
 */
final class LessonBar extends VBox {

    /** From this width, in ems of the bar's font, the explanation and the notes for the class sit side by side. */
    static final double TWO_COLUMNS_FROM_EM = 60;
    /** The explanation's share of the width in two columns (the notes for the class take the rest). */
    static final double EXPLANATION_SHARE = 0.55;

    private final Label heading = new Label();
    private final MathFlow text = new MathFlow("");
    private final MathFlow notice = new MathFlow("");
    private final MathFlow question = new MathFlow("");
    private final Label progress = new Label();
    private Boolean twoColumns;

    LessonBar(LessonViewModel lessons) {
        setId("lessonBar");
        getStyleClass().add("lesson-bar");
        heading.setId("lessonStepTitle");
        heading.getStyleClass().add("lesson-heading");
        heading.setWrapText(true);
        text.setId("lessonText");
        notice.setId("lessonNotice");
        question.setId("lessonQuestion");
        progress.setId("lessonProgress");
        progress.setMinWidth(0);
        progress.getStyleClass().add("lesson-progress");

        Button back = button("lessonBack", "◀", "The previous step (← or Page Up)", lessons::previous);
        Button next = button("lessonNext", "Next  ▶", "The next step (→, Space or Page Down)", lessons::next);
        Button present = button("presentButton", "Present", "Full screen for the class: one chart, the badge and"
                + " the caption; a clicker's keys move through the steps, B blanks the screen, Esc leaves",
                () -> lessons.presentingProperty().set(true));
        Button close = button("lessonClose", "✕", "Close the lesson", lessons::close);
        Region fill = new Region();
        HBox.setHgrow(fill, Priority.ALWAYS);
        HBox top = new HBox(10, progress, fill, back, next, present, close);
        top.setAlignment(Pos.CENTER_LEFT);

        VBox explanation = new VBox(6, heading, text);
        VBox forTheClass = new VBox(6, labelled("Notice: ", notice), labelled("Ask the class: ", question));
        HBox.setHgrow(explanation, Priority.ALWAYS);
        HBox.setHgrow(forTheClass, Priority.ALWAYS);
        explanation.setMinWidth(0);
        forTheClass.setMinWidth(0);
        HBox columns = new HBox(24);
        VBox rows = new VBox(6);
        StackPane body = new StackPane();
        // side by side where each column keeps a readable line, so that the question is on screen without scrolling
        Runnable arrange = () -> {
            double fontPx = progress.getFont().getSize();
            boolean wide = getWidth() >= TWO_COLUMNS_FROM_EM * fontPx;
            if (twoColumns != null && twoColumns == wide) {
                return;
            }
            twoColumns = wide;
            // in columns each one's height follows from its share of the width (the text wraps to it)
            explanation.prefWidthProperty().unbind();
            forTheClass.prefWidthProperty().unbind();
            if (wide) {
                var room = javafx.beans.binding.Bindings.max(0, columns.widthProperty().subtract(columns.getSpacing()));
                explanation.prefWidthProperty().bind(room.multiply(EXPLANATION_SHARE));
                forTheClass.prefWidthProperty().bind(room.multiply(1 - EXPLANATION_SHARE));
            } else {
                explanation.setPrefWidth(Region.USE_COMPUTED_SIZE);
                forTheClass.setPrefWidth(Region.USE_COMPUTED_SIZE);
            }
            if (wide) {
                rows.getChildren().clear();
                columns.getChildren().setAll(explanation, forTheClass);
                body.getChildren().setAll(columns);
            } else {
                columns.getChildren().clear();
                rows.getChildren().setAll(explanation, forTheClass);
                body.getChildren().setAll(rows);
            }
        };
        widthProperty().addListener(o -> arrange.run());
        progress.fontProperty().addListener(o -> arrange.run());
        arrange.run();
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("lesson-scroll");
        getChildren().setAll(top, scroll);
        setSpacing(6);
        setPadding(new Insets(8, 12, 8, 12));

        Runnable show = () -> {
            Lesson lesson = lessons.lessonProperty().get();
            boolean open = lessons.currentStep().isPresent();
            setVisible(open);
            setManaged(open);
            if (!open) {
                return;
            }
            int k = lessons.stepNumberProperty().get();
            LessonStep step = lesson.step(k);
            heading.setText(step.title());
            progress.setText(lesson.title() + "  ·  step " + k + " of " + lesson.steps().size());
            text.setSource(step.text());
            notice.setSource(step.notice());
            question.setSource(step.question());
            back.setDisable(k <= 1);
            next.setDisable(k >= lesson.steps().size());
        };
        lessons.lessonProperty().addListener(o -> show.run());
        lessons.stepNumberProperty().addListener(o -> show.run());
        show.run();
    }

    private static VBox labelled(String label, MathFlow flow) {
        Label name = new Label(label);
        name.getStyleClass().add("lesson-label");
        return new VBox(2, name, flow);
    }

    private static Button button(String id, String text, String tip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> action.run());
        return button;
    }
}
