package till.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.OptionalInt;

/** A network ESC/POS printer on raw TCP (port 9100), with a connect and a read timeout. Thread-safe. */
final class TcpLink implements EscPosLink {

    private final PrinterDevice.Tcp device;
    private final Duration connectTimeout;
    private final Duration readTimeout;

    TcpLink(PrinterDevice.Tcp device, Duration connectTimeout, Duration readTimeout) {
        this.device = device;
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
    }

    @Override
    public String device() {
        return device.text();
    }

    @Override
    public Session open() throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(device.host(), device.port()), (int) connectTimeout.toMillis());
            socket.setSoTimeout((int) readTimeout.toMillis());
            socket.setTcpNoDelay(true);
            return new TcpSession(socket);
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    private static final class TcpSession implements Session {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;

        TcpSession(Socket socket) throws IOException {
            this.socket = socket;
            this.out = socket.getOutputStream();
            this.in = socket.getInputStream();
        }

        @Override
        public void write(byte[] bytes) throws IOException {
            out.write(bytes);
            out.flush();
        }

        @Override
        public OptionalInt ask(byte[] request) throws IOException {
            write(request);
            try {
                int answer = in.read();
                if (answer < 0) {
                    throw new IOException("the printer closed the connection");
                }
                return OptionalInt.of(answer);
            } catch (SocketTimeoutException e) {
                return OptionalInt.empty();
            }
        }

        @Override
        public void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // Closing is all that is left to do; the job's outcome is already decided.
            }
        }
    }
}
