package org.journeyboard.ui.window;

import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.journeyboard.model.Language;
import org.journeyboard.model.templates.Sample;
import org.journeyboard.model.templates.Samples;
import org.journeyboard.model.templates.TemplateKind;
import org.journeyboard.ui.Messages;
import org.kordamp.ikonli.javafx.FontIcon;

/** What the window shows with no map open: start from a template, open a sample, or open a recent file. */
final class WelcomeView extends ScrollPane {
    private final DocumentSession session;
    private final Messages messages;
    private final VBox recentBox = new VBox(0);
    private Button preferredTemplate;

    WelcomeView(DocumentSession session, Messages messages) {
        this.session = session;
        this.messages = messages;
        getStyleClass().add("welcome");
        setFitToWidth(true);
        Label heading = new Label(messages.get("app.name"));
        heading.getStyleClass().addAll("welcome-heading", "title-1");
        Label tagline = new Label(messages.get("welcome.tagline"));
        tagline.getStyleClass().add("welcome-tagline");
        HBox columns = new HBox(40, templates(), samples(), recent());
        columns.setAlignment(Pos.TOP_CENTER);
        VBox content = new VBox(24, new VBox(4, heading, tagline), columns);
        content.getStyleClass().add("welcome-content");
        content.setAlignment(Pos.TOP_CENTER);
        content.setMaxWidth(1100);
        HBox centred = new HBox(content);
        centred.setAlignment(Pos.TOP_CENTER);
        HBox.setHgrow(content, Priority.ALWAYS);
        setContent(centred);
        session.recentFiles().files().addListener((ListChangeListener<Path>) c -> fillRecent());
        fillRecent();
    }

    /** Puts the focus on the preselected template, so that Enter starts a map at once. */
    void focusDefault() {
        preferredTemplate.requestFocus();
    }

    private VBox templates() {
        VBox box = column(messages.get("welcome.new"), "mdi2f-file-plus-outline");
        Language language = session.preferredLanguage();
        for (TemplateKind kind : TemplateKind.values()) {
            Button b = new Button(TemplateNames.title(kind, language));
            b.setTooltip(new Tooltip(TemplateNames.description(kind, language)));
            b.setMaxWidth(Double.MAX_VALUE);
            b.setOnAction(e -> session.newFromTemplate(kind, language));
            b.getStyleClass().add("welcome-entry");
            if (kind == session.preferredTemplate()) {
                b.setDefaultButton(true);
                b.getStyleClass().add("accent");
                preferredTemplate = b;
            }
            box.getChildren().add(b);
        }
        Button more = new Button(messages.get("welcome.otherLanguage"));
        more.getStyleClass().addAll("welcome-entry", "flat");
        more.setMaxWidth(Double.MAX_VALUE);
        more.setOnAction(e -> session.newFromTemplate());
        box.getChildren().add(more);
        return box;
    }

    private VBox samples() {
        VBox box = column(messages.get("welcome.samples"), "mdi2b-book-open-variant-outline");
        for (Sample sample : Samples.all()) {
            Button b = new Button(sample.map().title());
            b.setTooltip(new Tooltip(sample.map().description()));
            b.setMaxWidth(Double.MAX_VALUE);
            b.getStyleClass().add("welcome-entry");
            // the two German samples differ only at the end of their titles: show them whole
            b.setWrapText(true);
            b.setOnAction(e -> session.openSample(sample));
            box.getChildren().add(b);
        }
        return box;
    }

    private VBox recent() {
        VBox box = column(messages.get("welcome.recent"), "mdi2h-history");
        Button open = new Button(messages.get("welcome.open"), new FontIcon("mdi2f-folder-open-outline"));
        open.getStyleClass().add("welcome-entry");
        open.setMaxWidth(Double.MAX_VALUE);
        open.setOnAction(e -> session.open());
        // one open at a time: the recent files and Open wait while a file loads
        recentBox.disableProperty().bind(session.loadingProperty());
        open.disableProperty().bind(session.loadingProperty());
        box.getChildren().addAll(recentBox, open);
        return box;
    }

    private void fillRecent() {
        recentBox.getChildren().clear();
        if (session.recentFiles().files().isEmpty()) {
            Label none = new Label(messages.get("welcome.noRecent"));
            none.getStyleClass().add("welcome-note");
            recentBox.getChildren().add(none);
            return;
        }
        for (Path file : session.recentFiles().files()) {
            Hyperlink link = new Hyperlink(file.getFileName().toString());
            link.setTooltip(new Tooltip(file.toString()));
            link.setOnAction(e -> session.open(file));
            // maps of the same name in different folders are common (copies per workshop): show where each is
            Label folder = new Label(file.getParent() == null ? "" : file.getParent().toString());
            folder.getStyleClass().add("welcome-note");
            folder.setPadding(new javafx.geometry.Insets(0, 0, 4, 4));
            recentBox.getChildren().addAll(link, folder);
        }
    }

    private static VBox column(String title, String icon) {
        Label label = new Label(title, new FontIcon(icon));
        label.getStyleClass().addAll("welcome-column-title", "title-4");
        VBox box = new VBox(8, label);
        box.getStyleClass().add("welcome-column");
        box.setPrefWidth(320);
        box.setMinWidth(220);
        return box;
    }
}
