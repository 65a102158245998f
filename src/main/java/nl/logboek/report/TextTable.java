package nl.logboek.report;

import java.util.ArrayList;
import java.util.List;

/**
 * An aligned table of plain text, at most {@link #WIDTH} columns wide, optionally with a bar per
 * row drawn with block characters. Columns that may wrap share the room the others leave; a cell
 * too long for its column goes on over more lines instead of being cut, so that long labels
 * (protocol titles run to 70 characters) stay readable in a terminal of 80 columns.
 */
final class TextTable {
    static final int WIDTH = 80;
    private static final int GAP = 2;
    private static final int MAX_BAR = 24;
    private static final int MIN_BAR = 8;
    private static final int MIN_WRAPPED = 12;
    /** A cell longer than this many lines is cut, ending in an ellipsis. */
    private static final int MAX_LINES = 3;
    private static final String NOTE_INDENT = "  ";
    private static final String HANG = "  ";

    private final String[] header;
    private final boolean[] right;
    private final boolean[] wraps;
    private int alertColumn = -1;
    private boolean bars;
    private final List<String[]> rows = new ArrayList<>();
    private final List<Integer> values = new ArrayList<>();
    private final List<List<String>> notes = new ArrayList<>();

    TextTable(String... header) {
        this.header = header.clone();
        this.right = new boolean[header.length];
        this.wraps = new boolean[header.length];
    }

    /** Right-aligns these columns (numbers). */
    TextTable right(int... columns) {
        for (int c : columns) {
            right[c] = true;
        }
        return this;
    }

    /** Lets these columns wrap onto more lines when the table would be too wide. */
    TextTable wrapping(int... columns) {
        for (int c : columns) {
            wraps[c] = true;
        }
        return this;
    }

    /** Marks the non-empty cells of this column with the style's alert. */
    TextTable alert(int column) {
        alertColumn = column;
        return this;
    }

    /** Draws a bar after each row, proportional to the value given with the row. */
    TextTable withBars() {
        bars = true;
        return this;
    }

    TextTable row(String... cells) {
        return row(-1, cells);
    }

    /** A row with a bar of {@code value} (none when negative or zero). */
    TextTable row(int value, String... cells) {
        rows.add(cells.clone());
        values.add(value);
        notes.add(new ArrayList<>());
        return this;
    }

    /** A line of text under the last row, indented, outside the columns (wrapped when long). */
    TextTable note(String text) {
        notes.get(notes.size() - 1).add(text);
        return this;
    }

    List<String> render(ReportStyle style) {
        int[] widths = widths();
        int used = GAP * (header.length - 1);
        for (int w : widths) {
            used += w;
        }
        int barWidth = bars ? Math.min(MAX_BAR, WIDTH - used - GAP) : 0;
        int max = values.stream().mapToInt(Integer::intValue).max().orElse(0);
        List<String> out = new ArrayList<>();
        for (String line : lines(header, widths, null, ReportStyle.PLAIN)) {
            out.add(style.heading(line));
        }
        for (int i = 0; i < rows.size(); i++) {
            List<String> lines = lines(rows.get(i), widths, alertColumn, style);
            int value = values.get(i);
            if (bars && value > 0) {
                // Padded by the width of the plain text: the marks of a style take no room on screen.
                int visible = TextReport.width(lines(rows.get(i), widths, null, ReportStyle.PLAIN).get(0));
                lines.set(0, lines.get(0) + " ".repeat(used - visible + GAP) + bar(value, max, barWidth, style.block()));
            }
            out.addAll(lines);
            for (String note : notes.get(i)) {
                wrap(note, WIDTH - NOTE_INDENT.length()).forEach(part -> out.add(NOTE_INDENT + part));
            }
        }
        return out;
    }

    /** Natural widths, with the wrapping columns narrowed (evenly, narrowest first) until the table fits. */
    private int[] widths() {
        int cols = header.length;
        int[] widths = new int[cols];
        for (int c = 0; c < cols; c++) {
            widths[c] = TextReport.width(header[c]);
            for (String[] row : rows) {
                widths[c] = Math.max(widths[c], TextReport.width(row[c]));
            }
        }
        int room = WIDTH - GAP * (cols - 1) - (bars ? GAP + MIN_BAR : 0);
        List<Integer> wrapping = new ArrayList<>();
        for (int c = 0; c < cols; c++) {
            if (wraps[c]) {
                wrapping.add(c);
            } else {
                room -= widths[c];
            }
        }
        wrapping.sort((a, b) -> Integer.compare(widths[a], widths[b]));
        for (int i = 0; i < wrapping.size(); i++) {
            int c = wrapping.get(i);
            int share = Math.max(MIN_WRAPPED, room / (wrapping.size() - i));
            widths[c] = Math.min(widths[c], share);
            room -= widths[c];
        }
        return widths;
    }

    /** One row as lines: each cell wrapped to its width, aligned, joined with gaps. */
    private List<String> lines(String[] cells, int[] widths, Integer alert, ReportStyle style) {
        List<List<String>> wrapped = new ArrayList<>();
        int height = 1;
        for (int c = 0; c < cells.length; c++) {
            List<String> parts = wrap(cells[c], widths[c]);
            wrapped.add(parts);
            height = Math.max(height, parts.size());
        }
        List<String> out = new ArrayList<>();
        for (int line = 0; line < height; line++) {
            StringBuilder b = new StringBuilder();
            for (int c = 0; c < cells.length; c++) {
                if (c > 0) {
                    b.append(" ".repeat(GAP));
                }
                String part = line < wrapped.get(c).size() ? wrapped.get(c).get(line) : "";
                String padding = " ".repeat(widths[c] - TextReport.width(part));
                String shown = alert != null && alert == c && !part.isEmpty() ? style.alert(part) : part;
                b.append(right[c] ? padding + shown : shown + padding);
            }
            out.add(b.toString().stripTrailing());
        }
        return out;
    }

    /**
     * Words onto lines of at most {@code width}, the lines after the first indented by two spaces
     * so that they read as the same cell; a word longer than a line is cut; at most MAX_LINES
     * lines, the last ending in an ellipsis when the text goes on.
     */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        if (TextReport.width(text) <= width) {
            lines.add(text);
            return lines;
        }
        String hang = width > 2 * HANG.length() ? HANG : "";
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            String prefix = lines.isEmpty() ? "" : hang;
            if (TextReport.width(prefix + candidate) <= width) {
                current.setLength(0);
                current.append(candidate);
                continue;
            }
            if (!current.isEmpty()) {
                lines.add(prefix + current);
                prefix = hang;
            }
            current.setLength(0);
            current.append(word);
            while (TextReport.width(prefix + current) > width) {
                String s = current.toString();
                int cut = s.offsetByCodePoints(0, width - prefix.length());
                lines.add(prefix + s.substring(0, cut));
                prefix = hang;
                current.setLength(0);
                current.append(s.substring(cut));
            }
        }
        if (!current.isEmpty()) {
            lines.add((lines.isEmpty() ? "" : hang) + current);
        }
        if (lines.size() > MAX_LINES) {
            String rest = lines.subList(MAX_LINES - 1, lines.size()).stream().map(String::strip)
                    .collect(java.util.stream.Collectors.joining(" "));
            List<String> cut = new ArrayList<>(lines.subList(0, MAX_LINES - 1));
            cut.add(hang + TextReport.fit(rest, width - hang.length()));
            return cut;
        }
        return lines;
    }

    /** A bar proportional to value/max, rounded, at least one block for any value above zero. */
    static String bar(int value, int max, int width) {
        return bar(value, max, width, ReportStyle.PLAIN.block());
    }

    /** The same bar drawn with {@code block} (one column wide): "\u2588", or "#" where the terminal has no UTF-8. */
    static String bar(int value, int max, int width, String block) {
        if (value <= 0 || max <= 0 || width <= 0) {
            return "";
        }
        long n = Math.max(1, ((long) value * width * 2 + max) / (2L * max));
        return block.repeat((int) Math.min(n, width));
    }
}
