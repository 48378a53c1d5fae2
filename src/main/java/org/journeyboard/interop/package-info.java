/**
 * Other people's formats, both ways: today mermaid's {@code journey} diagrams. Pure Java (no JavaFX); every importer
 * reports bad input as located {@link org.journeyboard.io.Problem}s, as the map files do.
 */
package org.journeyboard.interop;
