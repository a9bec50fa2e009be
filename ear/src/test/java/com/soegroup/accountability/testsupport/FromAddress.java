package com.soegroup.accountability.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP sent from another address of the loopback network (127.0.0.2, 127.0.0.3, …): to the server, another client,
 * as behind different machines. Java's HttpClient cannot choose the address it sends from, so this writes HTTP/1.1
 * itself, one request per connection. For the limits and delays that count per client (the public form, sign-in).
 */
public final class FromAddress {

    private final InetAddress local;

    private FromAddress(InetAddress local) {
        this.local = local;
    }

    /** A client at 127.0.0.{@code n}. */
    public static FromAddress loopback(int n) {
        try {
            return new FromAddress(InetAddress.getByAddress(new byte[]{127, 0, 0, (byte) n}));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A request to the API ({@code path} under /api/v1), signed in with BASIC when {@code user} is not null. */
    public Reply api(String method, String path, String user, String password, String json) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept-Language", "zh-CN");
        if (user != null) {
            headers.put("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        if (json != null) {
            headers.put("Content-Type", "application/json");
        }
        return send(method, "/api/v1" + path, headers, json == null ? null : json.getBytes(StandardCharsets.UTF_8));
    }

    /** Any request to the application ({@code path} under its context root); a Host header given replaces the real one. */
    public Reply send(String method, String path, Map<String, String> headers, byte[] body) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(local, 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), TestEnvironment.HTTP_PORT), 10_000);
            socket.setSoTimeout(60_000);
            StringBuilder head = new StringBuilder();
            head.append(method).append(' ').append("/accountability").append(path).append(" HTTP/1.1\r\n");
            if (headers.keySet().stream().noneMatch("Host"::equalsIgnoreCase)) {
                head.append("Host: localhost:").append(TestEnvironment.HTTP_PORT).append("\r\n");
            }
            head.append("Connection: close\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            head.append("Content-Length: ").append(body == null ? 0 : body.length).append("\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reply read(InputStream in) throws IOException {
        String status = line(in);
        int code = Integer.parseInt(status.split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.computeIfAbsent(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(line.substring(colon + 1).strip());
        }
        byte[] body;
        if (headers.getOrDefault("transfer-encoding", List.of()).stream().anyMatch(v -> v.equalsIgnoreCase("chunked"))) {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            for (int size = Integer.parseInt(line(in).split(";")[0].strip(), 16); size > 0;
                 size = Integer.parseInt(line(in).split(";")[0].strip(), 16)) {
                all.write(in.readNBytes(size));
                line(in);
            }
            body = all.toByteArray();
        } else {
            body = in.readAllBytes();
        }
        return new Reply(code, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    /** An answer: status, headers (names in lower case) and body. */
    public record Reply(int status, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        public JsonObject json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            } catch (RuntimeException e) {
                throw new AssertionError("Not JSON (" + status + "): " + body, e);
            }
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
