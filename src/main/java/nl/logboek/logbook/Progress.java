package nl.logboek.logbook;

/** Told how far a long read of the logbook has come (for a progress line on a terminal). */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total) {
        }

        @Override
        public void finish() {
        }
    };

    void update(long done, long total);

    void finish();
}
