package org.journeyboard.interop;

/** Something mermaid refuses, at an offset in the file as it was read; the message is looked up in the user's language. */
final class MermaidSyntaxError extends Exception {
    private static final long serialVersionUID = 1L;

    private final int index;
    private final String key;
    private final transient Object[] args;

    MermaidSyntaxError(int index, String key, Object... args) {
        super(key, null, false, false);
        this.index = index;
        this.key = key;
        this.args = args.clone();
    }

    int index() {
        return index;
    }

    String key() {
        return key;
    }

    Object[] args() {
        return args.clone();
    }
}
