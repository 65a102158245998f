package nl.logboek.cli;

import nl.logboek.LogboekException;
import nl.logboek.i18n.Messages;
import org.jline.reader.Completer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.completer.NullCompleter;
import org.jline.reader.impl.completer.StringsCompleter;
import org.jline.terminal.Terminal;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Asks a coordinator on a terminal for what the command line left out. Ctrl-C or Ctrl-D at any
 * question cancels the whole command before anything is written.
 */
final class Prompter implements AutoCloseable {
    private final Terminal terminal;
    private final Messages msg;

    Prompter(Terminal terminal, Messages msg) {
        this.terminal = terminal;
        this.msg = msg;
    }

    PrintWriter writer() {
        return terminal.writer();
    }

    /** Prints lines the command composed; text in them from the logbook or the user is already made safe. */
    void println(String text) {
        terminal.writer().println(text);
        terminal.flush();
    }

    private String read(String prompt, Completer completer) {
        LineReader reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .completer(completer == null ? NullCompleter.INSTANCE : completer)
                .option(LineReader.Option.AUTO_LIST, true)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .variable(LineReader.HISTORY_FILE, null)
                .build();
        try {
            return reader.readLine(String.join("\n", TerminalText.lines(prompt)));
        } catch (UserInterruptException | EndOfFileException e) {
            throw LogboekException.failure("prompt.cancelled");
        }
    }

    /** Asks until {@code parse} accepts the answer; blank is allowed (returns null) unless required. */
    <T> T ask(String prompt, List<String> completions, boolean required, Function<String, T> parse) {
        Completer completer = completions.isEmpty() ? null : new StringsCompleter(completions.stream().map(TerminalText::safe).toList());
        while (true) {
            String answer = read(prompt, completer).strip();
            if (answer.isEmpty()) {
                if (!required) {
                    return null;
                }
                println(msg.get("prompt.required"));
                continue;
            }
            try {
                return parse.apply(answer);
            } catch (LogboekException e) {
                println(TerminalText.safe(e.render(msg)));
            }
        }
    }

    /** Several lines, ended by an empty line; null when the first line is empty. */
    String lines(String prompt) {
        List<String> lines = new ArrayList<>();
        String next = prompt;
        while (true) {
            String line = read(next, null);
            if (line.isBlank()) {
                break;
            }
            lines.add(line.stripTrailing());
            next = "> ";
        }
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    boolean confirm(String prompt) {
        String answer = read(prompt, new StringsCompleter(msg.get("prompt.yes"), msg.get("prompt.no"))).strip().toLowerCase(Locale.ROOT);
        return answer.equals("j") || answer.equals("ja") || answer.equals("y") || answer.equals("yes");
    }

    @Override
    public void close() {
        try {
            terminal.close();
        } catch (IOException ignored) {
            // Nothing was written through a terminal that fails to close.
        }
    }
}
