package org.journeyboard.ui.editor;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.journeyboard.edit.Edit;
import org.journeyboard.edit.EditNames;
import org.journeyboard.edit.History;
import org.journeyboard.layout.LayoutStyle;
import org.journeyboard.layout.MapLayout;
import org.journeyboard.model.JourneyMap;

/**
 * The view-model of one open map: its history (current map, undo, redo, dirty mark), its file, and the selection.
 * Every view edits through {@link #apply(Edit)} and observes the properties; nothing here needs a window, so the
 * editor's behaviour is tested without one.
 *
 * <p>Properties change on the thread that calls {@link #apply}, {@link #undo} and friends: the FX thread in the app.
 */
public final class MapDocument {
    private final History history;
    private final Locale locale;
    private final ReadOnlyObjectWrapper<JourneyMap> map = new ReadOnlyObjectWrapper<>(this, "map");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText");
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final ObjectProperty<Selection> selection = new SimpleObjectProperty<>(this, "selection", Selection.NONE);
    private MapLayout layout;
    private JourneyMap layoutOf;

    /** A document showing {@code initial}, read from {@code file} (null for a new, never saved map). */
    public MapDocument(JourneyMap initial, Path file, Locale locale) {
        this(new History(initial), file, locale);
    }

    /**
     * A document showing {@code initial} whose layout was computed elsewhere ({@code MapLayout.of(initial)}, off the
     * UI thread for the file read at start); null computes it when first asked, like the other constructors.
     */
    public MapDocument(JourneyMap initial, Path file, Locale locale, MapLayout layoutOfInitial) {
        this(new History(initial), file, locale);
        if (layoutOfInitial != null && map() == initial) {
            layout = layoutOfInitial;
            layoutOf = initial;
        }
    }

    /** A document over an existing history (tests pass one with a fixed clock). */
    public MapDocument(History history, Path file, Locale locale) {
        this.history = Objects.requireNonNull(history, "history");
        this.locale = Objects.requireNonNull(locale, "locale");
        this.file.set(file);
        history.addListener(this::historyChanged);
        historyChanged();
    }

    /** Applies one edit as one undo step (or merges it, see {@link History}); the selection keeps what still exists. */
    public void apply(Edit edit) {
        history.apply(edit);
    }

    /** Applies one edit and then selects {@code after} (e.g. the card just added). */
    public void apply(Edit edit, Selection after) {
        history.apply(edit);
        select(after);
    }

    public void undo() {
        if (history.canUndo()) {
            history.undo();
        }
    }

    public void redo() {
        if (history.canRedo()) {
            history.redo();
        }
    }

    /** Records that the map was just saved to {@code savedTo}. */
    public void markSaved(Path savedTo) {
        file.set(savedTo);
        history.markSaved();
    }

    /** Names the current state (see {@link History#checkpoint()}): a save begins with it. */
    public long checkpoint() {
        return history.checkpoint();
    }

    /** Records that the state {@code checkpoint} names was saved to {@code savedTo}; later edits stay unsaved. */
    public void markSaved(Path savedTo, long checkpoint) {
        file.set(savedTo);
        history.markSaved(checkpoint);
    }

    /** Replaces the whole map (reload from disk): undo history starts over and the map counts as saved. */
    public void reset(JourneyMap newMap) {
        history.reset(newMap);
        select(Selection.NONE);
    }

    /** Selects {@code s}, dropping whatever in it no longer exists in the map. */
    public void select(Selection s) {
        selection.set(SelectionPruning.prune(s == null ? Selection.NONE : s, map()));
    }

    public JourneyMap map() {
        return map.get();
    }

    /**
     * The layout of the current map, computed once per map from the layout before it: after an edit of a few cards
     * (typing, a move, its undo) only their cells are laid out again.
     */
    public MapLayout layout() {
        if (layoutOf != map()) {
            layout = MapLayout.of(map(), LayoutStyle.STANDARD, layout);
            layoutOf = map();
        }
        return layout;
    }

    public History history() {
        return history;
    }

    public Locale locale() {
        return locale;
    }

    public ReadOnlyObjectProperty<JourneyMap> mapProperty() {
        return map.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** "Undo Move card" / "Rückgängig: Karte verschieben", or the plain word when there is nothing to undo. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    /** The file the map was read from or last saved to; null for a new map. */
    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public Path file() {
        return file.get();
    }

    public ObjectProperty<Selection> selectionProperty() {
        return selection;
    }

    public Selection selection() {
        return selection.get();
    }

    /** The ids of the selected cards (empty when something else is selected). */
    public List<String> selectedCardIds() {
        return selection().cardIds();
    }

    private void historyChanged() {
        map.set(history.current());
        dirty.set(history.isDirty());
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoText.set(history.undoEdit().map(e -> EditNames.undo(e, locale)).orElse(EditorTexts.get(locale, "undo")));
        redoText.set(history.redoEdit().map(e -> EditNames.redo(e, locale)).orElse(EditorTexts.get(locale, "redo")));
        Selection pruned = SelectionPruning.prune(selection.get(), map());
        if (!pruned.equals(selection.get())) {
            selection.set(pruned);
        }
    }
}
