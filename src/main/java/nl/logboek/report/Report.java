package nl.logboek.report;

import java.time.Instant;
import java.util.List;

/**
 * The figures of one report, computed once and rendered by every format, so the formats always
 * agree. It holds ids, never labels, and never a name or free text; ids and titles of incidents
 * are present only when the report was asked for with detail. The definitions of every figure
 * are in docs/report-schema.md.
 *
 * @param asOf         the moment "open" and "days since" are measured at: the end of the period,
 *                     or now when the period is not over yet
 * @param staleDays    open incidents idle longer than this many days are flagged
 * @param generated    the moment the report was made, only when asked for (otherwise null, so the
 *                     same logbook and flags give the same bytes)
 * @param byPlatform   platform ids (see Platforms), never the text as typed
 * @param byLevel      open incidents at the end of the period per protocol and escalation level
 * @param notLoaded    open incidents whose protocol is not loaded (step and duties unknown)
 * @param expired      how many closed incidents had passed their retention period by the end of the
 *                     period (still in the logbook: 'logboek purge --expired' removes them)
 * @param retentionExpired with detail: the ids of those incidents, in the order they were reported
 *                     (empty without detail)
 * @param closedWithItemsOpen incidents closed in the period while mandatory items were open (a
 *                     forced close), in the order they were closed
 * @param openWithItemsOpen incidents open at the end of the period with mandatory items not done,
 *                     in the order of {@code openCases}
 * @param byProtocol   every protocol an incident follows counts it: the main one and those added
 *                     beside it, so the rows may add up to more than the incidents
 * @param trend        the twelve calendar months up to the one the period ends in, oldest first
 * @param titles       with detail: titles as recorded (--titles), not only their known words
 */
public record Report(ReportPeriod period, ReportPeriod previousPeriod, Instant asOf, int staleDays, boolean detail,
                     Instant generated, Figures current, Figures previous,
                     List<Row> byCategory, List<Row> byProtocol, List<Row> byPlatform, List<Row> bySeverity,
                     List<LevelRow> byLevel, List<PartnerRow> escalationsByPartner,
                     List<OpenCase> openCases, List<Duty> openDuties, int notLoaded,
                     int retentionMonths, int expired, List<String> retentionExpired,
                     List<ItemsOpen> closedWithItemsOpen, List<ItemsOpen> openWithItemsOpen, List<Month> trend,
                     boolean titles) {

    /** The version of the JSON shape (docs/report-schema.md); raised only for incompatible changes. */
    public static final int FORMAT = 1;
    /** The response expectation of the media protocol's source: urgent requests are answered within 24 hours. */
    public static final long RESPONSE_SECONDS = 24 * 3600;

    public Report {
        byCategory = List.copyOf(byCategory);
        byProtocol = List.copyOf(byProtocol);
        byPlatform = List.copyOf(byPlatform);
        bySeverity = List.copyOf(bySeverity);
        byLevel = List.copyOf(byLevel);
        escalationsByPartner = List.copyOf(escalationsByPartner);
        openCases = List.copyOf(openCases);
        openDuties = List.copyOf(openDuties);
        retentionExpired = List.copyOf(retentionExpired);
        closedWithItemsOpen = List.copyOf(closedWithItemsOpen);
        openWithItemsOpen = List.copyOf(openWithItemsOpen);
        trend = List.copyOf(trend);
    }

    /** Whether nothing happened in the period: nothing reported, closed or open at its end. */
    public boolean quiet() {
        return current.reported() == 0 && current.closed() == 0 && current.openAtEnd() == 0 && current.openAtStart() == 0;
    }

    /** Whether titles are shown as recorded (--detail --titles). */
    public boolean titlesVerbatim() {
        return detail && titles;
    }

    /** The mandatory items not done in the incidents open at the end, summed over those incidents. */
    public int openDutyItems() {
        return openDuties.stream().mapToInt(Duty::open).sum();
    }

    /**
     * One calendar month of the trend: the twelve months up to and including the one the period
     * ends in, from the times of every incident's lines (the keys of the index; no line is read).
     *
     * @param reported incidents recorded in the month
     * @param closed   incidents closed in the month (and not reopened before the end of the period)
     */
    public record Month(java.time.YearMonth month, int reported, int closed) {
    }

    /** Whether the period is over, so that its figures will not change any more. */
    public boolean complete() {
        return !asOf.isBefore(period.end());
    }

    /**
     * The totals of one period.
     *
     * @param reported           incidents recorded in the period
     * @param closed             incidents closed in the period
     * @param openAtStart        recorded before the period and not closed before it
     * @param openAtEnd          recorded before the end of the period and not closed before it
     * @param escalations        escalated events in the period
     * @param deEscalations      de-escalated events in the period
     * @param escalatedIncidents incidents with at least one escalated event in the period
     * @param firstAction        from report to first action, over the first actions taken in the period
     * @param closing            from report to closing, over the incidents closed in the period
     */
    public record Figures(int reported, int closed, int openAtStart, int openAtEnd, int escalations,
                          int deEscalations, int escalatedIncidents, Durations firstAction, Durations closing) {
    }

    /**
     * Durations in whole seconds. The median of an even count is the mean of the middle two,
     * rounded down to a whole second.
     *
     * @param median    null when count is 0
     * @param longest   null when count is 0
     * @param within24h how many took at most 24 hours
     */
    public record Durations(int count, Long median, Long longest, int within24h) {
        static final Durations NONE = new Durations(0, null, null, 0);

        static Durations of(List<Long> seconds) {
            if (seconds.isEmpty()) {
                return NONE;
            }
            long[] s = new long[seconds.size()];
            for (int i = 0; i < s.length; i++) {
                s[i] = seconds.get(i);
            }
            java.util.Arrays.sort(s);
            int n = s.length;
            long median = n % 2 == 1 ? s[n / 2] : Math.floorDiv(s[n / 2 - 1] + s[n / 2], 2);
            int within = 0;
            for (long v : s) {
                within += v <= RESPONSE_SECONDS ? 1 : 0;
            }
            return new Durations(n, median, s[n - 1], within);
        }
    }

    /**
     * One line of a breakdown.
     *
     * @param key              the id (category, protocol, platform, severity); null for incidents
     *                         where it was not given
     * @param reportedPrevious incidents recorded in the previous period
     */
    public record Row(String key, int reported, int reportedPrevious, int closed, int openAtEnd) {
        public boolean empty() {
            return reported == 0 && reportedPrevious == 0 && closed == 0 && openAtEnd == 0;
        }
    }

    /** Open incidents at the end of the period on one level of one protocol's ladder. */
    public record LevelRow(String protocol, String level, int openAtEnd) {
    }

    /** Escalations (up) and de-escalations (down) in the period with one partner; partner null when none was recorded. */
    public record PartnerRow(String partner, int up, int down) {
    }

    /** How the titles of a report with detail are shown (see ReportTitles). */
    public enum TitleShown {
        /** Every word outside the protocols' vocabulary and the common word list replaced by "…". */
        MASKED("masked"),
        /** No word of the title was left: the incident is shown by its category and id. */
        NONE("none"),
        /** As recorded, with the names of the people involved replaced (--titles). */
        VERBATIM("verbatim");

        private final String id;

        TitleShown(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public enum Flag {
        /** No action recorded yet, more than 24 hours after the report: a fact, not a deadline of any protocol. */
        NO_ACTION_24H("no-action-24h"),
        /** No action for longer than the stale-days threshold ("always act", the school's protocol on unwanted online behaviour). */
        IDLE("idle");

        private final String id;

        Flag(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /**
     * An incident open at the end of the period.
     *
     * @param id          null unless detail
     * @param title       null unless detail; names of the people involved and of authors are
     *                    replaced by pseudonyms
     * @param step        id of the current step; null when every step is done or the protocol is not loaded
     * @param stepNumber  1-based number of the current step (steps + 1 when all are done; 0 when not loaded)
     * @param steps       how many steps the protocol has (0 when not loaded)
     * @param level       the escalation level at the end of the period; null without a ladder
     * @param firstAction the first action, when it came before the end of the period; else null
     * @param openDuties  mandatory items of its protocol not done before the end of the period
     * @param overdueItems items of its protocols with a deadline (docs/protocol-format.md) that
     *                    apply, are not done, and were due before the day {@code asOf} falls on
     * @param titleShown  how the title is shown: MASKED (words outside the vocabulary replaced),
     *                    NONE (no word left: shown by category and id), VERBATIM (--titles); null
     *                    without detail
     */
    public record OpenCase(String id, String title, String category, String protocol, String step, int stepNumber,
                           int steps, String level, Instant reportedAt, Instant firstAction, Instant lastAction,
                           long daysOpen, long daysSinceLastAction, List<Flag> flags, int openDuties, int overdueItems,
                           TitleShown titleShown) {
        public OpenCase {
            flags = List.copyOf(flags);
        }
    }

    /**
     * A mandatory item (such as the meld- en aangifteplicht) not done in open incidents.
     *
     * @param incidents the ids of those incidents, only with detail (otherwise empty)
     */
    public record Duty(String protocol, String item, int open, List<String> incidents) {
        public Duty {
            incidents = List.copyOf(incidents);
        }
    }

    /**
     * One incident with mandatory items of its protocol open: closed in the period with them open
     * (a forced close), or still open at the end of the period. Never named: no title, no names.
     *
     * @param id       null unless detail
     * @param closedAt when it was closed; null for an incident still open
     * @param items    the ids of the mandatory items open: as recorded when it was closed, or not
     *                 done before the end of the period (in protocol order)
     */
    public record ItemsOpen(String id, String category, String protocol, Instant reportedAt, Instant closedAt,
                            List<String> items) {
        public ItemsOpen {
            items = List.copyOf(items);
        }
    }
}
