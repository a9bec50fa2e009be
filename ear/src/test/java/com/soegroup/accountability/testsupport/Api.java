package com.soegroup.accountability.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A client of the application's API as another system would call it: HTTP with BASIC credentials. */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String authorization;
    private final String language;

    private Api(String authorization, String language) {
        this.authorization = authorization;
        this.language = language;
    }

    /** Signed in as a demo account (password = account name). */
    public static Api as(String user) {
        return as(user, user);
    }

    public static Api as(String user, String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Api("Basic " + token, "zh-CN");
    }

    public static Api anonymous() {
        return new Api(null, "zh-CN");
    }

    public Api inEnglish() {
        return new Api(authorization, "en");
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply get(String path, String accept) {
        return send(request(path).header("Accept", accept).GET());
    }

    public Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    /** A request with a body of any type, e.g. a multipart upload ({@link Multipart}). */
    public Reply post(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Any method with a body of any type, e.g. a PUT of a body that is not JSON at all. */
    public Reply send(String method, String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** The raw bytes of an answer, e.g. a file download. */
    public HttpResponse<byte[]> download(String path) {
        return download(request(path));
    }

    /** The raw bytes of an answer in the type asked for ({@code Accept}), for a resource that serves several. */
    public HttpResponse<byte[]> download(String path, String accept) {
        return download(request(path).header("Accept", accept));
    }

    private static HttpResponse<byte[]> download(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        String url = path.startsWith("http") ? path : TestEnvironment.BASE_URL + "/api/v1" + path;
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Accept-Language", language);
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            return new Reply(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An answer, with its body as JSON on demand. */
    public record Reply(HttpResponse<String> response) {

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public JsonObject json() {
            return (JsonObject) parse();
        }

        public JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(response.body()))) {
                return reader.read();
            } catch (RuntimeException e) {
                throw new AssertionError("Not JSON (" + status() + "): " + response.body(), e);
            }
        }

        @Override
        public String toString() {
            return status() + " " + response.body();
        }
    }
}
