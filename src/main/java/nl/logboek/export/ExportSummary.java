package nl.logboek.export;

/**
 * What an export wrote, for the lines the command prints on stderr.
 *
 * @param incidents       incidents in the export
 * @param events          events in the export (in one-row-per-incident mode: the events behind the rows)
 * @param privateLeftOut  incidents left out of a redacted export because their information comes from a private account
 */
public record ExportSummary(int incidents, long events, int privateLeftOut, boolean redacted, boolean keepText) {

    /** Whether the export shows real names of the people involved or of staff. */
    public boolean containsNames() {
        return !redacted && incidents > 0;
    }
}
