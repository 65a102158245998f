package nl.logboek.privacy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.logboek.incident.Evidence;
import nl.logboek.incident.IncidentEvent;
import nl.logboek.incident.IncidentEvent.Amended;
import nl.logboek.incident.IncidentEvent.Annotated;
import nl.logboek.incident.IncidentEvent.Closed;
import nl.logboek.incident.IncidentEvent.Consent;
import nl.logboek.incident.IncidentEvent.Created;
import nl.logboek.incident.IncidentEvent.ItemsDone;
import nl.logboek.incident.IncidentEvent.Moved;
import nl.logboek.incident.IncidentEvent.Reopened;
import nl.logboek.incident.IncidentEvent.Retracted;
import nl.logboek.incident.IncidentEvent.StepDone;
import nl.logboek.incident.Person;
import nl.logboek.logbook.Event;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Redaction for sharing (AVG: data minimisation). People involved become "Persoon 1", "Persoon 2",
 * staff who recorded something "Medewerker 1", ..., numbered in the order they first appear in
 * the export, so the same person keeps one pseudonym throughout one export and two exports cannot
 * be linked by number. Free text may name anyone, so it is left out unless it is explicitly kept;
 * kept text has every known name replaced. Incidents whose information came from a private
 * account are never shared (seed 000).
 *
 * <p>An event's payload is read into its typed event ({@link IncidentEvent}) and a redacted copy
 * of that is written ({@link #payload}): a field the typed events do not know, in a known or a
 * future event type, is left out rather than leaked, and so is every event of a type this class
 * does not handle. A new event type must be added here to appear in redacted exports.
 *
 * <p>For an access request ({@link #forAccess}) one person, the one asking, keeps their name
 * wherever it appears; everyone else is pseudonymised as above, free text is kept with the other
 * names replaced, and what was noted about the account behind a posting (who posted it, the
 * account, who else was involved, the URL) is left out: it identifies someone else in a way name
 * replacement cannot find (a handle such as {@code @alex_oz}).
 */
public final class Redactor implements Disclosure {
    static final String PERSON = "Persoon ";
    static final String STAFF = "Medewerker ";
    /** Replaces a word that belongs to more than one known name. */
    static final String SOME_NAME = "[naam]";

    private final boolean keepText;
    /** The key of the person an access request is for: their name is shown. Null in every other export. */
    private final String subjectKey;
    private final NameMatcher names;
    private final Set<String> personKeys = new HashSet<>();
    private final Map<String, String> persons = new HashMap<>();
    private final Map<String, String> staff = new HashMap<>();

    /**
     * @param personNames every name of a person involved that kept text may mention
     * @param staffNames  every author that kept text may mention
     * @param keepText    keep free text (with the names replaced) instead of leaving it out
     */
    public Redactor(Collection<String> personNames, Collection<String> staffNames, boolean keepText) {
        this(personNames, staffNames, keepText, null);
    }

    private Redactor(Collection<String> personNames, Collection<String> staffNames, boolean keepText, String subjectKey) {
        this.keepText = keepText;
        this.subjectKey = subjectKey;
        personNames.forEach(n -> personKeys.add(NameMatcher.key(n)));
        List<String> all = new ArrayList<>(personNames);
        all.addAll(staffNames);
        this.names = new NameMatcher(all);
    }

    /**
     * For an access request by {@code subject} (a person involved, as recorded): their own name is
     * shown, every other person and every member of staff gets a pseudonym, and free text is kept
     * with the other names replaced.
     */
    public static Redactor forAccess(Collection<String> personNames, Collection<String> staffNames, String subject) {
        return new Redactor(personNames, staffNames, true, NameMatcher.key(subject));
    }

    @Override
    public boolean redacted() {
        return true;
    }

    @Override
    public boolean shares(String source) {
        // The person asking gets their own data, also what came from a private account.
        return subjectKey != null || !Sharing.fromPrivateAccount(source);
    }

    @Override
    public String person(String name) {
        String key = NameMatcher.key(name);
        if (key.equals(subjectKey)) {
            return name;
        }
        return pseudonym(persons, PERSON, key);
    }

    @Override
    public String author(String name) {
        return pseudonym(staff, STAFF, NameMatcher.key(name));
    }

    private static String pseudonym(Map<String, String> known, String prefix, String key) {
        return known.computeIfAbsent(key, k -> prefix + (known.size() + 1));
    }

    @Override
    public String freeText(String text) {
        return keepText ? label(text) : null;
    }

    @Override
    public String label(String text) {
        if (text == null) {
            return null;
        }
        text = withoutContacts(text);
        List<NameMatcher.Match> found = names.find(text);
        if (found.isEmpty()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        int at = 0;
        for (NameMatcher.Match m : found) {
            sb.append(text, at, m.start());
            if (m.owner() == null) {
                sb.append(SOME_NAME);
            } else if (m.owner().equals(subjectKey)) {
                sb.append(text, m.start(), m.end());
            } else if (personKeys.contains(m.owner())) {
                sb.append(pseudonym(persons, PERSON, m.owner()));
            } else {
                sb.append(pseudonym(staff, STAFF, m.owner()));
            }
            at = m.end();
        }
        return sb.append(text, at, text.length()).toString();
    }

    /** Replaces an e-mail address in text that is shown redacted. */
    static final String EMAIL = "[e-mailadres]";
    /** Replaces a handle (@name) in text that is shown redacted. */
    static final String HANDLE = "[account]";
    /** Replaces a phone number in text that is shown redacted. */
    static final String PHONE = "[telefoonnummer]";
    private static final java.util.regex.Pattern EMAIL_ADDRESS = java.util.regex.Pattern.compile(
            "[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");
    private static final java.util.regex.Pattern AT_HANDLE = java.util.regex.Pattern.compile(
            "(?<![\\p{L}\\p{N}])@[\\p{L}\\p{N}_.]*[\\p{L}\\p{N}_]");
    /** A Dutch or international number: 06-12345678, 020 123 4567, +31 6 1234 5678, 0031612345678. */
    private static final java.util.regex.Pattern PHONE_NUMBER = java.util.regex.Pattern.compile(
            "(?<![\\p{L}\\p{N}+])(?:(?:\\+|00)\\d{1,3}[ .-]?(?:\\(0\\)[ .-]?)?|0)\\d(?:[ .()-]{0,2}\\d){7,12}(?!\\p{N})");

    /**
     * {@code text} without e-mail addresses, handles (@name) and phone numbers: they identify
     * someone as surely as a name, and a pseudonym cannot replace what is not a known name.
     */
    static String withoutContacts(String text) {
        if (text.indexOf('@') < 0 && !hasDigits(text, 9)) {
            return text;
        }
        String out = EMAIL_ADDRESS.matcher(text).replaceAll(EMAIL);
        out = AT_HANDLE.matcher(out).replaceAll(java.util.regex.Matcher.quoteReplacement(HANDLE));
        return PHONE_NUMBER.matcher(out).replaceAll(java.util.regex.Matcher.quoteReplacement(PHONE));
    }

    private static boolean hasDigits(String text, int atLeast) {
        int n = 0;
        for (int i = 0; i < text.length() && n < atLeast; i++) {
            if (Character.isDigit(text.charAt(i))) {
                n++;
            }
        }
        return n >= atLeast;
    }

    /**
     * The event's payload as a redacted export shows it: the line is read into its typed event, a
     * redacted copy of that event is made field by field, and the copy writes the payload. So the
     * keys are those of the event type and nothing else: a field the event types do not know (in a
     * known type, or a type or version this release does not know, which shows nothing) is left out
     * rather than leaked.
     */
    @Override
    public ObjectNode payload(Event e) {
        return redacted(IncidentEvent.of(e)).payload();
    }

    /**
     * A copy of {@code event} with every value as this export shows it, in the order of the fields on
     * the line (pseudonyms are numbered by first appearance). A text that is recorded but not shown
     * is {@link IncidentEvent#WITHHELD}, so its key is left out; a recorded null stays null.
     */
    private IncidentEvent redacted(IncidentEvent event) {
        if (event instanceof Created c) {
            return new Created(shown(c.title(), this::freeText), c.category(), shown(c.platform(), this::label),
                    c.occurred(), shown(c.description(), this::freeText), persons(c.persons()), c.severity(), c.source(),
                    c.target(), c.protocol(), c.overlays());
        }
        if (event instanceof Annotated a) {
            Evidence ev = a.evidence();
            return new Annotated(shown(a.text(), this::freeText), false, ev == null ? null : new Evidence(
                    shown(ev.postedBy(), this::accountDetail), shown(ev.channel(), this::label),
                    shown(ev.account(), this::accountDetail), shown(ev.involved(), this::accountDetail),
                    // A URL usually names the account it points to.
                    shown(ev.url(), this::accountDetail), shown(ev.postedAt(), this::label),
                    // The fingerprint proves which file it was; the local path often holds a user name.
                    ev.screenshotSha256(), IncidentEvent.WITHHELD));
        }
        if (event instanceof ItemsDone i) {
            return new ItemsDone(i.items(), i.doneOn(), shown(i.note(), this::freeText), i.protocol());
        }
        if (event instanceof StepDone d) {
            return new StepDone(d.step(), d.next(), d.how(), d.protocol(), d.level(), shown(d.reason(), this::freeText),
                    d.leftOpen());
        }
        if (event instanceof IncidentEvent.Answered a) {
            return new IncidentEvent.Answered(a.protocol(), a.item(), a.answer(), shown(a.text(), this::freeText));
        }
        if (event instanceof Moved m) {
            return new Moved(m.down(), m.from(), m.to(), m.partner(), shown(m.regie(), this::label), m.criterionId(),
                    shown(m.criterionText(), this::freeText), m.base());
        }
        if (event instanceof Closed c) {
            return new Closed(shown(c.outcome(), this::freeText), c.forced(), c.openMandatory(),
                    shown(c.reason(), this::freeText));
        }
        if (event instanceof Consent c) {
            // Who gave consent ("moeder van Lisa") is shown only where names are: the person asking
            // for access sees it with other names replaced; a partner does not see it.
            String from = subjectKey != null ? shown(c.from(), this::label) : IncidentEvent.WITHHELD;
            return new Consent(c.partner(), c.ground(), from, shown(c.purpose(), this::freeText), c.date(), c.refused());
        }
        if (event instanceof Amended a) {
            String reason = shown(a.reason(), this::freeText);
            Map<Amended.Field, String> fields = new LinkedHashMap<>();
            a.fields().forEach((f, v) -> fields.put(f, switch (f) {
                case TITLE, DESCRIPTION -> shown(v, this::freeText);
                case PLATFORM -> shown(v, this::label);
                case CATEGORY, SEVERITY, PROTOCOL, OCCURRED, SOURCE -> v;
            }));
            List<Person> added = persons(a.addPersons());
            List<String> removed = a.removePersons().stream().map(this::person).toList();
            return new Amended(reason, fields, added, removed, a.keptItems(), a.droppedItems(), a.addProtocols(),
                    a.removeProtocols());
        }
        if (event instanceof Retracted r) {
            return new Retracted(shown(r.reason(), this::freeText), r.item(), r.entry(), r.entrySeq());
        }
        if (event instanceof Reopened r) {
            return new Reopened(shown(r.reason(), this::freeText), r.base());
        }
        if (event instanceof IncidentEvent.FollowUp f) {
            return new IncidentEvent.FollowUp(f.due(), shown(f.text(), this::freeText));
        }
        if (event instanceof IncidentEvent.FollowUpDone d) {
            return new IncidentEvent.FollowUpDone(d.followUp(), d.followUpSeq(), shown(d.note(), this::freeText));
        }
        // Purged, or unknown to this version: nothing of it is shown.
        return new IncidentEvent.Unknown(event.type());
    }

    private List<Person> persons(List<Person> recorded) {
        List<Person> out = new ArrayList<>(recorded.size());
        for (Person p : recorded) {
            out.add(new Person(person(p.name()), p.role(), p.kind()));
        }
        return out;
    }

    /** A recorded text through {@code show}: {@link IncidentEvent#WITHHELD} when it shows nothing; null stays null. */
    private static String shown(String recorded, UnaryOperator<String> show) {
        if (recorded == null) {
            return null;
        }
        String shown = show.apply(recorded);
        return shown != null ? shown : IncidentEvent.WITHHELD;
    }

    /**
     * What was noted about the account behind a posting: free text for a partner; left out for the
     * person asking for access, since it is about someone else's account.
     */
    private String accountDetail(String text) {
        return subjectKey != null ? null : freeText(text);
    }
}
