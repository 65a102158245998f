package nl.logboek.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The examples under "Examples:" of every command, in English and in Dutch, work when copied. */
class HelpExamplesTest {
    private static CommandLine tree(boolean dutch) {
        CommandLine cl = CommandLineFactory.create(new App(Map.of(), Clock.systemUTC(), false));
        if (dutch) {
            cl.setResourceBundle(CommandLineFactory.dutchHelp());
        }
        return cl;
    }

    /** "logboek new" (or "logboek" itself) to the footer lines, for every command of the tree. */
    private static Map<String, List<String>> footers(boolean dutch) {
        Map<String, List<String>> footers = new LinkedHashMap<>();
        collect(tree(dutch), footers);
        return footers;
    }

    private static void collect(CommandLine cl, Map<String, List<String>> into) {
        into.put(cl.getCommandSpec().qualifiedName(), List.of(cl.getCommandSpec().usageMessage().footer()));
        for (CommandLine sub : new LinkedHashSet<>(cl.getSubcommands().values())) {
            collect(sub, into);
        }
    }

    @Test
    void everyExampleInEveryHelpTextParsesAsACommandLine() {
        int checked = 0;
        for (boolean dutch : new boolean[] {false, true}) {
            for (Map.Entry<String, List<String>> f : footers(dutch).entrySet()) {
                for (String line : HelpExamples.logicalLines(f.getValue())) {
                    if (!HelpExamples.isCommand(line)) {
                        continue;
                    }
                    for (List<String> args : logboekInvocations(line)) {
                        try {
                            tree(false).parseArgs(args.toArray(String[]::new));
                        } catch (CommandLine.ParameterException e) {
                            fail(f.getKey() + (dutch ? " (nl)" : "") + ": " + line.strip() + "\n  " + e.getMessage());
                        }
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 100, "examples checked: " + checked);
    }

    @Test
    void helpKeepsEveryExampleWithinEightyColumnsWithItsBackslashes() {
        for (String lang : List.of("en", "nl")) {
            for (String command : footers(false).keySet()) {
                List<String> args = new ArrayList<>(List.of("--lang", lang));
                args.addAll(List.of(command.split(" ")).subList(1, command.split(" ").length));
                args.add("--help");
                StringWriter out = new StringWriter();
                CommandLine cl = CommandLineFactory.create(new App(Map.of(), Clock.systemUTC(), false),
                        new PrintWriter(out), new PrintWriter(new StringWriter()));
                assertEquals(0, cl.execute(args.toArray(String[]::new)), command);
                String help = out.toString();
                int at = Math.max(help.indexOf("\nExamples:\n"), help.indexOf("\nVoorbeelden:\n"));
                if (at < 0) {
                    continue;
                }
                String previous = "";
                for (String l : help.substring(at + 1).lines().skip(1).toList()) {
                    assertTrue(l.length() <= 80, command + " (" + lang + "): " + l);
                    if (l.startsWith("      ") && HelpExamples.isCommand(previous)) {
                        assertTrue(previous.endsWith(" \\"), command + " (" + lang + "): continued without \\: " + previous);
                    }
                    previous = l;
                }
            }
        }
    }

    @Test
    void aLongCommandBreaksBetweenWordsNeverInsideQuotesOrBetweenAnOptionAndItsValue() {
        List<String> lines = HelpExamples.wrapCommand("  logboek close k7m2 --outcome \"Gesprekken gevoerd, excuses aangeboden\""
                + " --reason \"Politie ingelicht\" --force", 60);
        assertEquals(List.of("  logboek close k7m2 \\",
                "      --outcome \"Gesprekken gevoerd, excuses aangeboden\" \\",
                "      --reason \"Politie ingelicht\" --force"), lines);
        assertEquals(List.of("  logboek list"), HelpExamples.wrapCommand("  logboek list", 50));
    }

    @Test
    void aCommandContinuedOverSeveralLinesIsOneLineToTheShell() {
        assertEquals(List.of("  logboek new -c hacken -t x --severity hoog", "Prose."),
                HelpExamples.logicalLines(List.of("  logboek new -c hacken \\", "      -t x --severity hoog", "Prose.")));
    }

    /** The logboek commands in a shell line: after a pipe, inside $(...), after VAR=value; comments left out. */
    static List<List<String>> logboekInvocations(String line) {
        List<List<String>> segments = new ArrayList<>();
        List<String> current = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        String s = line.strip();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"' && i + 1 < s.length()) {
                    word.append(s.charAt(++i));
                } else {
                    word.append(c);
                }
                continue;
            }
            if (c == '\'' || c == '"') {
                quote = c;
                word = word == null ? new StringBuilder() : word;
                continue;
            }
            boolean separator = c == '|' || c == ';' || c == ')' || c == '&'
                    || (c == '$' && i + 1 < s.length() && s.charAt(i + 1) == '(');
            if (c == ' ' || separator || (c == '#' && word == null)) {
                if (word != null) {
                    current.add(word.toString());
                    word = null;
                }
                if (c == '#') {
                    break;
                }
                if (separator) {
                    if (c == '$') {
                        i++;
                    }
                    segments.add(current);
                    current = new ArrayList<>();
                }
                continue;
            }
            word = word == null ? new StringBuilder() : word;
            word.append(c);
        }
        assertEquals(0, quote, "unbalanced quotes: " + line);
        if (word != null) {
            current.add(word.toString());
        }
        segments.add(current);
        List<List<String>> invocations = new ArrayList<>();
        for (List<String> segment : segments) {
            int start = 0;
            while (start < segment.size() && segment.get(start).matches("[A-Za-z_][A-Za-z0-9_]*=.*")) {
                start++;
            }
            if (start < segment.size() && segment.get(start).matches("(.*/)?logboek")) {
                List<String> args = new ArrayList<>();
                for (String a : segment.subList(start + 1, segment.size())) {
                    if (a.matches("[0-9]?[<>].*")) {
                        break; // a redirection: the shell's, not logboek's
                    }
                    args.add(a);
                }
                assertFalse(args.contains("\\"), "a backslash left in: " + line);
                invocations.add(List.copyOf(args));
            }
        }
        return invocations;
    }
}
