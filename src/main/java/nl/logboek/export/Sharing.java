package nl.logboek.export;

import nl.logboek.LogboekException;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Who an export is for, and so what it may show of each incident (docs/export.md, "Sharing"):
 *
 * <ul>
 *   <li>the coordinator (no option): everything as recorded;</li>
 *   <li>anyone ({@code --redact}): every incident redacted, none from a private account;</li>
 *   <li>one partner ({@code --for P}): an incident whose latest consent event for P records a ground
 *       (consent, legal duty, vital interest; AVG art. 6) and not a refusal as recorded, every other
 *       one redacted exactly as {@code --redact} does; an incident from a private account never
 *       (seed 000), whatever was recorded; with {@code --redact} as well, every incident redacted;</li>
 *   <li>the person concerned ({@code --access NAME}, an inzageverzoek, AVG art. 15): only the
 *       incidents they are involved in, with their own name and everyone else's pseudonym
 *       (art. 15(4): the access may not harm the rights of others).</li>
 * </ul>
 *
 * Personal work notes are in none of them: {@link Export} drops them before any of this is asked.
 */
final class Sharing {
    private final String partner;
    private final String subject;
    private final boolean forSharing;
    private final boolean redactAll;
    private final Redactor redactor;

    private Sharing(String partner, String subject, boolean forSharing, boolean redactAll, Redactor redactor) {
        this.partner = partner;
        this.subject = subject;
        this.forSharing = forSharing;
        this.redactAll = redactAll;
        this.redactor = redactor;
    }

    /**
     * @throws LogboekException (failure) for an access request by a name that is involved in no
     *                          incident of the logbook: a typo must not look like "nothing recorded"
     */
    static Sharing of(ExportRequest request, LogbookIndex index) {
        if (request.access() != null) {
            String subject = personKey(request.access());
            if (index.incidents().stream().noneMatch(s -> involves(s, subject))) {
                throw LogboekException.failure("export.access-unknown", request.access().strip());
            }
            Redactor redactor = Redactor.forAccess(index.personNames(), index.authors(), request.access());
            return new Sharing(null, subject, false, true, redactor);
        }
        if (!request.forSharing()) {
            return new Sharing(null, null, false, false, null);
        }
        Redactor redactor = new Redactor(index.personNames(), index.authors(), request.keepText());
        return new Sharing(request.partner(), null, true, request.redact(), redactor);
    }

    /** Whether the export is about this incident at all: an access request only covers the person's own incidents. */
    boolean concerns(IncidentSummary s) {
        return subject == null || involves(s, subject);
    }

    /** Whether the incident is left out because its information comes from a private account (seed 000). */
    boolean leavesOut(IncidentSummary s) {
        return forSharing && s.fromPrivateAccount();
    }

    /** How the export shows an incident it holds. */
    Disclosure disclosure(IncidentSummary s) {
        if (redactor == null) {
            return Disclosure.FULL;
        }
        if (redactAll || !s.mayShareWith(partner)) {
            return redactor;
        }
        return Disclosure.FULL;
    }

    /** Whether the export's records may hide names even when none is selected: --redact and --access. */
    boolean redactsAll() {
        return redactAll;
    }

    private static boolean involves(IncidentSummary s, String subject) {
        return s.personNames().stream().anyMatch(n -> personKey(n).equals(subject));
    }

    /**
     * A person's name as an access request compares it: exactly as recorded, apart from case, the
     * spaces around and between its words, and how accents are encoded.
     */
    static String personKey(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
