package com.soegroup.accountability.it.platform;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.TestEnvironment;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sign-in against LDAP, role mapping, the API's error contract and the security baseline. */
class FoundationIT extends ApplicationIT {

    @ParameterizedTest(name = "{0} signs in as {1} of {2}")
    @CsvSource({
            "office,       OFFICE,       YBJT,   王敏",
            "leader,       LEADER,       YBJT,   李建国",
            "investigator, INVESTIGATOR, YBJS,   张伟",
            "liaison,      LIAISON,      YBJSSJ, 刘芳",
            "hr,           HR,           YBJT,   陈静",
            "auditor,      AUDITOR,      YBNY,   赵磊",
            "admin,        ADMIN,        YBJT,   孙涛"})
    void everyDemoRoleSignsInWithItsMappedRoleAndHomeEnterprise(String user, String role, String enterprise, String name) {
        Api.Reply me = Api.as(user).get("/me");

        assertEquals(200, me.status(), me::toString);
        JsonObject body = me.json();
        assertEquals(user, body.getString("user"));
        assertEquals(name, body.getString("displayName"));
        // only the mapped group becomes a role: the all-staff group every demo user is in grants nothing
        assertEquals(List.of(role), body.getJsonArray("roles").getValuesAs(JsonString::getString));
        assertEquals(enterprise, body.getString("homeEnterprise"));
    }

    @Test
    void aWrongPasswordIsRefusedWith401AndTheErrorBody() {
        Api.Reply reply = Api.as("office", "not-the-password").get("/me");

        assertEquals(401, reply.status(), reply::toString);
        assertErrorBody(reply, "UNAUTHORIZED");
        assertNotNull(reply.header("WWW-Authenticate"));
    }

    @Test
    void noCredentialsAnswers401AsJsonNotTheSignInPage() {
        Api.Reply reply = Api.anonymous().get("/me");

        assertEquals(401, reply.status(), reply::toString);
        assertErrorBody(reply, "UNAUTHORIZED");
        assertTrue(reply.header("WWW-Authenticate").startsWith("Basic"));
    }

    /** config/demo.properties turns the Server-Timing header on (acc.app.serverTiming); benchmarks read it. */
    @Test
    void withServerTimingOnAnAnswerSaysHowLongItsResourceMethodTook() {
        Api.Reply reply = Api.as("office").get("/me");

        assertEquals(200, reply.status(), reply::toString);
        String timing = reply.header("Server-Timing");
        assertNotNull(timing, reply::toString);
        assertTrue(timing.matches("app;dur=\\d+\\.\\d{3};desc=\"resource method\"(, cpu;dur=\\d+\\.\\d{3};desc=\"[^\"]+\")?"), timing);
        // refused before the resource method: no timing to give
        assertEquals(null, Api.anonymous().get("/me").header("Server-Timing"));
    }

    @Test
    void aRoleCallingAnEndpointItMayNotUseGets403() {
        Api.Reply reply = Api.as("office").get("/system");

        assertEquals(403, reply.status(), reply::toString);
        assertErrorBody(reply, "FORBIDDEN");
    }

    @Test
    void theMigrationsRanAtDeployment() {
        Api.Reply reply = Api.as("admin").get("/system");

        assertEquals(200, reply.status(), reply::toString);
        assertFalse(reply.json().isNull("schemaVersion"), reply::toString);
        assertTrue(reply.json().getString("schemaVersion").matches("\\d+(\\.\\d+)*"), reply::toString);
    }

    @Test
    void healthIsUpWithoutSigningIn() {
        Api.Reply reply = Api.anonymous().get("/health");

        assertEquals(200, reply.status(), reply::toString);
        assertEquals("UP", reply.json().getString("status"));
        assertEquals(1, reply.json().size(), "health reveals nothing but its status");
    }

    @Test
    void malformedJsonIs400WithTheErrorBodyAndNoTrace() {
        Api.Reply reply = Api.as("office").put("/me/preferences", "{\"locale\": ");

        assertEquals(400, reply.status(), reply::toString);
        assertErrorBody(reply, "MALFORMED_REQUEST");
    }

    @Test
    void invalidInputNamesTheFieldInTheCallersLanguage() {
        Api.Reply chinese = Api.as("office").put("/me/preferences", "{\"locale\": \"fr\"}");
        Api.Reply english = Api.as("office").inEnglish().put("/me/preferences", "{\"locale\": \"fr\"}");

        assertEquals(400, chinese.status(), chinese::toString);
        assertErrorBody(chinese, "INVALID_INPUT");
        assertEquals("locale", chinese.json().getString("field"));
        assertEquals("界面语言只能是 zh-CN（中文）或 en（English）。", chinese.json().getString("message"));
        assertEquals("The language must be zh-CN (Chinese) or en (English).", english.json().getString("message"));
    }

    @Test
    void aChosenLanguageIsKeptForTheUser() {
        assertEquals(200, Api.as("auditor").put("/me/preferences", "{\"locale\": \"en\"}").status());

        assertEquals("en", Api.as("auditor").get("/me/preferences").json().getString("locale"));
        assertEquals("zh-CN", Api.as("hr").get("/me/preferences").json().getString("locale"), "each user has their own");
    }

    @Test
    void anUnknownApiPathIs404AsJson() {
        Api.Reply reply = Api.as("office").get("/no-such-thing");

        assertEquals(404, reply.status(), reply::toString);
        assertErrorBody(reply, "NOT_FOUND");
    }

    @Test
    void pagesNeedSignInAndCarryTheSecurityHeaders() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> home = client.send(HttpRequest.newBuilder(URI.create(TestEnvironment.BASE_URL + "/index.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());

        // FORM sign-in: the page itself is not shown, the sign-in form is
        assertTrue(home.statusCode() == 200 || home.statusCode() == 302, () -> home.statusCode() + "");
        assertTrue(home.body().contains("j_security_check") || home.headers().firstValue("Location").orElse("").contains("login"),
                home::body);
        assertFalse(home.body().contains("王敏"));

        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(TestEnvironment.BASE_URL + "/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, login.statusCode());
        String csp = login.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("frame-ancestors"), csp);
        assertTrue(csp.contains("script-src"), csp);
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).findFirst().orElse("");
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
    }

    @Test
    void anUnknownPageShowsTheFriendlyPageWithoutTrace() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(TestEnvironment.BASE_URL + "/error/404.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("页面不存在"), page::body);
        assertFalse(page.body().contains("Exception:") || page.body().contains("at java."), page::body);
        assertFalse(page.body().toLowerCase().contains("wildfly"), page::body);
    }

    @Test
    void aSignedInUserAskingForAMissingPageGetsTheFriendly404() {
        Api.Reply page = Api.as("office").get(TestEnvironment.BASE_URL + "/no-such-page.xhtml");

        assertEquals(404, page.status());
        assertTrue(page.body().contains("页面不存在"), page::body);
        assertFalse(page.body().contains("Exception") && page.body().contains("at java."), page::body);
        assertFalse(page.body().toLowerCase().contains("wildfly") || page.body().toLowerCase().contains("undertow"), page::body);
    }

    @Test
    void theOpenApiDocumentIsServedWithoutSigningIn() throws Exception {
        HttpResponse<String> document = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(TestEnvironment.BASE_URL + "/openapi")).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, document.statusCode());
        assertTrue(document.body().startsWith("openapi: 3"), document::body);
        assertTrue(document.body().contains("/rules/loss-level:"));
    }

    private static void assertErrorBody(Api.Reply reply, String code) {
        JsonObject body = reply.json();
        assertEquals(code, body.getString("error"), reply::toString);
        assertFalse(body.getString("message").isBlank());
        assertTrue(body.containsKey("field"), "field is present, null or a path: " + reply);
        assertTrue(body.get("field") == JsonValue.NULL || body.get("field") instanceof JsonString);
        assertFalse(reply.body().contains("Exception"), reply::toString);
        assertFalse(reply.body().contains("at com."), reply::toString);
    }
}
