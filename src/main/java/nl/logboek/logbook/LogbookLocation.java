package nl.logboek.logbook;

import java.nio.file.Path;
import java.util.Map;

/** Where the logbook lives: --logbook, else LOGBOEK_FILE, else $XDG_DATA_HOME/logboek/logboek.jsonl. */
public final class LogbookLocation {
    private LogbookLocation() {
    }

    public static Path resolve(String flag, Map<String, String> env) {
        if (flag != null && !flag.isBlank()) {
            return Path.of(flag);
        }
        String fromEnv = env.get("LOGBOEK_FILE");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        return dataHome(env).resolve("logboek").resolve("logboek.jsonl");
    }

    static Path dataHome(Map<String, String> env) {
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg);
        }
        String home = env.getOrDefault("HOME", System.getProperty("user.home"));
        return Path.of(home, ".local", "share");
    }
}
