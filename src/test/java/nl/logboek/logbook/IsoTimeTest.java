package nl.logboek.logbook;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** IsoTime reads and writes every moment exactly as the ISO formatter does, valid or not. */
class IsoTimeTest {
    @Provide
    Arbitrary<String> times() {
        Arbitrary<String> two = Arbitraries.integers().between(0, 99).map(i -> String.format("%02d", i));
        Arbitrary<String> four = Arbitraries.integers().between(0, 9999).map(i -> String.format("%04d", i));
        Arbitrary<String> offset = Arbitraries.oneOf(
                Combinators.combine(Arbitraries.of("+", "-", "+", "x"), two).as((sg, oh) -> sg + oh + ":00"),
                Arbitraries.of("Z", "z", "X", "+01", "+0100"));
        Arbitrary<String> shaped = Combinators.combine(four, two, two, two, two, two, offset)
                .as((y, mo, d, h, mi, s, o) -> y + "-" + mo + "-" + d + "T" + h + ":" + mi + ":" + s + o);
        Arbitrary<String> plausible = Combinators.combine(Arbitraries.integers().between(1990, 2040),
                        Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 31),
                        Arbitraries.integers().between(0, 23), Arbitraries.integers().between(-14, 14), Arbitraries.of(0, 30, 45, 7))
                .as((y, mo, d, h, oh, om) -> String.format("%04d-%02d-%02dT%02d:17:59%s", y, mo, d, h,
                        oh == 0 && om == 0 ? "Z" : String.format("%s%02d:%02d", oh < 0 ? "-" : "+", Math.abs(oh), om)));
        return Arbitraries.oneOf(shaped, plausible, Arbitraries.strings().ofLength(25).withChars("0123456789-+:T"),
                Arbitraries.strings().ofLength(20).withChars("0123456789-:TZ"),
                Arbitraries.of("2026-10-05T14:03:00Z", "2026-10-05T14:03:00.5+02:00", "2026-02-29T10:00:00+01:00",
                        "2024-02-29T10:00:00+01:00", "2026-10-05T24:00:00+02:00", "2026-10-05T14:03:00+19:00",
                        "2026-02-29T10:00:00Z", "2026-10-05T14:03:00-00:00", "2026-10-05T14:03Z", "2026-10-05t14:03:00z"));
    }

    @Property(tries = 3000)
    void readsEveryTimeAsTheIsoParserDoes(@ForAll("times") String text) {
        assertEquals(iso(text), direct(text), text);
    }

    @Provide
    Arbitrary<OffsetDateTime> moments() {
        Arbitrary<Integer> nanos = Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.just(0),
                Arbitraries.integers().between(0, 999_999_999), Arbitraries.of(500_000_000, 120_000_000, 1000, 1));
        Arbitrary<ZoneOffset> offsets = Arbitraries.oneOf(Arbitraries.just(ZoneOffset.UTC),
                Arbitraries.integers().between(-18 * 3600, 18 * 3600).map(ZoneOffset::ofTotalSeconds),
                Arbitraries.integers().between(-18 * 4, 18 * 4).map(q -> ZoneOffset.ofTotalSeconds(q * 900)));
        Arbitrary<Integer> years = Arbitraries.oneOf(Arbitraries.integers().between(1990, 2100),
                Arbitraries.integers().between(-20000, 20000), Arbitraries.of(0, 9999, 10000, -1));
        return Combinators.combine(years, Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 28),
                        Arbitraries.integers().between(0, 23), Arbitraries.integers().between(0, 59),
                        Arbitraries.integers().between(0, 59), nanos, offsets)
                .as(OffsetDateTime::of);
    }

    @Property(tries = 3000)
    void writesEveryMomentAsTheIsoFormatterDoes(@ForAll("moments") OffsetDateTime t) {
        assertEquals(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t), IsoTime.format(t));
    }

    /** The moment read, or how it was refused: the same exception, with the same message. */
    private static String iso(String text) {
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toString();
        } catch (DateTimeException e) {
            return "refused " + e.getClass().getName() + ": " + e.getMessage();
        }
    }

    private static String direct(String text) {
        try {
            return IsoTime.parse(text).toString();
        } catch (DateTimeException e) {
            return "refused " + e.getClass().getName() + ": " + e.getMessage();
        }
    }
}
