package nl.logboek.privacy;

import nl.logboek.incident.EventTypes;
import nl.logboek.LogboekException;
import nl.logboek.incident.IncidentEvent;
import nl.logboek.logbook.Event;

import java.text.Normalizer;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Who an export is for, and so which incidents it holds and what it may show of each
 * (docs/export.md, "Sharing"):
 *
 * <ul>
 *   <li>the coordinator (no option): everything as recorded;</li>
 *   <li>anyone ({@code --redact}): every incident redacted, none from a private account;</li>
 *   <li>one partner ({@code --for P}): an incident whose latest consent event for P records a ground
 *       (consent, legal duty, vital interest; AVG art. 6) and not a refusal as recorded
 *       ({@link Consents}), every other one redacted exactly as {@code --redact} does; an incident
 *       from a private account never (seed 000), whatever was recorded; with {@code --redact} as
 *       well, every incident redacted;</li>
 *   <li>the person concerned ({@code --access NAME}, an inzageverzoek, AVG art. 15): only the
 *       incidents they are involved in, with their own name and everyone else's pseudonym
 *       (art. 15(4): the access may not harm the rights of others).</li>
 * </ul>
 *
 * Personal work notes are in none of them ({@link #personalNote}), and an export that is shared
 * leaves out the lines taken back as recorded in error ({@link #leavesOutRetracted}).
 */
public final class Sharing {
    /** What these rules look at of one incident: a summary made by whoever holds many of them. */
    public interface Facts {
        /** Whether its information came from a private account ({@link Sharing#fromPrivateAccount}). */
        boolean fromPrivateAccount();

        /** The names of the people involved, as recorded and corrected; an access request looks for the person's own. */
        List<String> personNames();

        /** Whether personal data may go to {@code partner}, by the consent rule ({@link Consents#allowSharingWith}). */
        boolean mayShareWith(String partner);
    }

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

    /** The coordinator's own export: everything as recorded. */
    public static Sharing ownUse() {
        return new Sharing(null, null, false, false, null);
    }

    /**
     * An export to share: for {@code partner} (null for anyone), every incident redacted with
     * {@code redact} or without consent for the partner.
     *
     * @param personNames every name of a person involved that kept text may mention
     * @param authors     every author that kept text may mention
     * @param keepText    keep free text with the names replaced (--keep-text)
     */
    public static Sharing forSharing(String partner, boolean redact, boolean keepText, Collection<String> personNames,
                                     Collection<String> authors) {
        return new Sharing(partner, null, true, redact, new Redactor(personNames, authors, keepText));
    }

    /**
     * An access request by the person named {@code name}, as recorded in {@code incidents}.
     *
     * @throws LogboekException (failure) for a name that is involved in none of the incidents: a typo
     *                          must not look like "nothing recorded"
     */
    public static Sharing forAccess(String name, Collection<? extends Facts> incidents, Collection<String> personNames,
                                    Collection<String> authors) {
        String subject = personKey(name);
        if (incidents.stream().noneMatch(s -> involves(s, subject))) {
            throw LogboekException.failure("export.access-unknown", name.strip());
        }
        return new Sharing(null, subject, false, true, Redactor.forAccess(personNames, authors, name));
    }

    /** Whether information from {@code source} (a source id, may be null) came from a private account: never shared ({@link SourceRules}). */
    public static boolean fromPrivateAccount(String source) {
        return SourceRules.fromPrivateAccount(source);
    }

    /**
     * Whether a line is a coordinator's personal work note ({@code annotate --private}): it never
     * leaves the logbook, in no export of any kind (domain.md: parents and pupils may see the file,
     * not the personal work notes).
     */
    public static boolean personalNote(Event e) {
        return EventTypes.ANNOTATED.equals(e.type()) && IncidentEvent.of(e) instanceof IncidentEvent.Annotated a && a.personal();
    }

    /** Whether the export is about this incident at all: an access request only covers the person's own incidents. */
    public boolean concerns(Facts s) {
        return subject == null || involves(s, subject);
    }

    /** Whether the incident is left out because its information comes from a private account (seed 000). */
    public boolean leavesOut(Facts s) {
        return forSharing && s.fromPrivateAccount();
    }

    /** How the export shows an incident it holds. */
    public Disclosure disclosure(Facts s) {
        if (redactor == null) {
            return Disclosure.FULL;
        }
        if (redactAll || !s.mayShareWith(partner)) {
            return redactor;
        }
        return Disclosure.FULL;
    }

    /** Whether the export's records may hide names even when none is selected: --redact and --access. */
    public boolean redactsAll() {
        return redactAll;
    }

    /**
     * Whether lines taken back as recorded in error are left out: in every export that is shared
     * (--redact, --for, --access); the coordinator's own keeps every line.
     */
    public boolean leavesOutRetracted() {
        return redactor != null;
    }

    private static boolean involves(Facts s, String subject) {
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
