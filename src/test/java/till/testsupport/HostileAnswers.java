package till.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.nio.charset.StandardCharsets;
import java.util.function.LongFunction;
import till.testsupport.HostileServer.Answer;

/**
 * The bad answers a {@link HostileServer} gives, each as raw bytes on the socket: pages, statuses, lies, trickles,
 * hangs, resets and bodies far too long. Every answer says {@code Connection: close}. Stateless.
 */
public final class HostileAnswers {

    /** An empty JSON-RPC result, as a poll with nothing to deliver ends. */
    public static final String EMPTY_RESULT = "{\"jsonrpc\": \"2.0\", \"id\": 1, \"result\": []}";

    private HostileAnswers() {
    }

    /** A complete answer with this status, type and body. */
    public static Answer body(int status, String contentType, String body) {
        return x -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            x.out().write(head(status, "Content-Type: " + contentType, "Content-Length: " + bytes.length));
            x.out().write(bytes);
        };
    }

    public static Answer json(String body) {
        return body(200, "application/json", body);
    }

    public static Answer html(int status) {
        return body(status, "text/html; charset=utf-8", "<html><head><title>" + status + "</title></head><body><h1>"
                + status + "</h1><hr><center>nginx</center></body></html>");
    }

    /** A JSON-RPC error as Odoo serialises an exception: {@code data.name} is the Python class's module.qualname. */
    public static Answer rpcError(int code, String name, String message) {
        return json("{\"jsonrpc\": \"2.0\", \"id\": 1, \"error\": {\"code\": " + code + ", \"message\": \"Odoo Server"
                + " Error\", \"data\": {\"name\": \"" + name + "\", \"debug\": \"Traceback (most recent call last):\\n"
                + "...\\n" + name + ": " + message + "\\n\", \"message\": \"" + message + "\", \"arguments\": [\""
                + message + "\"], \"context\": {}}}}");
    }

    /** A redirect with no body, e.g. a 303 to {@code /web/login}. */
    public static Answer redirect(int status, String location) {
        return x -> x.out().write(head(status, "Location: " + location, "Content-Length: 0"));
    }

    /** "100 Continue" that nobody asked for, then the answer. */
    public static Answer continueFirst(Answer then) {
        return x -> {
            x.out().write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            x.out().flush();
            then.write(x);
        };
    }

    /** Says the body is gzip-compressed when it is plain JSON. */
    public static Answer gzipLie(String json) {
        return x -> {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            x.out().write(head(200, "Content-Type: application/json", "Content-Encoding: gzip",
                    "Content-Length: " + bytes.length));
            x.out().write(bytes);
        };
    }

    /** The whole answer, one byte per write (each flushed: one TCP segment each). */
    public static Answer trickle(String json) {
        return x -> {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            x.out().write(head(200, "Content-Type: application/json", "Content-Length: " + bytes.length));
            for (byte b : bytes) {
                x.out().write(b);
                x.out().flush();
            }
        };
    }

    /** The head and the first bytes of the body, then nothing until the server closes. */
    public static Answer stallMidBody(String json) {
        return x -> {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            x.out().write(head(200, "Content-Type: application/json", "Content-Length: " + bytes.length));
            x.out().write(bytes, 0, bytes.length / 2);
            x.out().flush();
            x.hang();
        };
    }

    /** Reads the request and never answers (until the server closes). */
    public static Answer hang() {
        return HostileServer.Exchange::hang;
    }

    /** Resets the connection (TCP RST) before a byte of the answer. */
    public static Answer resetAtOnce() {
        return HostileAnswers::reset;
    }

    /** Declares the whole body, sends half of it, then resets the connection. */
    public static Answer resetMidBody(String json) {
        return x -> {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            x.out().write(head(200, "Content-Type: application/json", "Content-Length: " + bytes.length));
            x.out().write(bytes, 0, bytes.length / 2);
            x.out().flush();
            reset(x);
        };
    }

    /**
     * A JSON-RPC result list of generated ASCII items, {@code bytes} long or more, chunked: nothing says how long it
     * is, so only counting what is read can stop it. Writing stops when the client hangs up.
     */
    public static Answer hugeList(long bytes, LongFunction<String> item) {
        return x -> {
            String start = "{\"jsonrpc\": \"2.0\", \"id\": 1, \"result\": [";
            x.out().write(head(200, "Content-Type: application/json", "Transfer-Encoding: chunked"));
            ChunkedBody body = new ChunkedBody(x.out());
            body.write(start);
            long sent = start.length();
            for (long i = 0; sent < bytes; i++) {
                String next = (i == 0 ? "" : ",") + item.apply(i);
                body.write(next);
                sent += next.length();
            }
            body.write("]}");
            body.end();
        };
    }

    /** A JSON-RPC result string of exactly {@code bytes} bytes in all, its length declared up front. */
    public static Answer hugeDeclared(long bytes) {
        return x -> {
            byte[] start = "{\"jsonrpc\": \"2.0\", \"id\": 1, \"result\": \"".getBytes(StandardCharsets.US_ASCII);
            byte[] end = "\"}".getBytes(StandardCharsets.US_ASCII);
            x.out().write(head(200, "Content-Type: application/json", "Content-Length: " + bytes));
            x.out().write(start);
            byte[] filler = new byte[65_536];
            Arrays.fill(filler, (byte) 'x');
            for (long left = bytes - start.length - end.length; left > 0; left -= filler.length) {
                x.out().write(filler, 0, (int) Math.min(left, filler.length));
            }
            x.out().write(end);
        };
    }

    /** A list of {@code count} items, the whole answer declared, as a server would send a real (big) answer. */
    public static Answer list(int count, LongFunction<String> item) {
        StringBuilder json = new StringBuilder("{\"jsonrpc\": \"2.0\", \"id\": 1, \"result\": [");
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "" : ",").append(item.apply(i));
        }
        return json(json.append("]}").toString());
    }

    private static void reset(HostileServer.Exchange x) throws IOException {
        x.socket().setSoLinger(true, 0);
        x.socket().close();
    }

    private static byte[] head(int status, String... headers) {
        StringBuilder head = new StringBuilder("HTTP/1.1 " + status + " " + reason(status) + "\r\n");
        for (String header : headers) {
            head.append(header).append("\r\n");
        }
        return head.append("Connection: close\r\n\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 302 -> "Found";
            case 303 -> "See Other";
            case 404 -> "Not Found";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Time-out";
            default -> "Status";
        };
    }

    /** Writes a body as chunks of about 64 KB. */
    private static final class ChunkedBody {

        private final OutputStream out;
        private final StringBuilder pending = new StringBuilder();

        ChunkedBody(OutputStream out) {
            this.out = out;
        }

        void write(String text) throws IOException {
            pending.append(text);
            if (pending.length() >= 65_536) {
                flush();
            }
        }

        void end() throws IOException {
            flush();
            out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }

        private void flush() throws IOException {
            byte[] bytes = pending.toString().getBytes(StandardCharsets.UTF_8);
            pending.setLength(0);
            out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(bytes);
            out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
    }
}
