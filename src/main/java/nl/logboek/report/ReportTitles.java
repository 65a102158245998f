package nl.logboek.report;

import nl.logboek.i18n.Messages;
import nl.logboek.incident.SearchText;
import nl.logboek.protocol.ChecklistItem;
import nl.logboek.protocol.Level;
import nl.logboek.protocol.LocalizedText;
import nl.logboek.protocol.Partner;
import nl.logboek.protocol.Protocol;
import nl.logboek.protocol.ProtocolRegistry;
import nl.logboek.protocol.Step;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a report with detail shows of an incident's title: only the words of a known vocabulary
 * (the loaded protocols' own words, the category labels in both languages, and the common Dutch
 * and English words of {@code common-words.txt}); every other word is replaced by "…", so a name
 * nobody recorded as a person ("Ruzie tussen Kees Jansen en Piet") does not reach the report.
 * A title of which no word is left is not shown at all (the report shows the category and id).
 * The pseudonyms of the people recorded ("Persoon 1", "Medewerker 2") are kept as they are.
 */
final class ReportTitles {
    static final String MASK = "\u2026";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019][\\p{L}]+)*");
    private static final Pattern PSEUDONYM = Pattern.compile("(?:Persoon|Medewerker) \\d+");

    private final Set<String> words;

    private ReportTitles(Set<String> words) {
        this.words = words;
    }

    /** The vocabulary of the protocols loaded, the categories and the common word list. */
    static ReportTitles of(ProtocolRegistry protocols) {
        Set<String> words = new HashSet<>(common());
        for (Protocol p : protocols.all()) {
            add(words, p.title());
            add(words, p.description());
            for (Step s : p.steps()) {
                add(words, s.title());
            }
            for (ChecklistItem item : p.items()) {
                add(words, item.text());
            }
            if (p.ladder() != null) {
                for (Level level : p.ladder().levels()) {
                    add(words, level.title());
                }
            }
        }
        for (Partner partner : protocols.partners()) {
            add(words, partner.name());
        }
        for (String lang : new String[] {"nl", "en"}) {
            Messages msg = Messages.forLanguage(lang);
            msg.keys().stream().filter(k -> k.startsWith("category.")).forEach(k -> addText(words, msg.get(k)));
        }
        Platforms.names().forEach(n -> addText(words, n));
        return new ReportTitles(words);
    }

    /** The title as shown: unknown words replaced, a run of them by one "…"; null when no word is left. */
    String mask(String title) {
        if (title == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(title.length());
        // What stands between a masked word and the next: dropped when that one is masked too.
        StringBuilder pending = new StringBuilder();
        boolean kept = false;
        boolean lastMasked = false;
        int at = 0;
        Matcher pseudonym = PSEUDONYM.matcher(title);
        Matcher word = WORD.matcher(title);
        while (at < title.length()) {
            boolean isPseudonym = pseudonym.find(at) && pseudonym.start() == at;
            boolean isWord = !isPseudonym && word.find(at) && word.start() == at;
            if (isPseudonym || (isWord && known(word.group()))) {
                Matcher m = isPseudonym ? pseudonym : word;
                out.append(pending).append(m.group());
                pending.setLength(0);
                kept = kept || isWord;
                lastMasked = false;
                at = m.end();
            } else if (isWord) {
                if (!lastMasked) {
                    out.append(pending).append(MASK);
                }
                pending.setLength(0);
                lastMasked = true;
                at = word.end();
            } else {
                char c = title.charAt(at);
                if (lastMasked && (c == ' ' || c == '-' || c == '.' || c == '_' || c == '@')) {
                    pending.append(c);
                } else {
                    out.append(pending).append(c);
                    pending.setLength(0);
                    lastMasked = false;
                }
                at++;
            }
        }
        out.append(pending);
        return kept ? out.toString().replaceAll(" {2,}", " ").strip() : null;
    }

    /** A word of the vocabulary, or a number of one or two digits ("3 leerlingen"; a longer one may be a phone number). */
    private boolean known(String word) {
        if (word.length() <= 2 && word.chars().allMatch(Character::isDigit)) {
            return true;
        }
        return !word.chars().allMatch(Character::isDigit) && words.contains(SearchText.normalise(word));
    }

    private static void add(Set<String> words, LocalizedText text) {
        if (text != null) {
            addText(words, text.nl());
            addText(words, text.en());
        }
    }

    private static void addText(Set<String> words, String text) {
        if (text == null) {
            return;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(SearchText.normalise(m.group()));
        }
    }

    private static Set<String> common() {
        Set<String> words = new HashSet<>();
        try (InputStream in = ReportTitles.class.getResourceAsStream("/nl/logboek/report/common-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-words.txt is missing from the program");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    words.add(SearchText.normalise(w));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
