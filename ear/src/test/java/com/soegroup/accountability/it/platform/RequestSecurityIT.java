package com.soegroup.accountability.it.platform;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.ClueFixtures;
import com.soegroup.accountability.testsupport.FromAddress;
import com.soegroup.accountability.testsupport.Multipart;
import com.soegroup.accountability.testsupport.TestEnvironment;
import org.junit.jupiter.api.Test;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What protects a signed-in browser: security headers on every answer (the sign-in page, the API's errors, the
 * container's own), writes to the API with the session cookie only from the application's own pages, and redirects
 * that follow the configured address, not the Host header a request came with.
 */
class RequestSecurityIT extends ApplicationIT {

    private static final String PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";

    @Test
    void theSignInPageAndTheApisErrorsCarryTheSecurityHeaders() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(TestEnvironment.BASE_URL + "/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, login.statusCode());
        assertSecurityHeaders(login.headers(), "the sign-in page");
        String csp = login.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'"), csp);
        assertTrue(csp.matches(".*script-src 'self' 'nonce-[^']+'.*"), "PrimeFaces' nonce, no 'unsafe-inline' scripts: " + csp);

        Api.Reply notFound = Api.as("office").get("/clues/NO-SUCH-CLUE");
        assertEquals(404, notFound.status());
        assertSecurityHeaders(notFound.response().headers(), "an API error");
        assertEquals("default-src 'none'; frame-ancestors 'none'", notFound.header("Content-Security-Policy"));

        Api.Reply refused = Api.as("office", "not-the-password").get("/me");
        assertEquals(401, refused.status());
        assertSecurityHeaders(refused.response().headers(), "a refused sign-in");

        HttpResponse<String> missing = client.send(HttpRequest.newBuilder(URI.create(TestEnvironment.BASE_URL + "/no-such-file.css")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertSecurityHeaders(missing.headers(), "the container's answer " + missing.statusCode());
    }

    @Test
    void aWriteSignedInByTheSessionCookieFromAnotherSiteIsRefusedFromTheApplicationItselfAndWithBasicItIsNot() throws Exception {
        String no = ClueFixtures.registered("office", "YBJS", "跨站请求测试线索 CSRF-PROBE");
        HttpClient browser = signedInBrowser("office");
        Multipart upload = new Multipart().file("files", "跨站.pdf", "application/pdf", PDF.getBytes(StandardCharsets.US_ASCII));
        String path = TestEnvironment.BASE_URL + "/api/v1/clues/" + no + "/attachments";

        HttpResponse<String> crossSite = browser.send(HttpRequest.newBuilder(URI.create(path))
                .header("Content-Type", upload.contentType()).header("Origin", "http://evil.example.com")
                .POST(HttpRequest.BodyPublishers.ofByteArray(upload.bytes())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, crossSite.statusCode(), crossSite::body);
        assertTrue(crossSite.body().contains("FORBIDDEN"), crossSite::body);
        HttpResponse<String> noOrigin = browser.send(HttpRequest.newBuilder(URI.create(path))
                .header("Content-Type", upload.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(upload.bytes())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, noOrigin.statusCode(), "a cookie write that names no origin is refused too: " + noOrigin.body());
        assertEquals(0, Api.as("office").get("/clues/" + no + "/attachments").parse().asJsonArray().size(), "nothing was saved");

        HttpResponse<String> ownPage = browser.send(HttpRequest.newBuilder(URI.create(path))
                .header("Content-Type", upload.contentType()).header("Origin", TestEnvironment.BASE_URL.replace("/accountability", ""))
                .POST(HttpRequest.BodyPublishers.ofByteArray(upload.bytes())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, ownPage.statusCode(), ownPage::body);
        HttpResponse<String> referred = browser.send(HttpRequest.newBuilder(URI.create(TestEnvironment.BASE_URL + "/api/v1/me/preferences"))
                .header("Content-Type", "application/json").header("Referer", TestEnvironment.BASE_URL + "/index.xhtml")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"locale\": \"zh-CN\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(referred.statusCode() < 300, () -> referred.statusCode() + " " + referred.body());

        Api.Reply basic = Api.as("office").post("/clues/" + no + "/attachments", upload.contentType(), upload.bytes());
        assertEquals(201, basic.status(), "BASIC carries no cookie's authority: " + basic);
        assertEquals(2, Api.as("office").get("/clues/" + no + "/attachments").parse().asJsonArray().size());
    }

    @Test
    void redirectsNameTheConfiguredAddressWhateverHostTheRequestNamed() {
        FromAddress client = FromAddress.loopback(40);

        FromAddress.Reply home = client.send("GET", "/", Map.of("Host", "evil.example.com",
                "Authorization", "Basic " + Base64.getEncoder().encodeToString("office:office".getBytes(StandardCharsets.UTF_8))), null);
        assertTrue(home.status() >= 300 && home.status() < 400, home::toString);
        assertEquals(TestEnvironment.BASE_URL + "/index.xhtml", home.header("Location"));

        FromAddress.Reply asked = client.send("GET", "/clue/ledger.xhtml", Map.of("Host", "evil.example.com"), null);
        String session = asked.headers().getOrDefault("set-cookie", List.of()).stream()
                .filter(c -> c.startsWith("JSESSIONID=")).map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        FromAddress.Reply signedIn = client.send("POST", "/j_security_check", Map.of("Cookie", session,
                        "Content-Type", "application/x-www-form-urlencoded"),
                ("j_username=office&j_password=" + URLEncoder.encode("office", StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        assertTrue(signedIn.status() >= 300 && signedIn.status() < 400, signedIn::toString);
        assertTrue(signedIn.header("Location").startsWith(TestEnvironment.BASE_URL + "/"),
                "after signing in the browser goes to the application, not to the Host it was sent: " + signedIn.header("Location"));
    }

    private static void assertSecurityHeaders(HttpHeaders headers, String what) {
        assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(null), what);
        assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(null), what);
        assertEquals("same-origin", headers.firstValue("Referrer-Policy").orElse(null), what);
        assertTrue(headers.firstValue("Content-Security-Policy").orElse("").contains("default-src"), what);
    }

    private static HttpClient signedInBrowser(String user) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        browser.send(HttpRequest.newBuilder(URI.create(TestEnvironment.BASE_URL + "/index.xhtml")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(TestEnvironment.BASE_URL + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=" + user + "&j_password=" + user)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, signedIn.statusCode(), signedIn::body);
        return browser;
    }
}
