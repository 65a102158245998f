package nl.logboek.report;

import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * What the report keeps of one incident: times in epoch seconds and a few ids, never its events
 * or free text (title and names only for a report with detail). Times come from the index keys
 * of its lines; ids and progress from the few lines whose content the report reads. Progress
 * (steps, items, level) is kept as it stood at the end of the period.
 */
final class CaseState {
    static final long NEVER = Long.MAX_VALUE;

    /** Position among the incidents in the logbook: the last tie-breaker of every ordering. */
    final int order;
    /** Its id; null until asked for when {@code ids} gives it (see {@link #id()}). */
    private String id;
    private final java.util.function.IntFunction<String> ids;
    final long reportedAt;
    /** The line of its `created` event: lines before it are not its own (verify reports them). */
    final long createdLine;

    /** The earliest action after the report (any event but created), whenever it came. */
    long firstAction = NEVER;
    /** The latest event before the end of the period; the report when there is none. */
    long lastAction;
    long closedAt = NEVER;
    /** Its escalated and de-escalated events in the period, and in the previous period. */
    int upInPeriod;
    int downInPeriod;
    int upInPrevious;
    int downInPrevious;

    // From its folded state (see ReportBuilder.describe).
    String category;
    String protocol;
    /** Every protocol it follows at the end of the period: the main one, then those added beside it. */
    List<String> protocols = List.of();
    /** Items with a deadline that apply, are not done and were due before the day the report looks from (open incidents only). */
    int overdueItems;
    String severity;
    /** The platform's id (see Platforms), or null when not given; never the text as typed. */
    String platform;
    /** Only kept when the report shows detail, to be pseudonymised with {@code names}. */
    String title;
    /** The names of the people involved, only kept when the report shows detail. */
    List<String> names;
    /** Everyone who wrote one of its lines, only kept when the report shows detail. */
    Set<String> authors;

    /** The level at the end of the period; null while at the first level. */
    String level;
    BitSet stepsDone;
    BitSet itemsDone;
    /** The main protocol's mandatory items that apply and are open, as the checklist (and close) decide; null when none or not loaded. */
    BitSet mandatoryOpen;
    /** The mandatory items open when it was last closed before the end (a forced close); null when none. */
    List<String> itemsOpenAtClose;

    CaseState(int order, String id, long reportedAt, long createdLine) {
        this(order, id, null, reportedAt, createdLine);
    }

    /** With its id looked up by its order only when asked for (most incidents of a report never are). */
    CaseState(int order, java.util.function.IntFunction<String> ids, long reportedAt, long createdLine) {
        this(order, null, ids, reportedAt, createdLine);
    }

    private CaseState(int order, String id, java.util.function.IntFunction<String> ids, long reportedAt, long createdLine) {
        this.order = order;
        this.id = id;
        this.ids = ids;
        this.reportedAt = reportedAt;
        this.createdLine = createdLine;
        this.lastAction = reportedAt;
    }

    String id() {
        if (id == null && ids != null) {
            id = ids.apply(order);
        }
        return id;
    }

    boolean openAt(long moment) {
        return reportedAt < moment && closedAt >= moment;
    }

    /**
     * Whether the incident can count in the period or the previous one: recorded before the end
     * and not closed before the start of the previous period. The others are never read.
     */
    boolean relevant(long previousStart, long end) {
        return reportedAt < end && closedAt >= previousStart;
    }
}
