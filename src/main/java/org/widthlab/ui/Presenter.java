package org.widthlab.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.widthlab.lessons.Lesson;
import org.widthlab.theory.Verdict;
import org.widthlab.ui.charts.RegimePalette;
import org.widthlab.ui.model.ExplorerViewModel;
import org.widthlab.ui.widgets.MathFlow;

/** What presenter mode shows around the page: the regime badge and the step above it, the caption below. */
final class Presenter {

    private final HBox header;
    private final VBox caption;

    Presenter(ExplorerViewModel model) {
        Label badge = new Label();
        badge.setId("presenterBadge");
        badge.getStyleClass().add("regime-badge");
        badge.setMinWidth(Region.USE_PREF_SIZE);
        Label title = new Label();
        title.setId("presenterTitle");
        title.getStyleClass().add("presenter-title");
        title.setWrapText(true);
        Label counter = new Label();
        counter.setId("presenterCounter");
        counter.getStyleClass().add("presenter-counter");
        counter.setMinWidth(Region.USE_PREF_SIZE);
        Region fill = new Region();
        HBox.setHgrow(fill, Priority.ALWAYS);
        HBox.setHgrow(title, Priority.SOMETIMES);
        header = new HBox(24, badge, title, fill, counter);
        header.setId("presenterHeader");
        header.getStyleClass().add("presenter-header");
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(12, 24, 12, 24));

        MathFlow text = new MathFlow("");
        text.setId("presenterCaption");
        caption = new VBox(text);
        caption.getStyleClass().add("presenter-caption");
        caption.setPadding(new Insets(12, 24, 18, 24));

        Runnable show = () -> {
            Verdict v = model.parametrization().verdictProperty().get();
            badge.setText(v == null ? "invalid" : v.regime().displayName());
            badge.setStyle(RegimePalette.badgeStyle(v == null ? null : v.regime()));
            Lesson lesson = model.lessons().lessonProperty().get();
            int k = model.lessons().stepNumberProperty().get();
            boolean inLesson = model.lessons().currentStep().isPresent();
            title.setText(inLesson ? lesson.step(k).title() : "");
            counter.setText(inLesson ? k + " / " + lesson.steps().size() : "");
            text.setSource(inLesson ? lesson.step(k).caption() : "");
            caption.setVisible(inLesson);
            caption.setManaged(inLesson);
        };
        model.parametrization().verdictProperty().addListener(o -> show.run());
        model.lessons().lessonProperty().addListener(o -> show.run());
        model.lessons().stepNumberProperty().addListener(o -> show.run());
        show.run();
    }

    HBox header() {
        return header;
    }

    VBox caption() {
        return caption;
    }
}
