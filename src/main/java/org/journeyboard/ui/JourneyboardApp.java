package org.journeyboard.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.journeyboard.io.JourneyFileException;
import org.journeyboard.io.JourneyFiles;
import org.journeyboard.layout.MapLayout;
import org.journeyboard.model.JourneyMap;

/** The JavaFX application: for now a read-only window that shows one journey map drawn from the shared layout. */
public class JourneyboardApp extends Application {
    private final Messages messages = Messages.forSystemLocale();
    private MapFileReader reader = JourneyFiles::read;
    private Stage stage;
    private MapCanvas mapCanvas;
    private Label placeholder;
    private File lastFolder;

    /** Starts the application; the first argument, if any, is a map file to open. */
    public static void launchWith(String[] args) {
        Application.launch(JourneyboardApp.class, args);
    }

    /** Replaces how files are read (tests). */
    void setReader(MapFileReader reader) {
        this.reader = reader;
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        mapCanvas = new MapCanvas();
        placeholder = new Label(messages.get("placeholder"));
        placeholder.getStyleClass().add("placeholder");
        placeholder.setWrapText(true);
        StackPane centre = new StackPane(mapCanvas, placeholder);
        BorderPane root = new BorderPane(centre);
        root.setTop(menuBar());
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1400, screen.getWidth() * 0.9), Math.min(900, screen.getHeight() * 0.9));
        scene.getStylesheets().add(JourneyboardApp.class.getResource("journeyboard.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle(messages.get("app.name"));
        stage.show();
        List<String> files = getParameters() == null ? List.of() : getParameters().getUnnamed();
        if (!files.isEmpty()) {
            open(Path.of(files.get(0)));
        }
    }

    private MenuBar menuBar() {
        MenuItem open = new MenuItem(messages.get("menu.file.open"));
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(e -> chooseAndOpen());
        MenuItem quit = new MenuItem(messages.get("menu.file.quit"));
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> Platform.exit());
        Menu file = new Menu(messages.get("menu.file"), null, open, quit);
        return new MenuBar(file);
    }

    private void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("dialog.open.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("filter.journey"), "*.journey.json"),
                new FileChooser.ExtensionFilter(messages.get("filter.json"), "*.json"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            lastFolder = chosen.getParentFile();
            open(chosen.toPath());
        }
    }

    /**
     * Reads and lays out {@code file} off the UI thread, then shows it; a problem is shown in a dialog with the
     * reader's own message, never a stack trace.
     */
    public void open(Path file) {
        placeholder.setText(messages.get("loading", file.getFileName()));
        placeholder.setVisible(mapCanvas.mapLayout() == null);
        MapFileReader current = reader;
        Thread loader = new Thread(() -> {
            try {
                JourneyMap map = current.read(file);
                MapLayout layout = MapLayout.of(map);
                Platform.runLater(() -> show(layout, file));
            } catch (Exception | OutOfMemoryError e) {
                Platform.runLater(() -> showOpenError(file, e));
            }
        }, "journeyboard-open");
        loader.setDaemon(true);
        loader.start();
    }

    /** Shows a map already in memory, with {@code file} as its name in the title (null for none). */
    public void showMap(JourneyMap map, Path file) {
        show(MapLayout.of(map), file);
    }

    private void show(MapLayout layout, Path file) {
        placeholder.setVisible(false);
        mapCanvas.setMapLayout(layout);
        mapCanvas.requestFocus();
        stage.setTitle(file == null ? messages.get("app.name")
                : messages.get("window.title", file.getFileName().toString()));
    }

    private void showOpenError(Path file, Throwable e) {
        placeholder.setText(messages.get("placeholder"));
        placeholder.setVisible(mapCanvas.mapLayout() == null);
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(stage);
        alert.setTitle(messages.get("error.open.title"));
        alert.setHeaderText(messages.get("error.open.header", file.getFileName()));
        alert.setContentText(userMessage(e));
        alert.show();
    }

    /** The text a user sees for a failure: the reader's own message when it wrote one for people. */
    String userMessage(Throwable e) {
        if (isUserReadable(e) && e.getMessage() != null && !e.getMessage().isBlank()) {
            return e.getMessage();
        }
        return messages.get("error.unexpected", e.getClass().getSimpleName());
    }

    private static boolean isUserReadable(Throwable e) {
        return e instanceof JourneyFileException;
    }

    /** The canvas showing the map (for tests). */
    MapCanvas mapCanvas() {
        return mapCanvas;
    }

    Stage stage() {
        return stage;
    }
}
