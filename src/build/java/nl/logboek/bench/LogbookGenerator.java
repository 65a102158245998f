package nl.logboek.bench;

import nl.logboek.incident.EventTypes;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.logboek.logbook.EventCodec;
import nl.logboek.logbook.EventType;
import nl.logboek.logbook.IncidentIds;
import nl.logboek.json.JsonTrees;
import nl.logboek.logbook.PrivateFiles;
import nl.logboek.protocol.Category;
import nl.logboek.protocol.Level;
import nl.logboek.protocol.Protocol;
import nl.logboek.protocol.ProtocolRegistry;
import nl.logboek.protocol.Step;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;

/**
 * Writes a synthetic logbook for benchmarks: realistic mixes of categories, protocols, steps,
 * escalations and closings over several years, about ten events per incident, written straight
 * through the event codec (fast) in time order, so that it passes `logboek verify`.
 *
 * <p>Usage: {@code LogbookGenerator INCIDENTS FILE [YEARS] [SEED]}
 */
public final class LogbookGenerator {
    private static final String[] FIRST = {"Sam", "Noor", "Daan", "Lisa", "Mo", "Fatima", "Jesse", "Emma", "Milan", "Sara",
            "Yusuf", "Julia", "Luuk", "Aya", "Finn", "Zoë", "Bram", "Ilse", "Omar", "Tess"};
    private static final String[] LAST = {"de Vries", "Jansen", "Bakker", "El Amrani", "Visser", "Smit", "Yilmaz", "de Boer",
            "Mulder", "Bos", "Peters", "Hendriks", "van Dijk", "Kaya", "Dekker"};
    private static final String[] PLATFORMS = {"WhatsApp", "Snapchat", "Instagram", "TikTok", "Discord", "YouTube", "Telegram"};
    private static final String[] SEVERITY = {"laag", "middel", "middel", "hoog", "acuut"};
    private static final String[][] CATEGORY_WEIGHTS = {
            {"cyberpesten", "30"}, {"bedreiging", "10"}, {"sexting", "10"}, {"sextortion", "5"}, {"grooming", "4"},
            {"loverboy", "3"}, {"reputatieschade", "10"}, {"hacken", "10"}, {"zorgwekkend-bericht", "8"},
            {"grensoverschrijdend-professional", "4"}, {"medewerker-gedrag", "2"}, {"media-incident", "4"}};

    private record Planned(OffsetDateTime time, String incident, String type, String author, ObjectNode payload) {
    }

    private static final class Case implements Comparable<Case> {
        final List<Planned> events;
        int next;

        Case(List<Planned> events) {
            this.events = events;
        }

        OffsetDateTime nextTime() {
            return events.get(next).time();
        }

        @Override
        public int compareTo(Case o) {
            return nextTime().compareTo(o.nextTime());
        }
    }

    private final Random random;
    private final ProtocolRegistry protocols = ProtocolRegistry.shipped();
    private final Set<String> ids = new HashSet<>();
    private final ZoneId zone = ZoneId.of("Europe/Amsterdam");

    LogbookGenerator(long seed) {
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: generate-logbook INCIDENTS FILE [YEARS] [SEED]");
            System.exit(2);
        }
        int incidents = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]);
        int years = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
        long events = new LogbookGenerator(seed).write(incidents, file, years);
        System.out.println(file + ": " + incidents + " incidents, " + events + " events, " + Files.size(file) + " bytes");
    }

    long write(int incidents, Path file, int years) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        PrivateFiles.createFolders(dir);
        Files.deleteIfExists(file);
        PrivateFiles.createFile(file);
        ZonedDateTime end = ZonedDateTime.of(2026, 11, 1, 0, 0, 0, 0, zone);
        ZonedDateTime start = end.minusYears(years);
        long span = Duration.between(start, end).getSeconds();
        PriorityQueue<Case> active = new PriorityQueue<>();
        long seq = 0;
        String prev = "0".repeat(64);
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 20)) {
            ObjectNode header = JsonTrees.object();
            header.put("format", EventCodec.VERSION);
            boolean signed = "1".equals(System.getenv("SIGNED"));
            // A signed log has an id of its own, so its key never replaces that of the unsigned log of the same size.
            header.put("logbook_id", (signed ? "benchsigned" : "benchmark") + Long.toString(incidents, 36));
            // SIGNED=1: every line signed with a new writer key, kept where logboek looks for it
            // ($XDG_CONFIG_HOME/logboek/writer-keys/), as a logbook written since signatures is.
            nl.logboek.logbook.WriterKey signer = null;
            if (signed) {
                signer = nl.logboek.logbook.WriterKey.generate();
                signer.write(new nl.logboek.logbook.EnvKeySource(System.getenv(), null)
                        .writerKeyFile(file, header.get("logbook_id").asText(), null), null);
                header.put("writer_key", signer.publicKey());
            }
            EventCodec.Encoded h = EventCodec.encode(++seq, null, EventType.LOGBOOK, start.toOffsetDateTime(), prev, "bench", header,
                    null, signer);
            out.write(h.line());
            prev = h.hash();
            for (int n = 0; n < incidents; n++) {
                OffsetDateTime created = start.plusSeconds(span * n / incidents + random.nextInt(600)).toOffsetDateTime();
                active.add(new Case(plan(created, end.toOffsetDateTime(), incidents - n <= RECENT)));
                while (!active.isEmpty() && (n == incidents - 1 || active.peek().nextTime().isBefore(created.plusSeconds(1)))) {
                    Case c = active.poll();
                    Planned p = c.events.get(c.next++);
                    EventCodec.Encoded enc = EventCodec.encode(++seq, p.incident(), p.type(), p.time(), prev, p.author(), p.payload(),
                            null, signer);
                    out.write(enc.line());
                    prev = enc.hash();
                    if (c.next < c.events.size()) {
                        active.add(c);
                    }
                }
            }
        }
        return seq;
    }

    private String category() {
        int total = 0;
        for (String[] w : CATEGORY_WEIGHTS) {
            total += Integer.parseInt(w[1]);
        }
        int r = random.nextInt(total);
        for (String[] w : CATEGORY_WEIGHTS) {
            r -= Integer.parseInt(w[1]);
            if (r < 0) {
                return w[0];
            }
        }
        return "cyberpesten";
    }

    private String name() {
        return FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
    }

    /** One incident's events, each later than the one before; none after {@code end}. */
    /**
     * How many of the last incidents may still be open. A team closes its cases within weeks to
     * months, whatever the size of its logbook: the open ones are a working set of tens, not a
     * share of years of records (so `list --status open` lists about as many at every size).
     */
    static final int RECENT = 150;

    private List<Planned> plan(OffsetDateTime created, OffsetDateTime end, boolean recent) {
        String id = IncidentIds.newId(random, ids);
        ids.add(id);
        String category = category();
        boolean staffTarget = category.equals("grensoverschrijdend-professional") || random.nextInt(20) == 0;
        String target = staffTarget ? "medewerker" : "leerling";
        Protocol protocol = protocols.select(category, target).orElseThrow();
        String author = "coördinator " + (1 + random.nextInt(6));
        List<Planned> events = new ArrayList<>();
        ObjectNode p = JsonTrees.object();
        p.put("title", Category.byId(category).map(c -> c.id()).orElse(category) + " #" + id);
        p.put("category", category);
        p.put("platform", PLATFORMS[random.nextInt(PLATFORMS.length)]);
        p.put("occurred", created.minusHours(random.nextInt(48)).toLocalDate().toString());
        p.put("description", "Synthetic incident for benchmarks.");
        ArrayNode persons = p.putArray("persons");
        persons.addObject().put("name", name()).put("role", "slachtoffer").put("kind", target);
        for (int i = random.nextInt(3); i > 0; i--) {
            persons.addObject().put("name", name()).put("role", random.nextBoolean() ? "dader" : "getuige").put("kind", "leerling");
        }
        p.put("severity", SEVERITY[random.nextInt(SEVERITY.length)]);
        p.put("source", random.nextInt(10) == 0 ? "prive-account" : "openbaar");
        p.put("target", target);
        p.put("protocol", protocol.id());
        events.add(new Planned(created, id, EventTypes.CREATED, author, p));

        OffsetDateTime t = created;
        for (int i = 1 + random.nextInt(2); i > 0; i--) {
            t = t.plusMinutes(30 + random.nextInt(60 * 48));
            events.add(new Planned(t, id, EventTypes.ANNOTATED, author, JsonTrees.object().put("text", "Gesprek gevoerd.")));
        }
        List<Step> steps = protocol.steps();
        int stepsDone = Math.min(steps.size(), 2 + random.nextInt(3));
        for (int s = 0; s < stepsDone; s++) {
            Step step = steps.get(s);
            if (step.items().isEmpty()) {
                continue;
            }
            t = t.plusHours(2 + random.nextInt(24 * 5));
            ObjectNode items = JsonTrees.object();
            ArrayNode arr = items.putArray("items");
            step.items().forEach(it -> arr.add(it.id()));
            events.add(new Planned(t, id, EventTypes.ITEMS_DONE, author, items));
            ObjectNode done = JsonTrees.object();
            done.put("step", step.id());
            done.put("next", s + 1 < steps.size() ? steps.get(s + 1).id() : null);
            done.put("how", "all-items");
            events.add(new Planned(t, id, EventTypes.STEP_DONE, author, done));
        }
        if (protocol.ladder() != null && random.nextInt(4) == 0) {
            Level from = protocol.ladder().levels().get(0);
            Level to = protocol.ladder().levels().get(1);
            t = t.plusHours(1 + random.nextInt(72));
            events.add(new Planned(t, id, EventTypes.ESCALATED, author, ladderMove(from, to, protocol.ladder().up(), false)));
            if (random.nextBoolean()) {
                t = t.plusDays(3 + random.nextInt(30));
                events.add(new Planned(t, id, EventTypes.DE_ESCALATED, author, ladderMove(to, from, protocol.ladder().down(), true)));
            }
        }
        // Real logbooks close every incident in the end; some of the most recent are still open.
        boolean closes = !recent || random.nextInt(10) < 6;
        if (closes) {
            t = t.plusDays(1 + random.nextInt(60));
            ObjectNode closed = JsonTrees.object();
            closed.put("outcome", "Afgerond.");
            closed.put("forced", false);
            closed.putArray("open_mandatory");
            events.add(new Planned(t, id, EventTypes.CLOSED, author, closed));
        }
        if (closes) {
            events = fitBefore(events, created, end);
        }
        events.removeIf(e -> e.time().isAfter(end));
        return events;
    }

    /** An older case's events squeezed (in order) between its creation and the end, so that it is closed by then. */
    private static List<Planned> fitBefore(List<Planned> events, OffsetDateTime created, OffsetDateTime end) {
        OffsetDateTime last = events.get(events.size() - 1).time();
        if (!last.isAfter(end)) {
            return events;
        }
        long room = Duration.between(created, end).getSeconds() - 60;
        long span = Duration.between(created, last).getSeconds();
        List<Planned> fitted = new ArrayList<>();
        for (Planned p : events) {
            long offset = Duration.between(created, p.time()).getSeconds() * room / span;
            fitted.add(new Planned(created.plusSeconds(offset), p.incident(), p.type(), p.author(), p.payload()));
        }
        return fitted;
    }

    private static ObjectNode ladderMove(Level from, Level to, List<nl.logboek.protocol.Criterion> criteria, boolean base) {
        ObjectNode o = JsonTrees.object();
        o.put("from", from.id());
        o.put("to", to.id());
        o.put("partner", to.partners().isEmpty() ? null : to.partners().get(0));
        o.put("regie", to.regie() == null ? null : to.regie().nl());
        ObjectNode c = o.putObject("criterion");
        c.put("id", criteria.isEmpty() ? null : criteria.get(0).id());
        c.put("text", criteria.isEmpty() ? "benchmark" : criteria.get(0).text().nl());
        o.put("base", base);
        return o;
    }
}
