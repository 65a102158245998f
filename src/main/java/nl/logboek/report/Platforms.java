package nl.logboek.report;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Platforms as a report counts them. The platform of an incident is free text and often carries an
 * account or a name ("Instagram @naam", "groepsapp van Sam"), while a report must name no one. So
 * the text itself never reaches a report: it is reduced to one of a fixed list of services, found
 * by its words, or to "other". A name can only come out as a service's own name.
 */
final class Platforms {
    /** The id of every platform that is given but not on the list. */
    static final String OTHER = "overig";

    /** id → how the service writes its own name. */
    private static final Map<String, String> NAMES = new LinkedHashMap<>();
    /** A word (or two words written together) → id. */
    private static final Map<String, String> WORDS = new LinkedHashMap<>();

    static {
        known("whatsapp", "WhatsApp", "whatsapp", "whatsap", "watsapp", "whatsappgroep", "wa");
        known("snapchat", "Snapchat", "snapchat", "snap");
        known("instagram", "Instagram", "instagram", "insta", "ig");
        known("tiktok", "TikTok", "tiktok");
        known("facebook", "Facebook", "facebook", "fb");
        known("messenger", "Messenger", "messenger");
        known("x", "X (Twitter)", "twitter", "x");
        known("youtube", "YouTube", "youtube", "yt");
        known("discord", "Discord", "discord");
        known("telegram", "Telegram", "telegram");
        known("signal", "Signal", "signal");
        known("twitch", "Twitch", "twitch");
        known("reddit", "Reddit", "reddit");
        known("roblox", "Roblox", "roblox");
        known("fortnite", "Fortnite", "fortnite");
        known("minecraft", "Minecraft", "minecraft");
        known("steam", "Steam", "steam");
        known("bereal", "BeReal", "bereal");
        known("pinterest", "Pinterest", "pinterest");
        known("threads", "Threads", "threads");
        known("linkedin", "LinkedIn", "linkedin");
        known("teams", "Microsoft Teams", "teams");
        known("magister", "Magister", "magister");
        known("somtoday", "Somtoday", "somtoday");
        known("smartschool", "Smartschool", "smartschool");
        known("tellonym", "Tellonym", "tellonym");
        known("askfm", "Ask.fm", "askfm");
        known("kik", "Kik", "kik");
        known("omegle", "Omegle", "omegle");
        known("onlyfans", "OnlyFans", "onlyfans");
        known("email", "E-mail", "email", "mail", "gmail", "hotmail", "outlook");
        known("sms", "SMS", "sms", "imessage");
    }

    private Platforms() {
    }

    private static void known(String id, String name, String... words) {
        NAMES.put(id, name);
        for (String w : words) {
            WORDS.put(w, id);
        }
    }

    /**
     * The id the report counts {@code typed} under: the first known service among its words (a
     * word on its own, or two written together: "Tik Tok", "e-mail"), {@link #OTHER} when none is
     * known, null when no platform was given. A single letter only counts as the first word, so
     * "X" is X but "groep x" is not.
     */
    static String key(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        List<String> words = words(typed);
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.length() > 1 || i == 0) {
                String id = WORDS.get(word);
                if (id != null) {
                    return id;
                }
            }
            if (i + 1 < words.size()) {
                String id = WORDS.get(word + words.get(i + 1));
                if (id != null) {
                    return id;
                }
            }
        }
        return OTHER;
    }

    /** How a known service writes its name; null for {@link #OTHER} and unknown ids (the caller labels those). */
    /** How the known platforms write their names ("WhatsApp", "X (Twitter)"). */
    static java.util.Collection<String> names() {
        return java.util.List.copyOf(NAMES.values());
    }

    static String name(String id) {
        return id == null ? null : NAMES.get(id);
    }

    /** Every known id, in a fixed order. */
    static List<String> ids() {
        return List.copyOf(NAMES.keySet());
    }

    /** Every id {@link #key} can give: the known ones and {@link #OTHER}. */
    static List<String> keys() {
        List<String> ids = new ArrayList<>(NAMES.keySet());
        ids.add(OTHER);
        return ids;
    }

    /** Lower-case words of letters and digits, accents removed ("Instagram @Zoë" → instagram, zoe). */
    private static List<String> words(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String w : plain.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }
}
