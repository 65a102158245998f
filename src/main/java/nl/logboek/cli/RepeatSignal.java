package nl.logboek.cli;

import nl.logboek.LogboekException;
import nl.logboek.incident.IncidentBook;
import nl.logboek.incident.Involvement;
import nl.logboek.incident.Person;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The repeat signal of `new` and `amend --add-person`: someone of the incident just written who
 * is involved in at least LOGBOEK_REPEAT_COUNT incidents (this one included) reported in the last
 * LOGBOEK_REPEAT_DAYS days gets one line on stderr, naming that person alone. Only the incidents
 * reported in the period are read, and only when a person is at the terminal.
 */
final class RepeatSignal {
    static final String COUNT = "LOGBOEK_REPEAT_COUNT";
    static final String DAYS = "LOGBOEK_REPEAT_DAYS";

    private final int threshold;
    private final int days;

    private RepeatSignal(int threshold, int days) {
        this.threshold = threshold;
        this.days = days;
    }

    /** Read before anything is written: an invalid value is a usage error naming the variable. */
    static RepeatSignal of(Map<String, String> env) {
        return new RepeatSignal(positive(env, COUNT, 2), positive(env, DAYS, 90));
    }

    private static int positive(Map<String, String> env, String name, int otherwise) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException notANumber) {
            // below
        }
        throw LogboekException.usage("repeat.invalid", name, value);
    }

    /** Prints the signal for each of {@code persons} involved often enough; nothing when there are none. */
    void check(IncidentBook book, List<Person> persons, Instant now, Context ctx, PrintWriter err) {
        // For the coordinator at the terminal: reading the period's people costs a script's `new`
        // about 0.13 s at 100,000 incidents, until an index of people makes it cheap.
        if (persons.isEmpty() || !ctx.app.terminal()) {
            return;
        }
        List<Involvement.Repeat> repeats = Involvement.repeats(persons,
                book.peopleReportedSince(Involvement.periodStart(now, days)), threshold);
        for (Involvement.Repeat r : repeats) {
            String name = TerminalText.safe(r.name());
            err.println(ctx.messages().get("repeat.signal", name, r.incidents(), days, name.replace("\"", "\\\"")));
        }
        err.flush();
    }
}
