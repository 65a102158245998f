package nl.logboek.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.logboek.i18n.Messages;
import nl.logboek.incident.Evidence;
import nl.logboek.incident.Incident;
import nl.logboek.incident.IncidentEvent;
import nl.logboek.incident.Involvement;
import nl.logboek.incident.Person;
import nl.logboek.logbook.Event;
import nl.logboek.logbook.Json;
import nl.logboek.logbook.Logbook;
import nl.logboek.privacy.Disclosure;
import nl.logboek.privacy.Redactor;
import nl.logboek.privacy.Sharing;

import java.io.IOException;
import java.io.Writer;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Everything recorded about one person, for a request for access (inzageverzoek, AVG art. 15):
 * `person NAME --export FILE`. The incidents they are involved in, oldest first, each with their
 * role(s) and every entry of its timeline, shown as `export --access` shows them ({@link Sharing},
 * {@link Redactor#forAccess}): their own name as recorded, other people "Persoon N", staff
 * "Medewerker N", free text kept with every other known name replaced, nothing of the account
 * behind a posting, no screenshot path. Personal work notes ({@link Sharing#personalNote}) and
 * lines taken back as recorded in error are left out, as in every export that is shared.
 *
 * <p>Written as JSON ({@link #writeJson}) or as a readable Markdown document in the user's language
 * ({@link #writeMarkdown}); both are made from the same folded incidents and the same disclosure.
 */
public final class AccessFile {
    /** The JSON shape's version (docs/export.md, "person --export"). */
    public static final int FORMAT = 1;
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** In Dutch, days and moments read dd-mm-jjjj (uu:mm), as in every message; the JSON file keeps ISO. */
    private static final DateTimeFormatter MINUTES_NL = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
    private static final DateTimeFormatter DAY_NL = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final String subject;
    private final List<Incident> incidents;
    private final Disclosure disclosure;
    private int personalNotes;
    private int retracted;

    private AccessFile(String subject, List<Incident> incidents, Disclosure disclosure) {
        this.subject = subject;
        this.incidents = incidents;
        this.disclosure = disclosure;
    }

    /**
     * The file for {@code subject} (the name as recorded), about {@code incidents} (theirs, folded
     * whole, oldest first). Every name of a person and every author in the logbook is learnt first:
     * any text may mention anyone recorded anywhere.
     */
    public static AccessFile of(Logbook logbook, String subject, List<Incident> incidents) {
        LogbookIndex index = LogbookIndex.scan(logbook, true);
        return new AccessFile(subject, List.copyOf(incidents),
                Redactor.forAccess(index.personNames(), index.authors(), subject));
    }

    public int incidents() {
        return incidents.size();
    }

    /** How many personal work notes were left out (known once written). */
    public int personalNotes() {
        return personalNotes;
    }

    /** How many lines taken back as recorded in error were left out (known once written). */
    public int retracted() {
        return retracted;
    }

    /** The entries shown of an incident: without personal work notes and lines taken back. */
    private List<Incident.Entry> shown(Incident i) {
        List<Incident.Entry> out = new ArrayList<>();
        for (Incident.Entry entry : i.entries()) {
            if (Sharing.personalNote(entry.line())) {
                personalNotes++;
            } else if (i.retraction(entry.line()) != null) {
                retracted++;
            } else {
                out.add(entry);
            }
        }
        return out;
    }

    private List<Person> roles(Incident i) {
        List<Involvement.Involved> found = Involvement.of(subject, List.of(i));
        return found.isEmpty() ? List.of() : found.get(0).as();
    }

    // ---------------------------------------------------------------- JSON

    /** The JSON document (docs/export.md): made at {@code madeAt}, from the logbook named {@code logbook}. */
    public void writeJson(Writer out, OffsetDateTime madeAt, String logbook) throws IOException {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("format", FORMAT);
        root.put("subject", subject);
        root.put("made_at", madeAt.toString());
        root.put("logbook", logbook);
        root.put("redacted", true);
        root.put("personal_notes_included", false);
        ArrayNode list = root.putArray("incidents");
        for (Incident i : incidents) {
            ObjectNode c = list.addObject();
            c.put("id", i.id());
            c.put("reported_at", i.reportedAt().toString());
            c.put("reported_by", disclosure.author(i.reportedBy()));
            c.put("category", i.category());
            c.put("protocol", i.protocol());
            c.put("status", i.status());
            ArrayNode roles = c.putArray("roles");
            for (Person p : roles(i)) {
                roles.addObject().put("role", p.role()).put("kind", p.kind());
            }
            c.put("title", disclosure.freeText(i.title()));
            c.put("platform", disclosure.label(i.platform()));
            c.put("occurred", i.occurred());
            c.put("severity", i.severity());
            c.put("source", i.source());
            ArrayNode persons = c.putArray("persons");
            for (Person p : i.persons()) {
                persons.addObject().put("name", disclosure.person(p.name())).put("role", p.role()).put("kind", p.kind());
            }
            c.put("description", disclosure.freeText(i.description()));
            c.put("closed_at", i.closedAt() == null ? null : i.closedAt().toString());
            c.put("outcome", i.isClosed() ? disclosure.freeText(i.outcome()) : null);
            ArrayNode entries = c.putArray("entries");
            for (Incident.Entry entry : shown(i)) {
                entries.add(entry(i, entry));
            }
        }
        Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(new NonClosing(out), root);
        out.write('\n');
        out.flush();
    }

    private ObjectNode entry(Incident i, Incident.Entry entry) {
        Event e = entry.line();
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("time", e.time().toString());
        o.put("type", e.type());
        o.put("author", disclosure.author(e.author()));
        IncidentEvent typed = entry.event();
        if (typed instanceof IncidentEvent.Annotated a) {
            o.put("text", disclosure.freeText(a.text()));
            Evidence ev = a.evidence();
            if (ev != null) {
                ObjectNode evidence = o.putObject("evidence");
                evidence.put("channel", disclosure.label(ev.channel()));
                evidence.put("posted_at", ev.postedAt());
                evidence.put("screenshot_sha256", ev.screenshotSha256());
            }
        } else if (typed instanceof IncidentEvent.ItemsDone d) {
            d.items().forEach(o.putArray("items")::add);
            o.put("done_on", d.doneOn());
            o.put("text", disclosure.freeText(d.note()));
        } else if (typed instanceof IncidentEvent.StepDone d) {
            o.put("step", d.step());
            o.put("next", d.next());
        } else if (typed instanceof IncidentEvent.Moved m) {
            o.put("from", m.from());
            o.put("to", m.to());
            o.put("partner", m.partner());
            o.put("regie", disclosure.label(m.regie()));
            o.put("text", disclosure.freeText(m.criterionText()));
        } else if (typed instanceof IncidentEvent.Closed c) {
            o.put("text", disclosure.freeText(c.outcome()));
        } else if (typed instanceof IncidentEvent.Amended a) {
            ArrayNode changes = o.putArray("corrections");
            for (Incident.Correction c : i.corrections()) {
                if (c.line() == e) {
                    Function<String, String> show = shower(c.field());
                    changes.addObject().put("field", c.field()).put("before", show.apply(c.before()))
                            .put("after", show.apply(c.after()));
                }
            }
            o.put("reason", disclosure.freeText(a.reason()));
        } else if (typed instanceof IncidentEvent.Retracted r) {
            o.put("item", r.item());
            o.put("entry_left_out", r.entry() != null);
            o.put("reason", disclosure.freeText(r.reason()));
        } else if (typed instanceof IncidentEvent.Consent c) {
            o.put("partner", c.partner());
            o.put("ground", c.ground());
            o.put("from", disclosure.label(c.from()));
            o.put("purpose", disclosure.freeText(c.purpose()));
            o.put("date", c.date());
            o.put("refused", c.refused());
        } else if (typed instanceof IncidentEvent.Reopened r) {
            o.put("reason", disclosure.freeText(r.reason()));
        } else if (typed instanceof IncidentEvent.FollowUp fu) {
            o.put("due", fu.due());
            o.put("text", disclosure.freeText(fu.text()));
        } else if (typed instanceof IncidentEvent.FollowUpDone d) {
            o.put("text", disclosure.freeText(d.note()));
        }
        return o;
    }

    /** How a corrected field's values are shown: people by pseudonym, free text with other names replaced. */
    private Function<String, String> shower(String field) {
        return switch (field) {
            case "persons" -> v -> v == null ? null : disclosure.person(v);
            case "title", "description" -> disclosure::freeText;
            case "platform" -> disclosure::label;
            default -> v -> v;
        };
    }

    // ---------------------------------------------------------------- Markdown

    /** The readable document, in the language of {@code msg}, times in {@code zone}. */
    public void writeMarkdown(Writer out, Messages msg, ZoneId zone, OffsetDateTime madeAt, String logbook) throws IOException {
        writeMarkdown(out, msg, zone, madeAt, logbook, null);
    }

    /**
     * The readable document, as above, with the steps, levels, items and partners of each
     * incident's protocol by their words from {@code protocols} (their ids when null or unknown).
     */
    public void writeMarkdown(Writer out, Messages msg, ZoneId zone, OffsetDateTime madeAt, String logbook,
                              nl.logboek.protocol.ProtocolRegistry protocols) throws IOException {
        Md md = new Md(out, msg, zone, protocols);
        md.line("# " + msg.get("access.title", md.text(subject)));
        md.line();
        md.line(msg.get("access.made", md.time(madeAt), md.text(logbook)));
        md.line();
        md.line(msg.get("access.what", md.text(subject), incidents.size()));
        md.line();
        md.line("- " + msg.get("access.pseudonyms"));
        md.line("- " + msg.get("access.personal-notes"));
        md.line("- " + msg.get("access.retracted"));
        md.line("- " + msg.get("access.correction"));
        for (Incident i : incidents) {
            md.line();
            md.line("## " + md.day(i.reportedAt()) + " · " + md.label("category.", i.category()) + " (" + i.id() + ")");
            md.line();
            List<String> roles = new ArrayList<>();
            for (Person p : roles(i)) {
                roles.add(md.label("role.", p.role()) + (p.kind() == null ? "" : ", " + md.label("kind.", p.kind())));
            }
            md.field(msg.get("access.role"), String.join("; ", roles));
            md.field(msg.get("label.status"), md.label("status.", i.status()));
            md.field(msg.get("label.reported"), msg.get("text.by", md.time(i.reportedAt()), disclosure.author(i.reportedBy())));
            md.field(msg.get("label.title"), disclosure.freeText(i.title()));
            md.field(msg.get("label.occurred"), md.moment(i.occurred()));
            md.field(msg.get("label.platform"), disclosure.label(i.platform()));
            md.field(msg.get("label.severity"), i.severity() == null ? null : md.label("severity.", i.severity()));
            md.field(msg.get("label.source"), i.source() == null ? null : md.label("source.", i.source()));
            List<String> persons = new ArrayList<>();
            for (Person p : i.persons()) {
                persons.add(disclosure.person(p.name()) + " (" + md.label("role.", p.role())
                        + (p.kind() == null ? "" : ", " + md.label("kind.", p.kind())) + ")");
            }
            md.field(msg.get("label.persons"), String.join("; ", persons));
            String description = disclosure.freeText(i.description());
            if (description != null) {
                md.line();
                md.line("**" + msg.get("label.description") + "**");
                md.line();
                md.quote(description);
            }
            md.line();
            md.line("### " + msg.get("label.timeline"));
            md.line();
            md.protocol(i.protocol());
            for (Incident.Entry entry : shown(i)) {
                entry(md, i, entry);
            }
        }
        out.flush();
    }

    private void entry(Md md, Incident i, Incident.Entry entry) throws IOException {
        Event e = entry.line();
        Messages msg = md.msg;
        md.line("- **" + md.time(e.time()) + "** · " + md.label("event.", e.type()) + " · " + md.text(disclosure.author(e.author())));
        IncidentEvent typed = entry.event();
        if (typed instanceof IncidentEvent.Annotated a) {
            md.sub(disclosure.freeText(a.text()));
            Evidence ev = a.evidence();
            if (ev != null) {
                md.sub(ev.channel() == null ? null : msg.get("evidence.channel") + ": " + disclosure.label(ev.channel()));
                md.sub(ev.postedAt() == null ? null : msg.get("evidence.posted-at") + ": " + md.moment(ev.postedAt()));
                md.sub(ev.screenshotSha256() == null ? null : msg.get("access.screenshot", ev.screenshotSha256()));
            }
        } else if (typed instanceof IncidentEvent.ItemsDone d) {
            md.sub(d.doneOn() == null ? null : msg.get("timeline.done-on", d.doneOn()));
            for (String item : d.items()) {
                md.sub(md.item(item));
            }
            md.sub(disclosure.freeText(d.note()));
        } else if (typed instanceof IncidentEvent.StepDone d) {
            md.sub(md.step(d.step()) + " → " + (d.next() == null ? "-" : md.step(d.next())));
        } else if (typed instanceof IncidentEvent.Moved m) {
            md.sub(md.level(m.from()) + " → " + md.level(m.to())
                    + (m.partner() == null ? "" : "; " + msg.get("timeline.partner", md.partner(m.partner()))));
            md.sub(m.regie() == null ? null : msg.get("timeline.regie", disclosure.label(m.regie())));
            String criterion = disclosure.freeText(m.criterionText());
            md.sub(criterion == null ? null : msg.get("timeline.criterion", criterion));
        } else if (typed instanceof IncidentEvent.Closed c) {
            md.sub(disclosure.freeText(c.outcome()));
        } else if (typed instanceof IncidentEvent.Amended a) {
            for (Incident.Correction c : i.corrections()) {
                if (c.line() != e) {
                    continue;
                }
                Function<String, String> show = shower(c.field());
                if ("persons".equals(c.field())) {
                    md.sub(c.after() != null ? msg.get("timeline.person-added", show.apply(c.after()))
                            : msg.get("timeline.person-removed", show.apply(c.before())));
                } else {
                    Function<String, String> label = switch (c.field()) {
                        case "severity", "category" -> v -> v == null ? null : md.label(c.field() + ".", v);
                        default -> show;
                    };
                    md.sub(msg.get("access.changed", md.label("label.", c.field()), shown(msg, label.apply(c.before())),
                            shown(msg, label.apply(c.after()))));
                }
            }
            md.sub(msg.get("timeline.reason", disclosure.freeText(a.reason())));
        } else if (typed instanceof IncidentEvent.Retracted r) {
            md.sub(r.item() == null ? null : msg.get("timeline.retracted-item", md.item(r.item())));
            md.sub(r.entry() == null ? null : msg.get("access.entry-left-out"));
            md.sub(msg.get("timeline.reason", disclosure.freeText(r.reason())));
        } else if (typed instanceof IncidentEvent.Consent c) {
            String from = c.from() == null ? "-" : disclosure.label(c.from());
            md.sub(c.refused() ? msg.get("timeline.consent-refused", md.partner(c.partner()), from, disclosure.freeText(c.purpose()), c.date())
                    : msg.get("timeline.consent", md.partner(c.partner()), c.ground(), from, disclosure.freeText(c.purpose()), c.date()));
        } else if (typed instanceof IncidentEvent.Reopened r) {
            md.sub(msg.get("timeline.reason", disclosure.freeText(r.reason())));
        } else if (typed instanceof IncidentEvent.FollowUp fu) {
            md.sub(fu.due());
            md.sub(disclosure.freeText(fu.text()));
        } else if (typed instanceof IncidentEvent.FollowUpDone d) {
            md.sub(disclosure.freeText(d.note()));
        }
    }

    private static String shown(Messages msg, String value) {
        return value == null || value.isEmpty() ? msg.get("label.empty") : "“" + value + "”";
    }

    /** Markdown lines; text from the logbook is escaped so that it cannot change the layout. */
    private static final class Md {
        private final Writer out;
        private final Messages msg;
        private final ZoneId zone;
        private final nl.logboek.protocol.ProtocolRegistry protocols;
        /** The protocol of the incident being written, when loaded. */
        private java.util.Optional<nl.logboek.protocol.Protocol> protocol = java.util.Optional.empty();

        Md(Writer out, Messages msg, ZoneId zone, nl.logboek.protocol.ProtocolRegistry protocols) {
            this.out = out;
            this.msg = msg;
            this.zone = zone;
            this.protocols = protocols;
        }

        void protocol(String id) {
            protocol = protocols == null || id == null ? java.util.Optional.empty() : protocols.byId(id);
        }

        private String words(nl.logboek.protocol.LocalizedText t, String id) {
            String s = t == null ? null : t.in(msg.language());
            return s == null || s.isBlank() ? id : s.strip();
        }

        String item(String id) {
            return protocol.flatMap(p -> p.item(id)).map(x -> words(x.text(), id)).orElse(id);
        }

        String step(String id) {
            return protocol.flatMap(p -> p.step(id)).map(x -> words(x.title(), id)).orElse(id);
        }

        String level(String id) {
            return protocol.map(nl.logboek.protocol.Protocol::ladder).flatMap(l -> l.level(id)).map(x -> words(x.title(), id)).orElse(id);
        }

        String partner(String id) {
            return protocols == null ? id : protocols.partner(id).map(x -> words(x.name(), id)).orElse(id);
        }

        /** A recorded day as a day, a moment to the minute in the user's time zone. */
        String moment(String recorded) {
            if (recorded == null) {
                return null;
            }
            if (recorded.length() == 10 && msg.dutch()) {
                try {
                    return java.time.LocalDate.parse(recorded).format(DAY_NL);
                } catch (java.time.format.DateTimeParseException notADay) {
                    return recorded;
                }
            }
            if (recorded.length() <= 10) {
                return recorded;
            }
            try {
                return time(nl.logboek.logbook.IsoTime.parse(recorded));
            } catch (java.time.format.DateTimeParseException notAMoment) {
                return recorded;
            }
        }

        void line(String s) throws IOException {
            out.write(s);
            out.write('\n');
        }

        void line() throws IOException {
            out.write('\n');
        }

        void field(String label, String value) throws IOException {
            if (value != null && !value.isEmpty()) {
                line("- **" + label + "**: " + text(value));
            }
        }

        /** One indented paragraph under a timeline entry; nothing when null. */
        void sub(String s) throws IOException {
            if (s == null || s.isEmpty()) {
                return;
            }
            for (String l : s.split("\\R", -1)) {
                line("  " + (l.isBlank() ? "" : "  " + text(l)).stripTrailing());
            }
        }

        void quote(String s) throws IOException {
            for (String l : s.split("\\R", -1)) {
                line(("> " + text(l)).stripTrailing());
            }
        }

        String label(String prefix, String id) {
            return msg.has(prefix + id) ? msg.get(prefix + id) : id;
        }

        String time(OffsetDateTime t) {
            return t.atZoneSameInstant(zone).format(msg.dutch() ? MINUTES_NL : MINUTES);
        }

        String day(OffsetDateTime t) {
            java.time.LocalDate d = t.atZoneSameInstant(zone).toLocalDate();
            return msg.dutch() ? d.format(DAY_NL) : d.toString();
        }

        /** Markdown's special characters escaped, so a note cannot make a heading, a link or a table. */
        String text(String s) {
            if (s == null) {
                return "";
            }
            StringBuilder b = new StringBuilder(s.length());
            for (int k = 0; k < s.length(); k++) {
                char c = s.charAt(k);
                if ("\\`*_{}[]<>()#+-.!|~".indexOf(c) >= 0 && (k == 0 || "\\`*_[]<>|~".indexOf(c) >= 0)) {
                    b.append('\\');
                }
                b.append(c);
            }
            return b.toString();
        }
    }

    /** Jackson closes the writer it is given; the target closes it. */
    private static final class NonClosing extends java.io.FilterWriter {
        NonClosing(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
