package nl.logboek.logbook;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What counts as left beside a logbook is decided by hand, exactly as the regular expression it replaced decided. */
class LeftoversTest {
    private static Pattern asBefore(String name) {
        return Pattern.compile(Pattern.quote(name) + "\\.\\d{8}T\\d{6}\\.pre-purge"
                + "|\\." + Pattern.quote(name) + "\\.purge-tmp"
                + "|\\." + Pattern.quote(name) + "\\.\\d+\\.tmp");
    }

    @Test
    void theLeftoversOfAKilledPurgeOrWriteAreFoundAndNothingElse() {
        for (String name : List.of("logboek.jsonl", "a.b", "x", "log.1.tmp", ".hidden", "n(1)[2]*.jsonl", "Noör.jsonl")) {
            List<String> files = List.of(
                    name + ".20261204T034512.pre-purge", name + ".2026120T034512.pre-purge", name + ".20261204T0345121.pre-purge",
                    name + ".20261204X034512.pre-purge", name + "_20261204T034512.pre-purge", name + ".2026120aT034512.pre-purge",
                    name + ".20261204T034512.pre-purgeX", "x" + name + ".20261204T034512.pre-purge",
                    "." + name + ".purge-tmp", "." + name + ".purge-tmpx", name + ".purge-tmp", ".." + name + ".purge-tmp",
                    "." + name + ".1.tmp", "." + name + ".12345.tmp", "." + name + "..tmp", "." + name + ".1a.tmp",
                    "." + name + ".1.tmp.tmp", "." + name + ".-1.tmp", "." + name + ".٣.tmp", name + ".1.tmp", "." + name + ".1.tm",
                    name, "." + name, "." + name + ".lock", "." + name + ".idx", ".tmp", "");
            Pattern before = asBefore(name);
            for (String f : files) {
                assertEquals(before.matcher(f).matches(), Leftovers.leftBeside(f, name), name + " / " + f);
            }
        }
    }
}
