package nl.logboek.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Platforms are free text and may hold a name; a report shows only the service, or "other". */
class ReportPlatformsTest {
    @ParameterizedTest(name = "\"{0}\" counts as {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "Instagram               | instagram",
            "Instagram @naam_2010    | instagram",
            "@naam op insta          | instagram",
            "WhatsApp-groep 2B       | whatsapp",
            "whatsappgroep klas      | whatsapp",
            "Tik Tok                 | tiktok",
            "e-mail van een ouder    | email",
            "X                       | x",
            "Snapchat (Sam de Vries) | snapchat",
            "Zoë's Snap              | snapchat",
            "groep x                 | overig",
            "telefoon van Noor       | overig",
            "Sam de Vries            | overig",
            "'   '                   | NULL"})
    void aPlatformCountsAsTheFirstServiceNamedInItOrAsOther(String typed, String id) {
        assertEquals(id, Platforms.key(typed));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {"instagram | Instagram", "x | X (Twitter)", "overig | NULL"})
    void aKnownServiceIsShownAsItWritesItsName(String id, String name) {
        assertEquals(name, Platforms.name(id));
    }
}
