package nl.logboek.export;

import nl.logboek.LogboekException;
import nl.logboek.i18n.Suggestions;
import nl.logboek.incident.IncidentFilter;
import nl.logboek.logbook.IncidentIds;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * What to export and how. Combinations that cannot mean anything are refused here, before the
 * logbook is read, so a mistyped command never leaves a half-written file behind.
 *
 * @param events   one record per event (the audit trail) instead of one per incident
 * @param ids      incident ids or unique prefixes as typed; empty means every incident
 * @param redact   pseudonyms for people and staff, no free text, no incidents from private accounts
 * @param keepText with {@code redact}: keep free text, with every known name in it pseudonymised
 * @param partner  for this partner (a known partner id, see {@link #partner(String, Collection)}): each
 *                 incident with a ground recorded for the partner as recorded, every other one
 *                 redacted, none from a private account; null when not for a partner
 * @param access   for an access request (inzageverzoek) by the person with this name: only the
 *                 incidents they are involved in, everyone else pseudonymised; null otherwise
 * @param raw      CSV cells exactly as recorded: no apostrophe before a cell a spreadsheet would run as a formula
 */
public record ExportRequest(ExportFormat format, boolean excel, boolean events, IncidentFilter filter,
                            List<String> ids, boolean redact, boolean keepText, String partner, String access, boolean raw) {

    public ExportRequest {
        if (excel && format != ExportFormat.CSV) {
            throw LogboekException.usage("export.excel-needs-csv", format.id());
        }
        if (raw && format != ExportFormat.CSV) {
            throw LogboekException.usage("export.raw-needs-csv", format.id());
        }
        if (partner != null && access != null) {
            throw LogboekException.usage("export.for-and-access");
        }
        if (access != null && (redact || keepText)) {
            throw LogboekException.usage("export.access-and-redact");
        }
        if (keepText && !redact) {
            throw LogboekException.usage("export.keep-text-needs-redact");
        }
        if (partner != null && partner.isBlank()) {
            throw LogboekException.usage("export.partner-empty");
        }
        if (access != null && access.isBlank()) {
            throw LogboekException.usage("export.access-empty");
        }
        ids = List.copyOf(ids);
        ids.forEach(IncidentIds::normalise); // a malformed id is a usage error before anything is read
    }

    /** With CSV cells guarded against formulas (the default). */
    public ExportRequest(ExportFormat format, boolean excel, boolean events, IncidentFilter filter,
                         List<String> ids, boolean redact, boolean keepText, String partner, String access) {
        this(format, excel, events, filter, ids, redact, keepText, partner, access, false);
    }

    /** An export for the coordinator's own use, or redacted for anyone. */
    public ExportRequest(ExportFormat format, boolean excel, boolean events, IncidentFilter filter,
                         List<String> ids, boolean redact, boolean keepText) {
        this(format, excel, events, filter, ids, redact, keepText, null, null);
    }

    /**
     * The partner id {@code typed} stands for, among the {@code known} partner ids (the protocols'
     * partners, as {@code logboek consent --partner} accepts them); case does not matter. An unknown
     * partner is a usage error that names the closest known one.
     */
    public static String partner(String typed, Collection<String> known) {
        String t = typed.strip();
        if (t.isEmpty()) {
            throw LogboekException.usage("export.partner-empty");
        }
        if (known.contains(t)) {
            return t;
        }
        for (String k : known) {
            if (k.toLowerCase(Locale.ROOT).equals(t.toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        String all = String.join(", ", known.stream().sorted().toList());
        String closest = Suggestions.closest(t, known);
        if (closest != null) {
            throw LogboekException.usage("export.partner-unknown.suggest", t, closest, all);
        }
        throw LogboekException.usage("export.partner-unknown", t, all);
    }

    /** Whether the export goes to a partner: with --redact or --for. */
    boolean forSharing() {
        return redact || partner != null;
    }

    /** Whether the export may hide names (--redact, --for, --access): then it must know every name recorded. */
    boolean hidesNames() {
        return forSharing() || access != null;
    }
}
