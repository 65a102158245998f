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

    /** PLAIN for a terminal or pipe without UTF-8 (LANG=C): bars of '#', headings underlined with '-'. */
    ReportStyle ASCII = PLAIN.ascii();

    /** The character of a bar: a full block where UTF-8 can be shown. */
    default String block() {
        return "\u2588";
    }

    /** The character that underlines a heading. */
    default String rule() {
        return "\u2500";
    }

    /** This style, with bars and rules in ASCII only. */
    default ReportStyle ascii() {
        ReportStyle self = this;
        return new ReportStyle() {
            @Override
            public String heading(String text) {
                return self.heading(text);
            }

            @Override
            public String alert(String text) {
                return self.alert(text);
            }

            @Override
            public String block() {
                return "#";
            }

            @Override
            public String rule() {
                return "-";
            }
        };
    }

    /** Table headers and section titles. */
    String heading(String text);

    /** Flags that ask for action. */
    String alert(String text);
}
