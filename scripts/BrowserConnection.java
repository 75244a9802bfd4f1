import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One learner's HTTP/1.1 connection, kept alive between requests as a browser keeps it, blocking
 * (each learner runs on a virtual thread). The load generator shares the cores with the server and
 * the database: a few hundred lines of plain socket I/O cost it a fraction of what a general client
 * with its futures and pools costs per request, which leaves that CPU to what is measured.
 */
final class BrowserConnection {

    /** A response: status, the headers the benchmark reads, and the body. */
    record Reply(int statusCode, String location, String setCookie, byte[] bytes) {
        String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    BrowserConnection(String base) {
        URI uri = URI.create(base);
        this.host = uri.getHost();
        this.port = uri.getPort();
    }

    synchronized Reply send(String method, String url, String cookie, String contentType, String body) throws IOException {
        URI uri = URI.create(url);
        String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        byte[] payload = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(256).append(method).append(' ').append(target).append(" HTTP/1.1\r\nHost: ")
                .append(host).append(':').append(port).append("\r\n");
        if (cookie != null) {
            head.append("Cookie: ").append(cookie).append("\r\n");
        }
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        if (body != null || !method.equals("GET")) {
            head.append("Content-Length: ").append(payload.length).append("\r\n");
        }
        head.append("\r\n");
        boolean reused = socket != null;
        try {
            return exchange(head.toString().getBytes(StandardCharsets.ISO_8859_1), payload);
        } catch (EOFException | java.net.SocketException closed) {
            close();
            if (!reused) {
                throw closed;
            }
            // the server closed an idle kept-alive connection before this request reached it: open a new one
            return exchange(head.toString().getBytes(StandardCharsets.ISO_8859_1), payload);
        }
    }

    private Reply exchange(byte[] head, byte[] payload) throws IOException {
        if (socket == null) {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), 10_000);
            socket.setSoTimeout(300_000);
            in = new BufferedInputStream(socket.getInputStream(), 16_384);
            out = socket.getOutputStream();
        }
        out.write(head);
        out.write(payload);
        out.flush();
        String status = line();
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean closes = false;
        String location = null;
        String setCookie = null;
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> closes = value.equalsIgnoreCase("close");
                case "location" -> location = value;
                case "set-cookie" -> {
                    if (setCookie == null || value.startsWith("JSESSIONID=")) {
                        setCookie = value;
                    }
                }
                default -> { }
            }
        }
        byte[] bytes;
        if (chunked) {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0; size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
                all.write(in.readNBytes(size));
                line();
            }
            for (String trailer = line(); !trailer.isEmpty(); trailer = line()) {
                // trailers are not used
            }
            bytes = all.toByteArray();
        } else if (length >= 0) {
            bytes = in.readNBytes((int) length);
        } else if (code == 204 || code == 304) {
            bytes = new byte[0];
        } else {
            bytes = in.readAllBytes();
            closes = true;
        }
        if (closes) {
            close();
        }
        return new Reply(code, location, setCookie, bytes);
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new EOFException("connection closed");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    synchronized void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
            socket = null;
        }
    }
}
