package nl.logboek.report;

import nl.logboek.LogboekException;
import nl.logboek.i18n.Suggestions;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The ways a report can be written. */
public enum ReportFormat {
    TEXT, MARKDOWN, JSON, HTML;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(ReportFormat::id).toList();
    }

    /** What the user typed (also "md"), or a usage error naming the choices. */
    public static ReportFormat parse(String typed) {
        String t = typed.strip().toLowerCase(Locale.ROOT);
        if ("md".equals(t)) {
            return MARKDOWN;
        }
        for (ReportFormat f : values()) {
            if (f.id().equals(t)) {
                return f;
            }
        }
        String suggestion = Suggestions.closest(t, ids());
        if (suggestion != null) {
            throw LogboekException.usage("report.format-unknown.suggest", typed, suggestion, String.join(", ", ids()));
        }
        throw LogboekException.usage("report.format-unknown", typed, String.join(", ", ids()));
    }
}
