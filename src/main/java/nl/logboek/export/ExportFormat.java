package nl.logboek.export;

import nl.logboek.LogboekException;

import java.util.Arrays;
import java.util.Locale;

/** The file formats `logboek export` writes (docs/export.md). */
public enum ExportFormat {
    CSV("csv"),
    JSON("json"),
    JSONL("jsonl");

    private final String id;

    ExportFormat(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** What a user typed after --format; a usage error listing the formats otherwise. */
    public static ExportFormat parse(String typed) {
        String t = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (f.id.equals(t)) {
                return f;
            }
        }
        throw LogboekException.usage("export.format-unknown", typed, String.join(", ", Arrays.stream(values()).map(ExportFormat::id).toList()));
    }
}
