package nl.logboek.team;

import nl.logboek.logbook.EnvKeySource;
import nl.logboek.testutil.Cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/** Team members for the in-process tests: each a home of its own, as a Cli and as a Machine. */
final class Members {
    private Members() {
    }

    static Map<String, String> env(Path home, String user) {
        Map<String, String> env = new HashMap<>();
        env.put("HOME", home.toString());
        env.put("USER", user);
        env.put("HOSTNAME", "pc");
        env.put("PATH", System.getenv("PATH"));
        env.put("XDG_CONFIG_HOME", home.resolve("config").toString());
        env.put("LOGBOEK_FILE", home.resolve("data/logboek.jsonl").toString());
        env.put("LOGBOEK_AUTHOR", user);
        return env;
    }

    static Cli cli(Path root, String user) {
        Cli cli = new Cli(root.resolve(user));
        env(root.resolve(user), user).forEach(cli::env);
        return cli;
    }

    static Machine machine(Path root, String user, Random random) {
        Map<String, String> env = env(root.resolve(user), user);
        return new Machine(Map.copyOf(env), Clock.fixed(Cli.NOW, Cli.AMSTERDAM), new EnvKeySource(env, null), user, random);
    }

    /** {@code by}, a member, admits the key of {@code joined}'s machine (see 'logboek team admit'). */
    static void admit(Cli by, Cli joined) {
        by.ok("team", "admit", TeamFolder.find(joined.logbook()).orElseThrow().writer().orElseThrow());
    }

    static Path logbook(Path root, String user) {
        return root.resolve(user).resolve("data/logboek.jsonl");
    }

    static Path team(Path root, String user) {
        return root.resolve(user).resolve("data/logboek.team");
    }

    /** A Random whose ints, whatever the bound, come round in this order: a tag of one's choosing. */
    static Random scripted(int... values) {
        return new Random() {
            private int next;

            @Override
            public int nextInt(int bound) {
                return values[next++ % values.length] % bound;
            }
        };
    }
}
