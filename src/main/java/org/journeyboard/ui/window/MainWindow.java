package org.journeyboard.ui.window;

import org.journeyboard.paint.MapColours;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.Image;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.journeyboard.edit.LaneEdits;
import org.journeyboard.model.JourneyMap;
import org.journeyboard.ui.MapCanvas;
import org.journeyboard.ui.StartupProbe;
import org.journeyboard.ui.canvas.BorderGesture;
import org.journeyboard.ui.canvas.CurveGesture;
import org.journeyboard.ui.canvas.HeaderGesture;
import org.journeyboard.ui.canvas.StructureContextMenu;
import org.journeyboard.ui.Messages;
import org.journeyboard.ui.canvas.CardTitles;
import org.journeyboard.ui.editor.CardCommands;
import org.journeyboard.ui.editor.MapDocument;
import org.journeyboard.ui.editor.PaletteItem;
import org.journeyboard.ui.inspector.InspectorPane;
import org.journeyboard.ui.palette.PalettePane;
import org.journeyboard.ui.editor.TextClipboard;

/**
 * The editor window: menu bar and toolbar on top, the map (or the welcome view) in the middle, palette and inspector
 * at the sides, the status line below. Full screen hides everything but the map, in larger type, for presenting.
 */
public final class MainWindow {
    private static final double ZOOM_STEP = 1.25;

    private final Stage stage;
    private final Messages messages;
    private final WindowSettings settings;
    private final DocumentSession session;
    private final EditActions edits;
    private final BorderPane root = new BorderPane();
    private final StackPane centre = new StackPane();
    private final MapCanvas mapCanvas;
    private final Presentation presenting;
    private final VotingMode voting;
    private final TextClipboard clipboard;
    // the chrome: built by buildChrome, at once or, for a map opened at start, after its first frame (ADR 6)
    private WelcomeView welcome;
    private StatusLine status;
    private MainMenus menus;
    private VBox top;
    private PalettePane palette;
    private InspectorPane inspector;
    private Node left;
    private Node right;
    private Runnable exportAction;
    private Runnable printAction;
    private Theme theme;
    private final MapToCompare toCompare;
    private ComparisonWindow comparison;

    /** Builds the window on {@code stage} with real dialogs, files and clipboard; call {@link #show} next. */
    public MainWindow(Stage stage, Messages messages, WindowSettings settings, RecentFiles recent, Recovery recovery) {
        this(stage, messages, settings, recent, recovery, new FxDialogs(stage, messages),
                MapFiles.onDisk(messages.locale()), new FxTextClipboard(), Background.thread("journeyboard-files"));
    }

    /** Builds the window with its collaborators given (tests give a fake dialogs and files). */
    public MainWindow(Stage stage, Messages messages, WindowSettings settings, RecentFiles recent, Recovery recovery,
                      Dialogs dialogs, MapFiles files, TextClipboard clipboard, Background background) {
        this.stage = Objects.requireNonNull(stage);
        this.messages = messages;
        this.settings = settings;
        this.session = new DocumentSession(messages, dialogs, files, recent, settings, recovery, background,
                Clock.systemUTC());
        this.clipboard = clipboard;
        this.edits = new EditActions(session, clipboard, dialogs, messages);
        this.toCompare = new MapToCompare(dialogs, files, background, settings, messages, session::document);
        this.theme = settings.theme();
        // before the first control exists: else JavaFX loads its own Modena styles first, only to replace them
        theme.apply();
        this.mapCanvas = new MapCanvas();
        // the map follows the theme on screen; exports and prints stay light (paper is white)
        mapCanvas.setColours(MapColours.of(theme == Theme.DARK));
        root.getStyleClass().add("journeyboard");
        centre.getChildren().add(mapCanvas);
        root.setCenter(centre);
        session.documentProperty().addListener((o, old, doc) -> documentChanged(doc));
        // first: while voting it takes every press before the other gestures could start a drag
        voting = new VotingMode(mapCanvas);
        mapCanvas.addGesture(new BorderGesture(mapCanvas));
        mapCanvas.addGesture(new CurveGesture(mapCanvas));
        mapCanvas.addGesture(new HeaderGesture(mapCanvas));
        StructureContextMenu.attachTo(mapCanvas);
        presenting = new Presentation(mapCanvas, centre, messages, () -> stage.setFullScreen(false));
        session.setPendingInput(() -> {
            if (mapCanvas.inPlaceEditor().isOpen()) {
                mapCanvas.inPlaceEditor().commit();
            }
        });
    }

    /** Shows the window; on the first showing it offers recovered maps, then opens {@code fileOrNull}. */
    public void show(Path fileOrNull) {
        prepareStage();
        buildChrome();
        stage.show();
        // after showing: the scene's initial focus would otherwise go to the first button
        welcome.focusDefault();
        session.start(fileOrNull);
    }

    /** Shows the window for an argument that is no file name at all: as without one, with a message saying so. */
    public void showWithoutPath(String argument) {
        prepareStage();
        buildChrome();
        stage.show();
        welcome.focusDefault();
        session.startWithoutPath(argument);
    }

    /**
     * Shows the window with the map file named on the command line (ADR 6): unless crashed work is offered first, the
     * first frame shows only the map, with the chrome's room kept free, and menus, toolbar, panels and status line
     * are put in once that frame is on screen (or at once when the file cannot be opened).
     */
    public void showOpening(FileOnStart file) {
        if (!session.hasRecoveryOffers()) {
            ChromeSpace.reserve(root, settings.chromeSpace());
            // a file that cannot be opened leaves no map to wait for: the welcome view (and its chrome) then shows
            // under the error (asked after the reading's callback, which sets the map just after the loading flag)
            session.loadingProperty().addListener((o, was, loading) -> Platform.runLater(() -> {
                if (!session.loadingProperty().get() && session.document() == null) {
                    buildChrome();
                }
            }));
            mapCanvas.whenMapOnScreen(this::buildChrome);
            prepareStage();
            stage.show();
            session.open(file);
        } else {
            show(file.file());
        }
    }

    /** Gives the stage its scene, title, styles and window handlers, not yet shown. */
    private void prepareStage() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1400, screen.getWidth() * 0.92), Math.min(900, screen.getHeight() * 0.92));
        scene.getStylesheets().add(MainWindow.class.getResource("/org/journeyboard/ui/journeyboard.css").toExternalForm());
        stage.setScene(scene);
        presenting.install(scene);
        stage.titleProperty().bind(session.titleProperty());
        stage.setOnCloseRequest(e -> {
            // the window closes itself once a save under way and the last snapshots are done
            e.consume();
            quit();
        });
        stage.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                session.windowLostFocus();
            }
        });
        stage.fullScreenProperty().addListener((o, was, full) -> presentation(full));
        stage.setFullScreenExitHint(messages.get("fullscreen.hint"));
    }

    /** Builds the chrome and puts it round the map (once; later calls do nothing). */
    private void buildChrome() {
        if (menus != null) {
            return;
        }
        palette = new PalettePane(messages.locale());
        inspector = new InspectorPane(null);
        palette.onItemActivated(this::addFromPalette);
        left = left == null ? palette : left;
        right = right == null ? inspector : right;
        welcome = new WelcomeView(session, messages);
        centre.getChildren().add(welcome);
        status = new StatusLine(session, messages);
        menus = new MainMenus(this, messages);
        menus.setExport(exportAction);
        menus.setPrint(printAction);
        top = new VBox(menus.menuBar(), MainToolBar.of(menus), new VotingBar(voting.session(), messages));
        root.setTop(top);
        root.setBottom(status);
        menus.installExtraAccelerators(stage.getScene());
        // the canvas zooms itself on keys, wheel and pinch; the status line reads the result after it
        mapCanvas.addEventHandler(KeyEvent.KEY_PRESSED, e -> Platform.runLater(status::refreshZoom));
        mapCanvas.addEventHandler(ScrollEvent.SCROLL, e -> status.showZoom(mapCanvas.zoom()));
        mapCanvas.addEventHandler(ZoomEvent.ZOOM, e -> status.showZoom(mapCanvas.zoom()));
        status.zoomSource(mapCanvas::zoom);
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            var icon = MainWindow.class.getResource("/assets/icons/journeyboard-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new Image(icon.toExternalForm()));
            }
        }
        chromeFollows(session.document());
        if (stage.isFullScreen()) {
            presentation(true);
        }
        ChromeSpace.measureLater(root, space -> {
            if (session.document() != null && !stage.isFullScreen()) {
                settings.setChromeSpace(space);
            }
        });
        StartupProbe.editorShown();
    }

    /** Puts the palette (or anything) at the left side; hidden in presentation mode. */
    public void setLeft(Node node) {
        left = node;
        if (menus != null) {
            root.setLeft(stage.isFullScreen() || session.document() == null ? null : node);
        }
    }

    /** Puts the inspector (or anything) at the right side; hidden in presentation mode. */
    public void setRight(Node node) {
        right = node;
        if (menus != null) {
            root.setRight(stage.isFullScreen() || session.document() == null ? null : node);
        }
    }

    /** Makes File › Export… do {@code action} with the open map and its file (null when never saved). */
    public void setExportAction(ExportAction action) {
        exportAction = action == null ? null : () -> action.export(stage, document().map(), document().file());
        if (menus != null) {
            menus.setExport(exportAction);
        }
    }

    /** Makes File › Print… do {@code action} with the open map. */
    public void setPrintAction(Consumer<JourneyMap> action) {
        printAction = action == null ? null : () -> action.accept(document().map());
        if (menus != null) {
            menus.setPrint(printAction);
        }
    }

    /** File › Compare with…: a second map beside this one, read-only, drawn as the comparison PDF prints it. */
    void compareWith() {
        toCompare.choose((file, other) -> {
            MapDocument doc = document();
            comparison = ComparisonWindow.show(stage, messages, doc.map(), doc.file(), other, file);
        });
    }

    /** The comparison window opened last, or null. */
    ComparisonWindow comparisonForTest() {
        return comparison;
    }

    /** What File › Export… calls (the export dialog). */
    @FunctionalInterface
    public interface ExportAction {
        void export(Stage owner, JourneyMap map, Path fileOrNull);
    }

    public DocumentSession session() {
        return session;
    }

    public MapCanvas mapCanvas() {
        return mapCanvas;
    }

    public Stage stage() {
        return stage;
    }

    MapDocument document() {
        return session.document();
    }

    /** The menus (for tests that fire menu items). */
    MainMenus menusForTest() {
        return menus;
    }

    EditActions edits() {
        return edits;
    }

    Messages messages() {
        return messages;
    }

    WindowSettings settings() {
        return settings;
    }

    /** Quits if the user agrees about unsaved changes. */
    void quit() {
        session.quit(() -> {
            stage.close();
            Platform.exit();
        });
    }

    void zoomIn() {
        mapCanvas.zoomAt(mapCanvas.zoom() * ZOOM_STEP, mapCanvas.getWidth() / 2, mapCanvas.getHeight() / 2);
        status.showZoom(mapCanvas.zoom());
    }

    void zoomOut() {
        mapCanvas.zoomAt(mapCanvas.zoom() / ZOOM_STEP, mapCanvas.getWidth() / 2, mapCanvas.getHeight() / 2);
        status.showZoom(mapCanvas.zoom());
    }

    void zoomToFit() {
        mapCanvas.zoomToFit();
        status.showZoom(mapCanvas.zoom());
    }

    void zoomActualSize() {
        mapCanvas.zoomAt(1, 0, 0);
        status.showZoom(mapCanvas.zoom());
    }

    void toggleFullScreen() {
        stage.setFullScreen(!stage.isFullScreen());
    }

    void toggleTheme() {
        theme = theme.other();
        theme.apply();
        mapCanvas.setColours(MapColours.of(theme == Theme.DARK));
        settings.setTheme(theme);
        menus.themeChanged(theme);
    }

    Theme theme() {
        return theme;
    }

    /** View › Lanes › Fit all lanes to content: one undo step, nothing when every lane already fits. */
    void fitAllLanes() {
        if (document() != null) {
            new org.journeyboard.ui.editor.StructureCommands(document()).fitAllLanesToContent();
        }
    }

    void setLaneHidden(String laneId, boolean hidden) {
        if (document() != null) {
            document().apply(LaneEdits.setLaneHidden(laneId, hidden));
        }
    }

    /** Finds cards and, when there are any, brings the map into view with them selected. */
    void find() {
        edits.find().ifPresent(id -> mapCanvas.requestFocus());
    }

    /** The text field with the focus, if any: clipboard and undo keys then belong to it, not to the map. */
    TextInputControl focusedText() {
        Scene scene = stage.getScene();
        return scene != null && scene.getFocusOwner() instanceof TextInputControl t ? t : null;
    }

    private void presentation(boolean on) {
        root.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("presentation"), on);
        if (menus == null) {
            return;
        }
        boolean showPanels = !on && session.document() != null;
        // hidden, not removed: a menu bar that leaves the scene takes its accelerators (F11 among them) along
        for (Node chrome : new Node[] {top, status}) {
            chrome.setVisible(!on);
            chrome.setManaged(!on);
        }
        root.setLeft(showPanels ? left : null);
        root.setRight(showPanels ? right : null);
        menus.fullScreenChanged(on);
        if (!on) {
            presenting.stop();
        } else if (session.document() != null) {
            // after the new size is laid out, so that the steps use the whole screen
            Platform.runLater(() -> {
                if (stage.isFullScreen()) {
                    presenting.start();
                }
            });
        }
    }

    /** Voting mode (View › Dot voting). */
    VotingMode voting() {
        return voting;
    }

    /** Presentation mode (for tests). */
    Presentation presentation() {
        return presenting;
    }

    private void documentChanged(MapDocument doc) {
        boolean open = doc != null;
        mapCanvas.setDocument(doc, open ? new CardCommands(doc, clipboard) : null);
        voting.setDocument(doc);
        if (menus != null) {
            chromeFollows(doc);
        } else if (open) {
            mapCanvas.requestFocus();
        }
    }

    /** Menus, panels and the welcome view follow the open map (or its absence). */
    private void chromeFollows(MapDocument doc) {
        boolean open = doc != null;
        welcome.setVisible(!open);
        mapCanvas.setVisible(open);
        boolean showPanels = open && !stage.isFullScreen();
        root.setLeft(showPanels ? left : null);
        root.setRight(showPanels ? right : null);
        menus.documentChanged(doc);
        inspector.setDocument(doc);
        if (open) {
            mapCanvas.requestFocus();
        } else {
            welcome.focusDefault();
        }
    }

    /** Enter on a palette item: a card of it where the selection is, its title open for typing. */
    private void addFromPalette(PaletteItem item) {
        MapDocument doc = document();
        if (doc == null) {
            return;
        }
        PaletteTarget.of(doc.map(), doc.selection()).ifPresent(cell -> {
            String id = mapCanvas.cardCommands().addCard(item.kind(), item.type(), cell.phaseId(), cell.laneId(),
                    Integer.MAX_VALUE);
            mapCanvas.requestFocus();
            CardTitles.edit(mapCanvas, id);
        });
    }

    /** The palette at the left (for tests). */
    PalettePane palette() {
        return palette;
    }

    /** The inspector at the right (for tests). */
    InspectorPane inspector() {
        return inspector;
    }
}
