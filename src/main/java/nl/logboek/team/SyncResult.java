package nl.logboek.team;

import java.util.List;

/**
 * What one sync did.
 *
 * @param sent     events of this machine's writer that reached the remote with this sync
 * @param pushed   whether anything was pushed (false when the remote had everything already)
 * @param received per other writer, the events that came in (writers with none are left out)
 * @param altered  when not empty: what was found altered; then nothing was merged or pushed
 * @param attempts how many fetch-merge-push rounds it took (more than one: someone pushed meanwhile)
 */
public record SyncResult(String team, String writer, long sent, boolean pushed, List<Received> received,
                         List<Alteration> altered, int attempts) {

    /**
     * @param events lines that came in, the header of a new writer's file not counted
     * @param joined whether this writer is new to this machine
     */
    public record Received(String writer, long events, boolean joined) {
    }

    public long receivedTotal() {
        return received.stream().mapToLong(Received::events).sum();
    }

    public boolean ok() {
        return altered.isEmpty();
    }
}
