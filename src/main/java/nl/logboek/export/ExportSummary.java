package nl.logboek.export;

/**
 * What an export wrote, for the lines the command prints on stderr.
 *
 * @param incidents      incidents in the export
 * @param events         events in the export (in one-row-per-incident mode: the events behind the rows)
 * @param named          incidents shown with the names as recorded (the coordinator's own export, or
 *                       for a partner with a ground recorded for that partner)
 * @param redacted       incidents shown with pseudonyms (--redact, --for without a ground, --access)
 * @param privateLeftOut incidents left out of an export for sharing because their information comes from a private account
 * @param personalNotes  personal work notes of the exported incidents that were left out (always)
 */
public record ExportSummary(int incidents, long events, int named, int redacted, int privateLeftOut,
                            int personalNotes, boolean keepText) {

    /** Whether the export shows real names of the people involved or of staff. */
    public boolean containsNames() {
        return named > 0;
    }
}
