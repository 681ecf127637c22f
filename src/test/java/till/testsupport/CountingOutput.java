package till.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicLong;

/** An output stream that adds every byte written through it to a count. Confined to the writing thread. */
final class CountingOutput extends OutputStream {

    private final OutputStream out;
    private final AtomicLong written;

    CountingOutput(OutputStream out, AtomicLong written) {
        this.out = out;
        this.written = written;
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        written.incrementAndGet();
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        written.addAndGet(len);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }
}
