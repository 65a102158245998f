package nl.logboek.i18n;

/** A message not yet rendered: a key and its arguments, which may themselves be Msgs. */
public record Msg(String key, Object... args) {
}
