package com.soegroup.accountability.testsupport;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signed-in browser without a browser: plain HTTP requests with the session cookie, for what a browser cannot be
 * made to do, such as posting one page's form twice with the same view state.
 */
public final class FacesClient {

    private static final Pattern SESSION = Pattern.compile("JSESSIONID=[^;]+");

    private final FromAddress client;
    private String cookie = "";

    private FacesClient(FromAddress client) {
        this.client = client;
    }

    /** Signs in through the sign-in form, as the user (whose password is the demo directory's: the user name). */
    public static FacesClient signIn(int loopback, String user) {
        FacesClient faces = new FacesClient(FromAddress.loopback(loopback));
        faces.get("/index.xhtml");
        FromAddress.Reply signedIn = faces.post("/j_security_check", Map.of("j_username", user, "j_password", user));
        if (signedIn.status() != 302 && signedIn.status() != 303) {
            throw new IllegalStateException("sign-in refused: " + signedIn);
        }
        return faces;
    }

    public FromAddress.Reply get(String path) {
        return remember(client.send("GET", path, headers(null), null));
    }

    /** Posts these fields, in this order, form-encoded. */
    public FromAddress.Reply post(String path, Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return remember(client.send("POST", path, headers("application/x-www-form-urlencoded"),
                body.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A form's hidden fields as the page wrote them (the view state, a form token), to post back, and the page's
     * script nonce, which PrimeFaces' script adds to every post and PrimeFaces checks before it writes an answer.
     */
    public static Map<String, String> hiddenFields(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher nonce = Pattern.compile("csp\\.init\\('([^']+)'\\)").matcher(html);
        if (nonce.find()) {
            fields.put("primefaces.nonce", nonce.group(1));
        }
        Matcher input = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>").matcher(html);
        while (input.find()) {
            String name = attribute(input.group(), "name");
            String value = attribute(input.group(), "value");
            if (name != null) {
                fields.put(name, value == null ? "" : value);
            }
        }
        return fields;
    }

    private static String attribute(String tag, String name) {
        Matcher m = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
        return m.find() ? m.group(1).replace("&#58;", ":").replace("&amp;", "&").replace("&quot;", "\"") : null;
    }

    private Map<String, String> headers(String contentType) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept-Language", "zh-CN");
        if (!cookie.isEmpty()) {
            headers.put("Cookie", cookie);
        }
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        return headers;
    }

    private FromAddress.Reply remember(FromAddress.Reply reply) {
        for (String set : reply.headers().getOrDefault("set-cookie", List.of())) {
            Matcher m = SESSION.matcher(set);
            if (m.lookingAt()) {
                cookie = m.group();
            }
        }
        return reply;
    }
}
