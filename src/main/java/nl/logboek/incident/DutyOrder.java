package nl.logboek.incident;

import nl.logboek.LogboekException;
import nl.logboek.logbook.Event;
import nl.logboek.protocol.ChecklistItem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The steps of a duty happen in order (the meld- en aangifteplicht: report to the bestuur, the
 * bestuur consults the vertrouwensinspecteur, informs those involved, then files aangifte), and
 * none before the incident itself: a date that breaks that order is refused, naming the step it
 * clashes with.
 */
final class DutyOrder {
    private DutyOrder() {
    }

    static void check(Incident incident, Checklist checklist, ChecklistItem item, LocalDate doneOn) {
        // A new incident's occurrence defaults to the moment it is recorded: only a day given as
        // earlier than that says when the incident itself happened.
        LocalDate occurred = day(incident.occurred());
        if (occurred != null && occurred.isBefore(incident.reportedAt().toLocalDate()) && doneOn.isBefore(occurred)) {
            throw LogboekException.usage("case.date-before-incident", item.id(), doneOn, occurred);
        }
        for (String earlierId : item.notBefore()) {
            checklist.protocol().item(earlierId).ifPresent(earlier -> {
                LocalDate then = dateOf(checklist, earlier);
                if (then != null && doneOn.isBefore(then)) {
                    throw LogboekException.usage("case.date-out-of-order", item.id(), doneOn, earlier.id(), then);
                }
            });
        }
        for (ChecklistItem later : checklist.protocol().items()) {
            if (later.notBefore().contains(item.id())) {
                LocalDate then = dateOf(checklist, later);
                if (then != null && then.isBefore(doneOn)) {
                    throw LogboekException.usage("case.date-out-of-order", later.id(), then, item.id(), doneOn);
                }
            }
        }
    }

    /** The day an item was done: the day the user gave, else the day of the line that completed it. */
    private static LocalDate dateOf(Checklist checklist, ChecklistItem item) {
        Event line = checklist.doneBy(item);
        if (line == null || line.time() == null) {
            return null;
        }
        if (IncidentEvent.of(line) instanceof IncidentEvent.ItemsDone d && d.doneOn() != null) {
            LocalDate given = day(d.doneOn());
            if (given != null) {
                return given;
            }
        }
        return line.time().toLocalDate();
    }

    private static LocalDate day(String text) {
        if (text == null || text.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(text.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
