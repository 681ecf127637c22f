package till.pin;

import java.util.Optional;

/**
 * Checks a typed manager PIN: implemented in the composition root on the stored hash and its rate limit. Blocks for
 * the hash: call on an I/O thread only.
 */
@FunctionalInterface
public interface PinCheck {

    /**
     * The answer to one typed PIN. Immutable.
     *
     * @param words   what to tell the person when refused (wrong, or how long to wait), in English
     * @param verdict the stored PIN's verdict behind it, when there is one: a dialog words it in the till's language
     */
    record Answer(boolean accepted, String words, Optional<ManagerPin.Verdict> verdict) {

        /** An answer without a verdict: its words are shown as they are. */
        public Answer(boolean accepted, String words) {
            this(accepted, words, Optional.empty());
        }

        /** The answer of the stored manager PIN. */
        public static Answer of(ManagerPin.Verdict verdict) {
            return new Answer(verdict.accepted(), verdict.words(), Optional.of(verdict));
        }
    }

    Answer check(String pin) throws Exception;
}
