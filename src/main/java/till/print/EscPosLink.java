package till.print;

import java.io.IOException;
import java.util.OptionalInt;

/**
 * A byte stream to an ESC/POS printer: a TCP connection, a device file, a raw print queue. Implementations are
 * thread-safe.
 */
interface EscPosLink {

    /** The device string. */
    String device();

    /** Opens a connection; an {@code IOException} means nothing reached the printer. */
    Session open() throws IOException;

    /** One open connection: confined to one thread, except {@link #close}, which any thread may call. */
    interface Session extends AutoCloseable {

        void write(byte[] bytes) throws IOException;

        /**
         * Sends a real-time request (DLE EOT n) and reads its one-byte answer; empty when the printer did not answer
         * within the link's read timeout, or cannot answer on this kind of link.
         */
        OptionalInt ask(byte[] request) throws IOException;

        /** Closes the connection; idempotent, never throws. */
        @Override
        void close();
    }
}
