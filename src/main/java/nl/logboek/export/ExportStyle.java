package nl.logboek.export;

import nl.logboek.i18n.Messages;
import nl.logboek.incident.Levels;

import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * How values are shown, beyond what the request selects: the level of an incident before its first
 * escalation (its protocol's first level), and for {@code --excel} the language of the header and
 * the time zone that times are shown in (docs/export.md).
 *
 * @param levels   the level each record shows
 * @param zone     with {@code --excel}: times as local date-times in this zone
 * @param messages with {@code --excel}: the column names in this language
 */
public record ExportStyle(Levels levels, ZoneId zone, Messages messages) {
    /** Levels as folded (null before the first escalation), Excel in English and UTC: for tests and tools. */
    public static final ExportStyle PLAIN = new ExportStyle(Levels.AS_FOLDED, ZoneOffset.UTC, Messages.english());
}
