package nl.logboek.export;

import nl.logboek.LogboekException;
import nl.logboek.incident.IncidentFilter;
import nl.logboek.logbook.IncidentIds;

import java.util.List;

/**
 * What to export and how. Combinations that cannot mean anything are refused here, before the
 * logbook is read, so a mistyped command never leaves a half-written file behind.
 *
 * @param events   one record per event (the audit trail) instead of one per incident
 * @param ids      incident ids or unique prefixes as typed; empty means every incident
 * @param redact   pseudonyms for people and staff, no free text, no incidents from private accounts
 * @param keepText with {@code redact}: keep free text, with every known name in it pseudonymised
 */
public record ExportRequest(ExportFormat format, boolean excel, boolean events, IncidentFilter filter,
                            List<String> ids, boolean redact, boolean keepText) {

    public ExportRequest {
        if (excel && format != ExportFormat.CSV) {
            throw LogboekException.usage("export.excel-needs-csv", format.id());
        }
        if (keepText && !redact) {
            throw LogboekException.usage("export.keep-text-needs-redact");
        }
        ids = List.copyOf(ids);
        ids.forEach(IncidentIds::normalise); // a malformed id is a usage error before anything is read
    }
}
