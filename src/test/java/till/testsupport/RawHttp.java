package till.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import till.testsupport.HostileServer.Request;

/** HTTP/1.1 as a {@link HostileServer} reads a request and passes it on, byte by byte. Stateless. */
final class RawHttp {

    private RawHttp() {
    }

    /** The next request on {@code in} (its body read by Content-Length), or null when the client sent none. */
    static Request read(InputStream in) throws IOException {
        String line = line(in);
        if (line == null || line.isEmpty()) {
            return null;
        }
        String[] parts = line.split(" ");
        Map<String, String> headers = new LinkedHashMap<>();
        for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
        }
        int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
        return new Request(parts[0], parts[1], headers, in.readNBytes(length));
    }

    /** Sends {@code request} on to {@code behind} on a fresh connection and copies its whole answer to {@code out}. */
    static void forward(Request request, URI behind, OutputStream out) throws IOException {
        try (Socket upstream = new Socket(behind.getHost(), behind.getPort())) {
            StringBuilder head = new StringBuilder(request.method() + " " + request.path() + " HTTP/1.1\r\n");
            request.headers().forEach((name, value) -> {
                if (!name.equals("host") && !name.equals("connection") && !name.equals("content-length")) {
                    head.append(name).append(": ").append(value).append("\r\n");
                }
            });
            head.append("host: ").append(behind.getHost()).append(':').append(behind.getPort()).append("\r\n")
                    .append("content-length: ").append(request.body().length).append("\r\n")
                    .append("connection: close\r\n\r\n");
            OutputStream up = upstream.getOutputStream();
            up.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            up.write(request.body());
            up.flush();
            upstream.getInputStream().transferTo(out);
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1; b = in.read()) {
            if (b == '\n') {
                String text = bytes.toString(StandardCharsets.ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            bytes.write(b);
        }
        return null;
    }
}
