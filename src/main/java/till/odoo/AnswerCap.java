package till.odoo;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The most Till reads of an answer, per kind of call, each sized from the largest real answer of its kind (decision
 * 0151): a broken server or proxy that sends endless data is cut off at the cap with a classified failure, long before
 * it fills the memory. The kind follows from the route, so no caller has to know. Immutable.
 */
enum AnswerCap {

    /** Version, login, database list, PING: real answers are a few KB (a v19 login: 4 KB). */
    ORDINARY(2, "an ordinary call"),
    /** {@code call_kw} reads: a 50 000-product {@code load_data} measured 36 MB, the 14/15 product read 10 MB. */
    DATA(64, "loading data"),
    /** {@code create_from_ui} / {@code sync_from_ui}: 18's full records are about 4 KB an order, 0.8 MB for 200. */
    ORDERS(8, "sending orders"),
    /** A long poll: real answers hold a few notifications, a few KB; 200 000 items would take gigabytes as a tree. */
    POLL(4, "a long poll");

    private static final long MB = 1024 * 1024;

    private final long bytes;
    private final String purpose;

    AnswerCap(int megabytes, String purpose) {
        this.bytes = megabytes * MB;
        this.purpose = purpose;
    }

    /** The cap of a call to {@code route}. */
    static AnswerCap of(String route) {
        if (route.startsWith("/longpolling/poll")) {
            return POLL;
        }
        if (route.startsWith("/web/dataset/call_kw/pos.order/create_from_ui")
                || route.startsWith("/web/dataset/call_kw/pos.order/sync_from_ui")) {
            return ORDERS;
        }
        if (route.startsWith("/web/dataset/")) {
            return DATA;
        }
        return ORDINARY;
    }

    long bytes() {
        return bytes;
    }

    /** E.g. "larger than 4 MB, the most Till reads for a long poll". */
    String overCap() {
        return "larger than " + bytes / MB + " MB, the most Till reads for " + purpose;
    }

    /** Fails at once when the answer announces more than the cap. */
    void check(long declaredLength) throws TooLarge {
        if (declaredLength > bytes) {
            throw new TooLarge(this);
        }
    }

    /** {@code in}, failing with {@link TooLarge} as soon as more than the cap has been read from it. */
    InputStream limit(InputStream in) {
        return new FilterInputStream(in) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    count(n);
                }
                return n;
            }

            private void count(int n) throws TooLarge {
                read += n;
                if (read > bytes) {
                    throw new TooLarge(AnswerCap.this);
                }
            }
        };
    }

    /** An answer longer than its cap; reading stopped there. Immutable. */
    static final class TooLarge extends IOException {

        private final AnswerCap cap;

        TooLarge(AnswerCap cap) {
            super("the answer is " + cap.overCap());
            this.cap = cap;
        }

        AnswerCap cap() {
            return cap;
        }
    }
}
