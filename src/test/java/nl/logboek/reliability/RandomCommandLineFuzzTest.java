package nl.logboek.reliability;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Combinators;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import nl.logboek.logbook.LogbookVerifier;
import nl.logboek.testutil.Cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random command lines, made of the real subcommands and options with valid and junk values, run
 * against a sound logbook. Whatever is typed: no stack trace, no hang, exit 0, 1 or 2, one line on
 * stderr for a failure, and the logbook changes only when a writing command succeeded, and then only
 * by lines appended to a chain that still checks out.
 */
class RandomCommandLineFuzzTest {
    static final int TRIES = 300;
    static final Set<String> WRITERS = Set.of("new", "annotate", "escalate", "close", "next");
    private static Fixture fx;
    private static final AtomicLong[] EXITS = {new AtomicLong(), new AtomicLong(), new AtomicLong()};
    private static final AtomicLong WRITES = new AtomicLong();
    private static long started;

    @BeforeContainer
    static void createBaseLogbook() {
        fx = Fixture.create("logboek-cmdfuzz");
        started = System.nanoTime();
    }

    @AfterContainer
    static void reportFigures() {
        System.out.printf("[reliability] RandomCommandLineFuzzTest: %d tries, exit 0/1/2: %d/%d/%d, %d successful writes, %.1f s%n",
                TRIES, EXITS[0].get(), EXITS[1].get(), EXITS[2].get(), WRITES.get(), (System.nanoTime() - started) / 1e9);
        fx.delete();
    }

    /** A token that stands for a path: filled in per run with a path inside that run's own folder. */
    static final String FOLDER = "\u0001FOLDER";
    static final String NEW_FOLDER = "\u0001NEWFOLDER";
    static final String THE_LOGBOOK = "\u0001LOGBOOK";
    static final String OTHER_LOGBOOK = "\u0001OTHER";

    @Provide
    Arbitrary<List<String>> commandLines() {
        return Arbitraries.frequencyOf(
                Tuple.of(5, mutated(wellFormed())),
                Tuple.of(1, junk()));
    }

    // ---- values: mostly valid, sometimes not -------------------------------------------------

    private static Arbitrary<String> mostly(Arbitrary<String> valid, Arbitrary<String> invalid) {
        return Arbitraries.frequencyOf(Tuple.of(12, valid), Tuple.of(1, invalid));
    }

    private static final Arbitrary<String> WEIRD = Arbitraries.oneOf(
            Arbitraries.of("", " ", "\t", "é ü ✓ 😀", "a\nb", "\u0000", "\u001b[31m", "\uFFFD", "'", "\"", "\\", "{0}",
                    "%s%n", "$(id)", "x".repeat(5000), "--", "-", "-1", "0", "99999999999999999999"),
            Arbitraries.strings().ofMaxLength(12));

    private Arbitrary<String> id() {
        List<String> ids = fx.ids;
        return mostly(Arbitraries.of(ids.get(0), ids.get(1), ids.get(2), ids.get(1).substring(0, 4), ids.get(2).toUpperCase()),
                Arbitraries.oneOf(Arbitraries.of(ids.get(0).substring(0, 1), "zzzzzzzz", "k7m2", "iloi"), WEIRD));
    }

    private static Arbitrary<String> text() {
        return mostly(Arbitraries.of("Gesprek met de mentor", "Ouders gebeld.\nZij doen aangifte.", "Eén ✓ 😀", "x"), WEIRD);
    }

    private static Arbitrary<String> of(String... valid) {
        return mostly(Arbitraries.of(valid), WEIRD);
    }

    private static Arbitrary<String> date() {
        return mostly(Arbitraries.of("2026-11-20", "2026-11-20T15:30", "2026-01-01"),
                Arbitraries.oneOf(Arbitraries.of("2026-13-45", "2099-01-01", "20-11-2026", "gisteren", "2026-11-20T25:61"), WEIRD));
    }

    private static Arbitrary<String> folder() {
        return Arbitraries.of(FOLDER, NEW_FOLDER, THE_LOGBOOK, OTHER_LOGBOOK);
    }

    // ---- command lines --------------------------------------------------------------------------

    private static Arbitrary<List<String>> one(Arbitrary<String> value) {
        return value.map(v -> List.of(v));
    }

    private static Arbitrary<List<String>> flag(String name) {
        return Arbitraries.just(List.of(name));
    }

    private static Arbitrary<List<String>> opt(String name, Arbitrary<String> value) {
        return value.map(v -> List.of(name, v));
    }

    private static Arbitrary<List<String>> maybe(Arbitrary<List<String>> part) {
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(List.<String>of())), Tuple.of(1, part));
    }

    @SafeVarargs
    private static Arbitrary<List<String>> command(String name, List<Arbitrary<List<String>>> required, Arbitrary<List<String>>... optional) {
        List<Arbitrary<List<String>>> parts = new ArrayList<>();
        parts.add(Arbitraries.just(List.of(name)));
        parts.addAll(required);
        for (Arbitrary<List<String>> o : optional) {
            parts.add(maybe(o));
        }
        parts.add(maybe(Arbitraries.oneOf(opt("--lang", of("nl", "en")), opt("--author", text()), flag("--help"),
                opt("--logbook", folder()), opt("--protocols", folder()))));
        return Combinators.combine(parts).as(lists -> {
            List<String> all = new ArrayList<>();
            lists.forEach(all::addAll);
            return all;
        });
    }

    private Arbitrary<List<String>> wellFormed() {
        Arbitrary<String> category = of("cyberpesten", "sexting", "hacken", "grooming", "bedreiging", "medewerker-gedrag");
        return Arbitraries.oneOf(
                command("new", List.of(opt("-c", category), opt("-t", text())), opt("-p", text()), opt("--occurred", date()),
                        opt("-d", text()), opt("--person", of("Sam:slachtoffer:leerling", "Alex:dader", "Noor:getuige:derde")),
                        opt("--severity", of("laag", "middel", "hoog", "acuut")), opt("--source", of("openbaar", "prive-account", "om-bevel")),
                        opt("--protocol", of("sexting-loverboys", "meldcode", "online-jeugdcriminaliteit")), flag("-q"), flag("--json")),
                command("annotate", List.of(one(id()), one(text())), opt("--done", of("1", "2", "3", "signalen-vastgelegd", "1,2")),
                        opt("--done-on", date()), flag("--evidence"), opt("--posted-by", text()), opt("--channel", text()),
                        opt("--url", of("https://instagram.com/p/xyz")), opt("--posted-at", date()), opt("--screenshot", folder()),
                        flag("-q"), flag("--json")),
                command("escalate", List.of(one(id()), opt("--reason", of("meer-partners-nodig", "doel-bereikt", "1", "ouders weigeren"))),
                        opt("--to", of("school", "cjg", "zorg-en-veiligheidshuis")), flag("--down"), opt("--partner", of("cjg", "politie")),
                        flag("--json")),
                command("close", List.of(one(id()), opt("--outcome", text())), flag("--force"), opt("--reason", text()), flag("--json")),
                command("next", List.of(one(id())), flag("--advance")),
                command("list", List.of(), opt("--status", of("open", "opgeschaald", "afgeschaald", "gesloten", "open,gesloten")),
                        opt("-c", category), opt("--since", date()), opt("--until", date()), flag("--json")),
                command("show", List.of(one(id())), flag("--json")),
                command("verify", List.of(), flag("--json"), flag("--repair")),
                command("backup", List.of(one(folder())), flag("--json")),
                command("protocols", List.of(), flag("--json")),
                command("protocols", List.of(Arbitraries.just(List.of("show")), one(of("sexting-loverboys", "meldcode")))),
                command("protocols", List.of(Arbitraries.just(List.of("check")), one(folder()))),
                command("help", List.of(one(of("new", "escalate", "backup")))));
    }

    /** Sometimes a token is dropped, doubled or a junk token is put in. */
    private static Arbitrary<List<String>> mutated(Arbitrary<List<String>> lines) {
        Arbitrary<String> token = Arbitraries.oneOf(WEIRD, Arbitraries.of("--json", "--down", "-q", "--unknown", "--tit", "-x"));
        Arbitrary<Integer> how = Arbitraries.integers().between(0, 11);
        return Combinators.combine(lines, how, Arbitraries.doubles().between(0, 1), token).as((line, h, at, t) -> {
            List<String> out = new ArrayList<>(line);
            if (out.size() < 2) {
                return out;
            }
            int i = 1 + Math.min(out.size() - 2, (int) (at * (out.size() - 1))); // the subcommand itself stays
            switch (h) {
                case 0 -> out.remove(i);
                case 1 -> out.add(i, out.get(i));
                case 2 -> out.add(i + 1, t);
                default -> {
                    // left as generated
                }
            }
            return out;
        });
    }

    /** Tokens in any order: real commands and options, values, junk. */
    private Arbitrary<List<String>> junk() {
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.of("new", "annotate", "list", "show", "next", "escalate", "close", "protocols", "verify", "backup", "help",
                        "nieuw", "-t", "-c", "--person", "--done", "--reason", "--to", "--down", "--outcome", "--repair", "--status",
                        "--lang", "--logbook", "--help", "-V", "--version", "--unknown"),
                id(), text(), date(), folder());
        return word.list().ofMaxSize(7);
    }

    /**
     * The values of --logbook and backup's DIR name files to write: a relative one would land in the
     * build folder, so it is moved into this run's folder (the value itself still varies).
     */
    static void keepPathsInside(Path dir, List<String> args) {
        boolean backup = args.contains("backup");
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            boolean pathValue = i > 0 && args.get(i - 1).equals("--logbook") || backup && !a.startsWith("-");
            if (pathValue && !Path.of(a.replace("\u0000", "")).isAbsolute()) {
                args.set(i, dir.resolve("rel").resolve(a.replace("/", "_").replace("\u0000", "_")).toString());
            }
        }
    }

    // Edge cases off: jqwik's would mostly be the first command with its first token dropped; the value
    // pools above already hold the edge cases that matter (empty, blank, huge, control characters).
    @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
    void anyCommandLineEndsCleanlyAndChangesTheLogbookOnlyByASuccessfulWrite(@ForAll("commandLines") List<String> line)
            throws IOException {
        Path dir = fx.freshFolder();
        Cli cli = fx.cliWith(dir, fx.logbook);
        Path file = cli.logbook();
        List<String> args = new ArrayList<>();
        for (String t : line) {
            args.add(switch (t) {
                case FOLDER -> dir.toString();
                case NEW_FOLDER -> dir.resolve("new-folder").toString();
                case THE_LOGBOOK -> file.toString();
                case OTHER_LOGBOOK -> dir.resolve("other.jsonl").toString();
                default -> t;
            });
        }
        keepPathsInside(dir, args);
        Set<String> before = Fixture.names(dir);
        Set<String> workingDir = Fixture.names(Path.of(""));
        Cli.Result r = Fixture.runChecked(cli, args.toArray(String[]::new));
        EXITS[r.exit()].incrementAndGet();
        if (Boolean.getBoolean("logboek.fuzz.trace")) {
            System.out.println("exit " + r.exit() + ": " + args + " " + r.err().strip());
        }
        assertTrue(workingDir.containsAll(Fixture.names(Path.of(""))), "wrote outside the test folder");
        byte[] after = Files.readAllBytes(file);
        String why = r.describe();
        if (r.exit() != 0) {
            assertArrayEquals(fx.logbook, after, "a failed command changed the logbook" + why);
            Set<String> allowed = new HashSet<>(before);
            allowed.addAll(Fixture.SIDE_FILES);
            assertTrue(allowed.containsAll(Fixture.names(dir)), "a failed command made files: " + Fixture.names(dir) + why);
        } else if (!java.util.Arrays.equals(fx.logbook, after)) {
            assertTrue(args.stream().anyMatch(WRITERS::contains), "the logbook changed without a writing command" + why);
            assertTrue(Fixture.isPrefix(fx.logbook, after), "a write only appends" + why);
            assertTrue(LogbookVerifier.verify(file).ok(), "the chain checks out after the write" + why);
            WRITES.incrementAndGet();
        }
    }
}
