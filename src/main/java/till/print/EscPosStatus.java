package till.print;

import java.io.IOException;
import java.util.OptionalInt;

/**
 * Reads an ESC/POS printer's state with the real-time requests DLE EOT 1 (online or not), 2 (cover open, paper
 * end) and 4 (paper roll near end or end), as Epson's reference defines their answer bytes. Stateless.
 */
final class EscPosStatus {

    /** Bits 1 and 4 of every answer are 1, bits 0 and 7 are 0: how an answer is told from stray bytes. */
    private static final int FIXED_MASK = 0x93;
    private static final int FIXED_BITS = 0x12;

    private EscPosStatus() {
    }

    /** The printer's health; {@code SILENT} when it does not answer the first request. */
    static PrinterHealth query(EscPosLink.Session session) throws IOException {
        OptionalInt printer = answer(session, 1);
        if (printer.isEmpty()) {
            return new PrinterHealth(PrinterHealth.Condition.SILENT, "");
        }
        OptionalInt offlineCause = answer(session, 2);
        OptionalInt paper = answer(session, 4);
        return health(printer.getAsInt(), offlineCause.orElse(FIXED_BITS), paper.orElse(FIXED_BITS));
    }

    /** Whether the printer answers DLE EOT 1 at all: after a job, proof that every byte before it arrived. */
    static boolean answers(EscPosLink.Session session) throws IOException {
        return answer(session, 1).isPresent();
    }

    static PrinterHealth health(int printer, int offlineCause, int paper) {
        if ((offlineCause & 0x04) != 0) {
            return new PrinterHealth(PrinterHealth.Condition.COVER_OPEN, "the printer's cover is open; close it");
        }
        if ((offlineCause & 0x20) != 0 || (paper & 0x60) != 0) {
            return new PrinterHealth(PrinterHealth.Condition.PAPER_OUT, "the printer is out of paper; put in a"
                    + " new roll");
        }
        if ((printer & 0x08) != 0) {
            return PrinterHealth.offline("the printer says it is offline" + ((offlineCause & 0x40) != 0
                    ? " with an error; switch it off and on" : "; check its lights"));
        }
        if ((paper & 0x0C) != 0) {
            return new PrinterHealth(PrinterHealth.Condition.PAPER_LOW, "the paper roll is nearly used up");
        }
        return PrinterHealth.ready();
    }

    private static OptionalInt answer(EscPosLink.Session session, int n) throws IOException {
        OptionalInt answer = session.ask(EscPos.statusRequest(n));
        return answer.isPresent() && (answer.getAsInt() & FIXED_MASK) == FIXED_BITS ? answer : OptionalInt.empty();
    }
}
