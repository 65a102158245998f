package nl.logboek.report;

import nl.logboek.LogboekException;

import java.time.Instant;

/**
 * What a report is asked for, apart from its format.
 *
 * @param now       the current moment: "open" and "days since" are measured at the end of the
 *                  period, or now if the period is not over yet
 * @param staleDays flag open incidents with no action for longer than this many days
 * @param detail    show incident ids and (pseudonymised) titles
 * @param generated state this moment as when the report was made; null to leave it out, so that
 *                  the same logbook and options give the same bytes
 * @param retentionMonths the organisation's retention period: closed incidents past it are counted
 * @param titles    with detail: show titles as recorded (names of the people involved replaced),
 *                  not only their words from the vocabulary (ReportTitles)
 */
public record ReportRequest(ReportPeriod period, Instant now, int staleDays, boolean detail, Instant generated,
                            int retentionMonths, boolean titles) {
    public static final int DEFAULT_STALE_DAYS = 14;

    /** Titles, with detail, only in the words of the vocabulary. */
    public ReportRequest(ReportPeriod period, Instant now, int staleDays, boolean detail, Instant generated,
                         int retentionMonths) {
        this(period, now, staleDays, detail, generated, retentionMonths, false);
    }

    /** With the default retention period (two years after closing). */
    public ReportRequest(ReportPeriod period, Instant now, int staleDays, boolean detail, Instant generated) {
        this(period, now, staleDays, detail, generated, nl.logboek.privacy.Retention.DEFAULT_MONTHS);
    }

    /** The moment the report looks from: the end of the period, or now while it is not over. */
    public Instant asOf() {
        return now.isBefore(period.end()) ? now : period.end();
    }

    /** {@code --stale-days N}: a whole number of days, at least 1. */
    public static int parseStaleDays(String typed) {
        String t = typed.strip();
        if (!t.matches("\\d{1,5}") || Integer.parseInt(t) < 1) {
            throw LogboekException.usage("report.stale-days", typed);
        }
        return Integer.parseInt(t);
    }
}
