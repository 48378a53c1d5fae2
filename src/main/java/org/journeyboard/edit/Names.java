package org.journeyboard.edit;

/**
 * The file format requires every phase, lane, persona and curve to have a name that is not blank, so edits never
 * produce a blank one: a rename to blank keeps the old name (an inspector field that is cleared while typing is not
 * a change). What is added comes named from the editor (default names such as "New phase").
 */
final class Names {
    private Names() {
    }

    /** {@code proposed}, or {@code current} when {@code proposed} is blank. */
    static String keepIfBlank(String current, String proposed) {
        return proposed == null || proposed.isBlank() ? current : proposed;
    }
}
