package till.push;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.SocketFactory;

/**
 * Bounds what one websocket reads per message. OkHttp assembles a whole message in memory before its listener sees
 * it, so a cap on the listener's side would come after the memory is gone; instead the socket under the websocket
 * counts the bytes it reads since the last message was handed out, and fails the read once they pass the cap (the
 * socket then fails with {@link TooLarge}, which the transport turns into a cause). Till does not offer
 * permessage-deflate (Odoo never negotiates it), so the bytes counted are the message's own. Handshake, ping and pong
 * bytes count too: a few bytes per minute against megabytes. One per socket. Thread-safe (OkHttp's reader thread
 * counts, its listener callbacks reset).
 */
final class FrameCap extends SocketFactory {

    /** The message being read passed the cap. */
    static final class TooLarge extends IOException {

        TooLarge(long cap) {
            super("a websocket message passed Till's cap of " + cap + " bytes");
        }
    }

    private final long cap;
    private final AtomicLong sinceMessage = new AtomicLong();

    FrameCap(long cap) {
        this.cap = cap;
    }

    long cap() {
        return cap;
    }

    /** A message (or the upgrade's answer) was handed out: the next one starts counting from zero. */
    void messageRead() {
        sinceMessage.set(0);
    }

    @Override
    public Socket createSocket() {
        return new Counted();
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        Socket socket = new Counted();
        socket.connect(new InetSocketAddress(host, port));
        return socket;
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        Socket socket = new Counted();
        socket.bind(new InetSocketAddress(localHost, localPort));
        socket.connect(new InetSocketAddress(host, port));
        return socket;
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        Socket socket = new Counted();
        socket.connect(new InetSocketAddress(host, port));
        return socket;
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        Socket socket = new Counted();
        socket.bind(new InetSocketAddress(localAddress, localPort));
        socket.connect(new InetSocketAddress(address, port));
        return socket;
    }

    private void count(long bytes) throws TooLarge {
        if (bytes > 0 && sinceMessage.addAndGet(bytes) > cap) {
            throw new TooLarge(cap);
        }
    }

    /** A plain socket whose input counts. */
    private final class Counted extends Socket {

        @Override
        public InputStream getInputStream() throws IOException {
            return new FilterInputStream(super.getInputStream()) {
                @Override
                public int read() throws IOException {
                    int b = super.read();
                    count(b < 0 ? 0 : 1);
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = super.read(buffer, offset, length);
                    count(n);
                    return n;
                }
            };
        }
    }
}
