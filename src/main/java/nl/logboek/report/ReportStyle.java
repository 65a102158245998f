package nl.logboek.report;

/**
 * How the text report marks headings and flags. The command passes one made from picocli's Ansi
 * on a terminal and {@link #PLAIN} everywhere else (pipes, files, NO_COLOR), so that this package
 * needs no terminal code and the layout is computed on the plain text only.
 */
public interface ReportStyle {
    /** No marks at all: the text as it is. */
    ReportStyle PLAIN = new ReportStyle() {
        @Override
        public String heading(String text) {
            return text;
        }

        @Override
        public String alert(String text) {
            return text;
        }
    };

    /** Table headers and section titles. */
    String heading(String text);

    /** Flags that ask for action. */
    String alert(String text);
}
