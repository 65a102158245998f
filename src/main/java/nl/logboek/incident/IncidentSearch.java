package nl.logboek.incident;

import nl.logboek.incident.IncidentEvent.Amended;
import nl.logboek.incident.IncidentEvent.Annotated;
import nl.logboek.incident.IncidentEvent.Closed;
import nl.logboek.incident.IncidentEvent.Consent;
import nl.logboek.incident.IncidentEvent.ItemsDone;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * `search`: where a text occurs in an incident, field by field, as the one fold has it (current
 * title, description and people; every note, evidence field, item note, outcome, consent and
 * correction reason in the timeline). Accents, case and runs of white space do not count
 * ({@link SearchText}); the text is taken literally.
 */
public final class IncidentSearch {
    /** The fields a match can be in; their labels are the messages {@code search.field.<key>}. */
    public enum Field {
        TITLE("title"), DESCRIPTION("description"), PERSON("person"), NOTE("note"), PERSONAL_NOTE("personal-note"),
        EVIDENCE("evidence"), ITEMS_NOTE("items-note"), OUTCOME("outcome"), CONSENT("consent"), REASON("reason");

        private final String key;

        Field(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /**
     * One match: the line of text it is in (one line of a field), and where in that line
     * ({@code [start, end)}, in chars of {@code line}); {@code time} is when the entry was written
     * (the report for title, description and people).
     */
    public record Match(String incident, OffsetDateTime time, Field field, String line, int start, int end) {
    }

    private final String needle;

    /** @param text what is searched for; blank is refused by the caller */
    public IncidentSearch(String text) {
        this.needle = SearchText.normalise(text);
    }

    public String needle() {
        return needle;
    }

    public List<Match> in(Incident i) {
        List<Match> out = new ArrayList<>();
        OffsetDateTime reported = i.reportedAt();
        look(out, i, reported, Field.TITLE, i.title());
        look(out, i, reported, Field.DESCRIPTION, i.description());
        for (Person p : i.persons()) {
            look(out, i, reported, Field.PERSON, p.name());
        }
        for (Incident.Entry entry : i.entries()) {
            OffsetDateTime t = entry.line().time();
            IncidentEvent e = entry.event();
            if (e instanceof Annotated a) {
                look(out, i, t, a.personal() ? Field.PERSONAL_NOTE : Field.NOTE, a.text());
                Evidence ev = a.evidence();
                if (ev != null) {
                    for (String s : new String[] {ev.postedBy(), ev.channel(), ev.account(), ev.involved(), ev.url(),
                            ev.postedAt(), ev.screenshotPath()}) {
                        look(out, i, t, Field.EVIDENCE, s);
                    }
                }
            } else if (e instanceof ItemsDone d) {
                look(out, i, t, Field.ITEMS_NOTE, d.note());
            } else if (e instanceof Closed c) {
                look(out, i, t, Field.OUTCOME, c.outcome());
            } else if (e instanceof Consent c) {
                look(out, i, t, Field.CONSENT, c.from());
                look(out, i, t, Field.CONSENT, c.purpose());
            } else if (e instanceof Amended a) {
                look(out, i, t, Field.REASON, a.reason());
            }
        }
        return out;
    }

    private void look(List<Match> out, Incident i, OffsetDateTime time, Field field, String text) {
        if (text == null || text == IncidentEvent.WITHHELD || needle.isEmpty()) {
            return;
        }
        for (String line : text.split("\\R")) {
            int[] at = SearchText.of(line).find(needle);
            if (at != null) {
                out.add(new Match(i.id(), time, field, line, at[0], at[1]));
            }
        }
    }
}
