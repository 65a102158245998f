package nl.logboek.report;

import nl.logboek.i18n.Messages;
import nl.logboek.protocol.ChecklistItem;
import nl.logboek.protocol.Level;
import nl.logboek.protocol.LocalizedText;
import nl.logboek.protocol.Partner;
import nl.logboek.protocol.Protocol;
import nl.logboek.protocol.ProtocolRegistry;
import nl.logboek.protocol.Step;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * The words of a report in the user's language: labels for the ids in the model, durations,
 * dates. An id the program has no label for is shown as the id itself, never dropped.
 */
public final class ReportLabels {
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** Days and moments in Dutch read dd-mm-jjjj (uu:mm), as in every message; the JSON report keeps ISO. */
    private static final DateTimeFormatter MINUTES_NL = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
    private static final DateTimeFormatter DAY_NL = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final Messages msg;
    private final ProtocolRegistry protocols;
    private final ZoneId zone;

    public ReportLabels(Messages msg, ProtocolRegistry protocols, ZoneId zone) {
        this.msg = msg;
        this.protocols = protocols;
        this.zone = zone;
    }

    public String language() {
        return msg.language();
    }

    public String get(String key, Object... args) {
        return msg.get(key, args);
    }

    public String notGiven() {
        return msg.get("report.not-given");
    }

    public String category(String id) {
        return known(id, "category.");
    }

    public String severity(String id) {
        return known(id, "severity.");
    }

    private String known(String id, String prefix) {
        if (id == null) {
            return notGiven();
        }
        return msg.has(prefix + id) ? msg.get(prefix + id) : clean(id);
    }

    /** A platform id as the service writes its name; "other" and "not given" in the user's language. */
    public String platform(String id) {
        if (id == null) {
            return notGiven();
        }
        String name = Platforms.name(id);
        return name != null ? name : Platforms.OTHER.equals(id) ? msg.get("report.platform-other") : clean(id);
    }

    public String protocol(String id) {
        if (id == null) {
            return notGiven();
        }
        return protocols.byId(id).map(p -> text(p.title(), id)).orElse(clean(id));
    }

    public String step(String protocolId, String stepId) {
        if (stepId == null) {
            return "";
        }
        return findProtocol(protocolId).flatMap(p -> p.step(stepId)).map(Step::title).map(t -> text(t, stepId)).orElse(clean(stepId));
    }

    public String level(String protocolId, String levelId) {
        if (levelId == null) {
            return "";
        }
        return findProtocol(protocolId).map(Protocol::ladder).flatMap(l -> l.level(levelId)).map(Level::title)
                .map(t -> text(t, levelId)).orElse(clean(levelId));
    }

    /** An item's text; found in another loaded protocol when its own does not have it (any more); else its id. */
    public String item(String protocolId, String itemId) {
        return findProtocol(protocolId).flatMap(p -> p.item(itemId))
                .or(() -> protocols.all().stream().flatMap(p -> p.item(itemId).stream()).findFirst())
                .map(ChecklistItem::text).map(t -> text(t, itemId)).orElse(clean(itemId));
    }

    /**
     * A mandatory item as the report's list of items open names it: every format shows it through
     * here, so that a mark of what kind of duty it is (law, rule of the protocol, advice) can be
     * added in this one place.
     */
    public String openItem(String protocolId, String itemId) {
        return item(protocolId, itemId);
    }

    public String partner(String id) {
        if (id == null) {
            return msg.get("report.no-partner");
        }
        return protocols.partner(id).map(Partner::name).map(n -> text(n, id)).orElse(clean(id));
    }

    private Optional<Protocol> findProtocol(String id) {
        return id == null ? Optional.empty() : protocols.byId(id);
    }

    private String text(LocalizedText t, String fallback) {
        String s = t == null ? null : t.in(msg.language());
        return clean(s == null || s.isBlank() ? fallback : s);
    }

    /** The period as people name it: "oktober 2026", "2026", or its first and last day. */
    public String period(ReportPeriod p) {
        return switch (p.kind()) {
            case MONTH -> DateTimeFormatter.ofPattern("LLLL yyyy", locale()).format(YearMonth.from(p.first()));
            case YEAR -> String.valueOf(p.first().getYear());
            case RANGE -> days(p);
        };
    }

    public String days(ReportPeriod p) {
        return msg.get("report.days", day(p.first()), day(p.last()));
    }

    private String day(java.time.LocalDate d) {
        return msg.dutch() ? DAY_NL.format(d) : d.toString();
    }

    private Locale locale() {
        return msg.dutch() ? Locale.forLanguageTag("nl-NL") : Locale.UK;
    }

    /** A time zone as people name it: "Midden-Europese tijd", "Coordinated Universal Time". */
    public String zoneName(ZoneId z) {
        String id = z.normalized().getId();
        ZoneId named = "Z".equals(id) || id.startsWith("Etc/") || "UTC".equals(id) || "GMT".equals(id) ? ZoneId.of("Etc/UTC") : z;
        return named.getDisplayName(java.time.format.TextStyle.FULL_STANDALONE, locale());
    }

    /** A month of the trend, short: "okt 2026", "Oct 2026". */
    public String month(YearMonth m) {
        return DateTimeFormatter.ofPattern("LLL yyyy", locale()).format(m).replace(".", "");
    }

    /** A month in full: "oktober 2026". */
    public String monthLong(YearMonth m) {
        return DateTimeFormatter.ofPattern("LLLL yyyy", locale()).format(m);
    }

    public String dateTime(Instant t) {
        return (msg.dutch() ? MINUTES_NL : MINUTES).format(t.atZone(zone));
    }

    public String date(Instant t) {
        return day(t.atZone(zone).toLocalDate());
    }

    public ZoneId zone() {
        return zone;
    }

    /** Whole minutes, hours and days, rounded down: "12 min", "5 h 12 min", "3 d 4 h"; "-" for none. */
    public String duration(Long seconds) {
        if (seconds == null) {
            return "-";
        }
        long minutes = seconds / 60;
        long hours = minutes / 60;
        long days = hours / 24;
        if (days > 0) {
            return msg.get("report.duration.days", days, hours % 24);
        }
        if (hours > 0) {
            return msg.get("report.duration.hours", hours, minutes % 60);
        }
        return msg.get("report.duration.minutes", minutes);
    }

    /** Text from outside the program (platforms as typed, titles, organisation protocols) on one line, without control characters. */
    public static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029 || Character.getType(cp) == Character.FORMAT) {
                b.append(' ');
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString().strip();
    }
}
