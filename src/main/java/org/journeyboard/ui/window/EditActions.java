package org.journeyboard.ui.window;

import java.util.List;
import java.util.Optional;
import org.journeyboard.ui.Messages;
import org.journeyboard.ui.editor.CardCommands;
import org.journeyboard.ui.editor.MapDocument;
import org.journeyboard.ui.editor.Selection;
import org.journeyboard.ui.editor.TextClipboard;

/** The Edit menu acting on whichever map is open: undo, redo, clipboard, duplicate, delete, select all, find. */
public final class EditActions {
    private final DocumentSession session;
    private final TextClipboard clipboard;
    private final Dialogs dialogs;
    private final Messages messages;
    private String lastFind = "";

    public EditActions(DocumentSession session, TextClipboard clipboard, Dialogs dialogs, Messages messages) {
        this.session = session;
        this.clipboard = clipboard;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    public void undo() {
        doc().ifPresent(MapDocument::undo);
    }

    public void redo() {
        doc().ifPresent(MapDocument::redo);
    }

    public void cut() {
        commands().ifPresent(CardCommands::cut);
    }

    public void copy() {
        commands().ifPresent(CardCommands::copy);
    }

    public void paste() {
        commands().ifPresent(CardCommands::paste);
    }

    public void duplicate() {
        commands().ifPresent(CardCommands::duplicateSelection);
    }

    public void delete() {
        commands().ifPresent(CardCommands::deleteSelection);
    }

    public void selectAll() {
        commands().ifPresent(CardCommands::selectAll);
    }

    /**
     * Asks for a text and selects every card whose title or notes contain it; returns the first of them so that
     * the view can bring it into sight. Says so when nothing matches.
     */
    public Optional<String> find() {
        Optional<CardCommands> commands = commands();
        if (commands.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> query = dialogs.askFindText(lastFind);
        if (query.isEmpty() || query.get().isBlank()) {
            return Optional.empty();
        }
        lastFind = query.get().strip();
        List<String> found = commands.get().find(lastFind);
        if (found.isEmpty()) {
            dialogs.showInformation(messages.get("find.none.header"), messages.get("find.none", lastFind));
            return Optional.empty();
        }
        session.document().select(Selection.ofCards(found));
        return Optional.of(found.get(0));
    }

    private Optional<MapDocument> doc() {
        return Optional.ofNullable(session.document());
    }

    private Optional<CardCommands> commands() {
        return doc().map(d -> new CardCommands(d, clipboard));
    }
}
