package nl.logboek.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The examples under "Examples:" in help and in the manual pages: a line indented by two spaces
 * is a command line, anything else prose. A command line that does not fit is broken between
 * words (never inside quotes) with a trailing {@code \}, so that it still works
 * when copied; prose is wrapped between words.
 */
public final class HelpExamples {
    /** How much deeper than its first line a broken command line continues. */
    private static final int CONTINUATION = 4;

    private HelpExamples() {
    }

    /** Whether a footer line is a command line (indented), as opposed to prose or a blank line. */
    public static boolean isCommand(String line) {
        return line.startsWith("  ") && !line.isBlank();
    }

    /** The footer lines as they are printed within {@code width} columns. */
    public static List<String> render(List<String> footer, int width) {
        List<String> out = new ArrayList<>();
        for (String line : logicalLines(footer)) {
            out.addAll(isCommand(line) ? wrapCommand(line, width) : wrapProse(line, width));
        }
        return out;
    }

    /**
     * The footer with each command that is continued over several lines (a trailing \) joined into
     * one line, as the shell reads it; {@code %n} in a line starts a new one.
     */
    public static List<String> logicalLines(List<String> footer) {
        List<String> lines = new ArrayList<>();
        StringBuilder command = null;
        for (String line : footer) {
            for (String part : line.split("%n|\\R", -1)) {
                String text = part.stripTrailing();
                if (command != null) {
                    command.append(' ').append(text.strip());
                } else if (isCommand(text)) {
                    command = new StringBuilder(text);
                } else {
                    lines.add(text);
                    continue;
                }
                if (command.length() > 0 && command.charAt(command.length() - 1) == '\\') {
                    command.setLength(command.length() - 1);
                    command = new StringBuilder(command.toString().stripTrailing());
                } else {
                    lines.add(command.toString());
                    command = null;
                }
            }
        }
        if (command != null) {
            lines.add(command.toString());
        }
        return lines;
    }

    /**
     * One command line within {@code width} columns: broken between words with " \" at the end
     * of each line but the last, continuation lines indented deeper. A word longer than a line
     * stays whole.
     */
    public static List<String> wrapCommand(String line, int width) {
        String text = line.stripTrailing();
        if (text.length() <= width) {
            return List.of(text);
        }
        int indent = text.length() - text.stripLeading().length();
        String pad = " ".repeat(indent);
        String more = " ".repeat(indent <= 2 ? indent + CONTINUATION : indent);
        List<String> words = units(words(text.strip()), width - more.length() - 2);
        boolean continued = !words.isEmpty() && words.get(words.size() - 1).equals("\\");
        if (continued) {
            words.remove(words.size() - 1);
        }
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder(pad);
        boolean empty = true;
        for (String w : words) {
            if (!empty && current.length() + 1 + w.length() + 2 > width) {
                lines.add(current.append(" \\").toString());
                current = new StringBuilder(more);
                empty = true;
            }
            if (!empty) {
                current.append(' ');
            }
            current.append(w);
            empty = false;
        }
        lines.add(continued ? current.append(" \\").toString() : current.toString());
        return lines;
    }

    /** Prose within {@code width} columns, broken between words, keeping its indentation. */
    public static List<String> wrapProse(String line, int width) {
        String text = line.stripTrailing();
        if (text.length() <= width) {
            return List.of(text);
        }
        int indent = text.length() - text.stripLeading().length();
        String pad = " ".repeat(indent);
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder(pad);
        boolean empty = true;
        for (String w : text.strip().split(" +")) {
            if (!empty && current.length() + 1 + w.length() > width) {
                lines.add(current.toString());
                current = new StringBuilder(pad);
                empty = true;
            }
            if (!empty) {
                current.append(' ');
            }
            current.append(w);
            empty = false;
        }
        lines.add(current.toString());
        return lines;
    }

    /**
     * The words, each option joined with the value after it when the two fit on a line of
     * {@code room} columns, so that a line does not break between them.
     */
    private static List<String> units(List<String> words, int room) {
        List<String> units = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.startsWith("-") && !w.contains("=") && i + 1 < words.size() && !words.get(i + 1).startsWith("-")
                    && !words.get(i + 1).equals("\\") && !words.get(i + 1).equals("|")
                    && w.length() + 1 + words.get(i + 1).length() <= room) {
                units.add(w + " " + words.get(++i));
            } else {
                units.add(w);
            }
        }
        return units;
    }

    /**
     * The shell words of a command line as written (quotes kept): split at spaces outside single
     * and double quotes (a line may break inside {@code $(...)}: the shell joins it again).
     */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\' && quote == '"' && i + 1 < text.length()) {
                    w.append(c).append(text.charAt(++i));
                    continue;
                }
                if (c == quote) {
                    quote = 0;
                }
                w.append(c);
            } else if (c == '\'' || c == '"') {
                quote = c;
                w.append(c);
            } else if (c == ' ') {
                if (w.length() > 0) {
                    words.add(w.toString());
                    w.setLength(0);
                }
            } else {
                w.append(c);
            }
        }
        if (w.length() > 0) {
            words.add(w.toString());
        }
        return words;
    }
}
