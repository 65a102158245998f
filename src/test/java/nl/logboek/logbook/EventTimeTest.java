package nl.logboek.logbook;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.DateTimeException;
import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The direct reading of event times agrees with the ISO parser on every string, valid or not. */
class EventTimeTest {
    @Provide
    Arbitrary<String> times() {
        Arbitrary<String> two = Arbitraries.integers().between(0, 99).map(i -> String.format("%02d", i));
        Arbitrary<String> four = Arbitraries.integers().between(0, 9999).map(i -> String.format("%04d", i));
        Arbitrary<String> sign = Arbitraries.of("+", "-", "+", "x");
        Arbitrary<String> shaped = Combinators.combine(four, two, two, two, two, two, sign, two)
                .as((y, mo, d, h, mi, s, sg, oh) -> y + "-" + mo + "-" + d + "T" + h + ":" + mi + ":" + s + sg + oh + ":00");
        Arbitrary<String> plausible = Combinators.combine(Arbitraries.integers().between(1990, 2040),
                        Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 31),
                        Arbitraries.integers().between(0, 23), Arbitraries.integers().between(-14, 14), Arbitraries.of(0, 30, 45, 7))
                .as((y, mo, d, h, oh, om) -> String.format("%04d-%02d-%02dT%02d:17:59%s%02d:%02d", y, mo, d, h,
                        oh < 0 ? "-" : "+", Math.abs(oh), om));
        return Arbitraries.oneOf(shaped, plausible, Arbitraries.strings().ofLength(25).withChars("0123456789-+:T"),
                Arbitraries.of("2026-10-05T14:03:00Z", "2026-10-05T14:03:00.5+02:00", "2026-02-29T10:00:00+01:00",
                        "2024-02-29T10:00:00+01:00", "2026-10-05T24:00:00+02:00", "2026-10-05T14:03:00+19:00"));
    }

    @Property(tries = 2000)
    void readsEveryTimeAsTheIsoParserDoes(@ForAll("times") String text) {
        assertEquals(iso(text), direct(text), text);
    }

    private static String iso(String text) {
        try {
            return OffsetDateTime.parse(text, EventCodec.TIME).toString();
        } catch (DateTimeException e) {
            return "refused";
        }
    }

    private static String direct(String text) {
        try {
            return EventCodec.parseTime(text).toString();
        } catch (DateTimeException e) {
            return "refused";
        }
    }
}
