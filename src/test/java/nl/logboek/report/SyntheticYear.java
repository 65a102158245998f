package nl.logboek.report;

import nl.logboek.incident.EventTypes;
import nl.logboek.LogboekException;
import nl.logboek.incident.CaseActions;
import nl.logboek.incident.Checklist;
import nl.logboek.incident.Incident;
import nl.logboek.incident.IncidentBook;
import nl.logboek.incident.NewIncident;
import nl.logboek.incident.Person;
import nl.logboek.logbook.Event;
import nl.logboek.logbook.Logbook;
import nl.logboek.protocol.Category;
import nl.logboek.protocol.Level;
import nl.logboek.protocol.Partner;
import nl.logboek.protocol.Protocol;
import nl.logboek.protocol.ProtocolRegistry;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;

/**
 * A logbook of a synthetic year, written through the domain API as coordinators would work:
 * a few hundred incidents from December 2025 to December 2026 across every category and
 * protocol, with notes, ticked items, finished steps, escalations, scale-downs and closings at
 * random (seeded) moments, all before {@link #NOW}. It keeps every event it wrote, per incident,
 * so that tests can count what a report should say without the report's code.
 */
final class SyntheticYear {
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    /** When the reports are made: after the last event. */
    static final Instant NOW = LocalDateTime.parse("2027-01-10T09:00").atZone(ZONE).toInstant();
    private static final Instant FIRST = LocalDateTime.parse("2025-12-01T00:00").atZone(ZONE).toInstant();
    private static final Instant LAST = LocalDateTime.parse("2026-12-31T23:00").atZone(ZONE).toInstant();

    /** Platforms as typed, with the id a report must count each under (names in them must never show). */
    static final String[][] PLATFORMS = {
            {"Instagram @sam_2010", "instagram"}, {"WhatsApp-groep 3B", "whatsapp"}, {"snap", "snapchat"},
            {"Tik Tok", "tiktok"}, {"telefoon van Noor", Platforms.OTHER}, {"E-mail", "email"}, {"Discord server klas", "discord"},
            {"X", "x"}, {"YouTube", "youtube"}, {null, null}};
    private static final String[] SEVERITIES = {"laag", "middel", "hoog", "acuut", null};
    private static final String[] KINDS = {"leerling", "medewerker", "derde"};

    /** One incident as generated: its created event first, then every event written for it, in order. */
    static final class Case {
        final int order;
        final String platformKey;
        final List<Event> events = new ArrayList<>();
        Incident state;

        Case(int order, String platformKey) {
            this.order = order;
            this.platformKey = platformKey;
        }

        String id() {
            return events.get(0).incident();
        }

        Event created() {
            return events.get(0);
        }

        Instant reportedAt() {
            return created().time().toInstant();
        }

        String protocol() {
            return created().text("protocol");
        }

        /** Every event after `created`. */
        List<Event> actions() {
            return events.subList(1, events.size());
        }

        Instant closedAt() {
            return actions().stream().filter(e -> EventTypes.CLOSED.equals(e.type())).map(e -> e.time().toInstant())
                    .findFirst().orElse(null);
        }
    }

    private enum Kind { CREATE, ACT, CLOSE }

    private record Planned(Instant at, Kind kind, int caseIndex) {
    }

    final Path file;
    final ProtocolRegistry protocols = ProtocolRegistry.shipped();
    final List<Case> cases = new ArrayList<>();
    private final Random random;
    private final MovableClock clock = new MovableClock();
    private final Logbook logbook;
    private final IncidentBook book;
    private final CaseActions actions;

    private SyntheticYear(Path file, long seed) {
        this.file = file;
        this.random = new Random(seed);
        this.logbook = new Logbook(file, clock);
        this.book = new IncidentBook(logbook);
        this.actions = new CaseActions(logbook, protocols);
    }

    static SyntheticYear write(Path file, int incidents, long seed) {
        SyntheticYear year = new SyntheticYear(file, seed);
        year.generate(incidents);
        return year;
    }

    private void generate(int incidents) {
        PriorityQueue<Planned> plan = new PriorityQueue<>(Comparator.comparing(Planned::at)
                .thenComparing(Planned::kind).thenComparingInt(Planned::caseIndex));
        long span = LAST.getEpochSecond() - FIRST.getEpochSecond();
        List<Instant> created = new ArrayList<>();
        for (int i = 0; i < incidents; i++) {
            created.add(FIRST.plusSeconds((long) (random.nextDouble() * span)));
        }
        created.sort(Comparator.naturalOrder());
        for (int i = 0; i < incidents; i++) {
            plan.add(new Planned(created.get(i), Kind.CREATE, i));
            cases.add(null);
        }
        // Everything is written in the order of time, as it would happen; an incident's later
        // actions are planned when it is created.
        while (!plan.isEmpty()) {
            Planned p = plan.poll();
            clock.at(p.at());
            switch (p.kind()) {
                case CREATE -> {
                    cases.set(p.caseIndex(), create(p.caseIndex()));
                    planActions(p.caseIndex(), p.at(), plan);
                }
                case ACT -> act(cases.get(p.caseIndex()), false);
                case CLOSE -> act(cases.get(p.caseIndex()), true);
            }
        }
    }

    private Case create(int order) {
        String[] platform = PLATFORMS[random.nextInt(PLATFORMS.length)];
        Category category = Category.values()[order % Category.values().length];
        List<Person> persons = new ArrayList<>();
        int people = random.nextInt(3);
        for (int p = 0; p < people; p++) {
            persons.add(new Person("Iemand " + p, p == 0 ? "slachtoffer" : "dader", KINDS[random.nextInt(KINDS.length)]));
        }
        NewIncident spec = new NewIncident("Incident " + order, category, platform[0], null, null, persons,
                SEVERITIES[random.nextInt(SEVERITIES.length)], null);
        // Now and then a protocol chosen by hand, so that every protocol (also the overlays) is followed.
        String protocol = random.nextInt(5) == 0 ? protocols.all().get(random.nextInt(protocols.all().size())).id() : null;
        Incident incident;
        try {
            incident = book.create(spec, protocol, protocols, "coordinator");
        } catch (LogboekException noProtocolFor) {
            incident = book.create(spec, "meldcode", protocols, "coordinator");
        }
        Case c = new Case(order, platform[1]);
        c.events.addAll(incident.timeline());
        c.state = incident;
        return c;
    }

    /** Some incidents are never acted on; the others get a first action, a few more, and often a closing. */
    private void planActions(int index, Instant created, PriorityQueue<Planned> plan) {
        if (random.nextInt(8) == 0) {
            return;
        }
        long[] firstDelays = {10 * 60, 3 * 3600, 24 * 3600, 5 * 86_400L};
        int band = random.nextInt(3);
        Instant at = created.plusSeconds(firstDelays[band] + (long) (random.nextDouble() * (firstDelays[band + 1] - firstDelays[band])));
        int more = random.nextInt(6);
        for (int k = 0; k <= more && at.isBefore(NOW); k++) {
            plan.add(new Planned(at, Kind.ACT, index));
            at = at.plusSeconds(3600 + (long) (random.nextDouble() * 20 * 86_400L));
        }
        if (random.nextInt(100) < 65) {
            at = at.plusSeconds((long) (random.nextDouble() * 15 * 86_400L));
            if (at.isBefore(NOW)) {
                plan.add(new Planned(at, Kind.CLOSE, index));
            }
        }
    }

    private void act(Case c, boolean close) {
        if (c.state.isClosed()) {
            return;
        }
        if (close) {
            record(c, actions.close(c.id(), "Afgerond", true, "Synthetisch jaar", "coordinator"));
            return;
        }
        int choice = random.nextInt(100);
        try {
            if (choice < 30) {
                tick(c);
            } else if (choice < 40) {
                record(c, actions.advance(c.id(), null, "synthetisch jaar", "coordinator"));
            } else if (choice < 62) {
                record(c, actions.escalate(c.id(), false, null, "meer partners nodig", partner(), "coordinator"));
            } else if (choice < 75) {
                record(c, actions.escalate(c.id(), true, null, "doel bereikt", partner(), "coordinator"));
            } else {
                note(c);
            }
        } catch (LogboekException notPossibleNow) {
            // At the top of the ladder, all steps done, no ladder at all: a note is always possible.
            note(c);
        }
    }

    private void tick(Case c) {
        Checklist checklist = Checklist.of(c.state, protocols);
        List<String> open = checklist.lines().stream().filter(l -> l.done() == null).map(l -> l.item().id()).toList();
        if (open.isEmpty()) {
            record(c, actions.advance(c.id(), null, "synthetisch jaar", "coordinator"));
            return;
        }
        List<String> chosen = new ArrayList<>();
        for (String item : open) {
            if (chosen.isEmpty() || random.nextBoolean()) {
                chosen.add(item);
            }
        }
        record(c, actions.tick(c.id(), chosen, null, null, "coordinator"));
    }

    private void note(Case c) {
        Event e = book.annotate(c.id(), "Notitie", null, "coordinator");
        c.events.add(e);
    }

    private String partner() {
        if (random.nextInt(10) < 6) {
            return null;
        }
        List<Partner> all = protocols.partners();
        return all.get(random.nextInt(all.size())).id();
    }

    /** Keeps the events the action wrote: those after the last one this case knows of. */
    private void record(Case c, Incident after) {
        long known = c.events.stream().mapToLong(Event::seq).max().orElse(0);
        after.timeline().stream().filter(e -> e.seq() > known).forEach(c.events::add);
        c.state = after;
    }

    /** Whether any protocol was followed by no incident (the test of "every protocol" would be void). */
    List<String> protocolsNeverUsed() {
        return protocols.all().stream().map(Protocol::id).filter(id -> cases.stream().noneMatch(c -> id.equals(c.protocol()) || c.state.overlays().contains(id))).toList();
    }

    /** The first level of a protocol's ladder, or null without one. */
    String firstLevel(String protocol) {
        return protocols.byId(protocol).map(Protocol::ladder).filter(l -> !l.levels().isEmpty())
                .map(l -> l.levels().get(0)).map(Level::id).orElse(null);
    }

    /** A clock the generator sets to each planned moment. */
    private static final class MovableClock extends Clock {
        private Instant now = FIRST;

        void at(Instant moment) {
            now = moment;
        }

        @Override
        public ZoneId getZone() {
            return ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
