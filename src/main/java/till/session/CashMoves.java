package till.session;

import java.util.List;

/**
 * The cash moves in the till's own store, a port that the store implements. Every write is on the disk when it
 * returns, because a cash move is money. Implementations are thread-safe and block on the disk.
 */
public interface CashMoves {

    /** A store without cash moves (tests, and closings that predate them). */
    CashMoves NONE = new CashMoves() {
        @Override
        public void record(CashMove move) {
            throw new UnsupportedOperationException("this till keeps no cash moves");
        }

        @Override
        public List<CashMove> of(long sessionId) {
            return List.of();
        }

        @Override
        public List<CashMove> open() {
            return List.of();
        }

        @Override
        public void mark(String ref, CashMoveState state, String lastError) {
        }
    };

    /** Keeps a new move (its state {@link CashMoveState#WAITING}); on the disk when this returns. */
    void record(CashMove move);

    /** The session's moves, oldest first. */
    List<CashMove> of(long sessionId);

    /** Every move the sender still has work with ({@link CashMoveState#open()}), oldest first. */
    List<CashMove> open();

    /** Changes a move's state; on the disk when this returns. */
    void mark(String ref, CashMoveState state, String lastError);
}
