package org.journeyboard.interop;

import java.util.List;

/** Lays out a mermaid journey as text, indented as mermaid's documentation writes it; its texts are already escaped. */
final class MermaidWriter {
    private MermaidWriter() {
    }

    static String text(MermaidJourney journey) {
        StringBuilder out = new StringBuilder("journey\n");
        if (!journey.title().isEmpty()) {
            out.append("    title ").append(journey.title()).append('\n');
        }
        if (!journey.accTitle().isEmpty()) {
            out.append("    accTitle: ").append(journey.accTitle()).append('\n');
        }
        if (!journey.accDescr().isEmpty()) {
            if (journey.accDescr().indexOf('\n') < 0) {
                out.append("    accDescr: ").append(journey.accDescr()).append('\n');
            } else {
                out.append("    accDescr {\n");
                for (String line : journey.accDescr().split("\n", -1)) {
                    out.append("        ").append(line).append('\n');
                }
                out.append("    }\n");
            }
        }
        tasks(journey, -1, out, "    ");
        for (int s = 0; s < journey.sections().size(); s++) {
            out.append("    section ").append(journey.sections().get(s)).append('\n');
            tasks(journey, s, out, "      ");
        }
        return out.toString();
    }

    private static void tasks(MermaidJourney journey, int section, StringBuilder out, String indent) {
        for (MermaidJourney.Task task : journey.tasks()) {
            if (task.section() == section) {
                // ": " with a space: mermaid drops the last ; of a line with "style…:#…;" (its encodeEntities)
                out.append(indent).append(task.name()).append(": ").append(task.scoreText());
                List<String> actors = task.actors();
                if (!actors.isEmpty()) {
                    out.append(": ").append(String.join(", ", actors));
                }
                out.append('\n');
            }
        }
    }
}
