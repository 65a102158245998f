package nl.logboek.report;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportTextTableTest {
    @Test
    void aLongCellGoesOnOverMoreLinesIndentedAndTheNumbersStayOnItsFirstLine() {
        String label = "Reporting code for domestic violence and child abuse: five steps and more words than fit";
        List<String> lines = new TextTable("", "open").right(1).wrapping(0).withBars()
                .row(3, label, "3").row(1, "Kort", "1").render(ReportStyle.PLAIN);
        for (String line : lines) {
            assertTrue(line.length() <= TextTable.WIDTH, line);
        }
        assertTrue(lines.get(1).startsWith("Reporting code for domestic violence and child abuse: five steps"), lines.toString());
        assertTrue(lines.get(1).contains("  3  \u2588"), lines.get(1));
        assertTrue(lines.get(2).startsWith("  "), "continued, indented: " + lines);
        assertTrue(lines.get(lines.size() - 1).startsWith("Kort "), lines.toString());
    }

    @Test
    void wrappingCutsAWordLongerThanALineAndEndsAfterThreeLinesWithAnEllipsis() {
        assertEquals(List.of("abcdefghij", "  klmnopqr"), TextTable.wrap("abcdefghijklmnopqr", 10));
        List<String> many = TextTable.wrap("een twee drie vier vijf zes zeven acht negen tien", 10);
        assertEquals(3, many.size(), many.toString());
        assertTrue(many.get(2).endsWith("\u2026"), many.toString());
        assertEquals(List.of("past"), TextTable.wrap("past", 4));
    }

    @Test
    void barsAreProportionalWithAtLeastOneBlockForAnyCount() {
        assertEquals(24, TextTable.bar(10, 10, 24).length());
        assertEquals(12, TextTable.bar(5, 10, 24).length());
        assertEquals(1, TextTable.bar(1, 1000, 24).length());
        assertEquals("", TextTable.bar(0, 10, 24));
    }
}
