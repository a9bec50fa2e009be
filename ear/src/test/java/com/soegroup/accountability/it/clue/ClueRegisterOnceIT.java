package com.soegroup.accountability.it.clue;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Dates;
import com.soegroup.accountability.testsupport.FacesClient;
import com.soegroup.accountability.testsupport.FromAddress;
import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The registration page's form posted twice with the same view state — a double click, the browser's "resend", a
 * replayed request — registers one clue; the second post is answered on the page with the clue's number.
 */
class ClueRegisterOnceIT extends ApplicationIT {

    @Test
    void theSameFormPostedTwiceRegistersOneClueAndTheSecondPostNamesIt() {
        FacesClient office = FacesClient.signIn(51, "office");
        FromAddress.Reply page = office.get("/clue/register.xhtml");
        assertEquals(200, page.status(), page::toString);
        String probe = "重复提交探针 " + UUID.randomUUID().toString().substring(0, 8);

        Map<String, String> form = new LinkedHashMap<>(FacesClient.hiddenFields(page.body()));
        assertTrue(form.containsKey("register:formToken"), "the form carries its token: " + form.keySet());
        form.put("register:source_input", "REPORT");
        form.put("register:receivedOn_input", Dates.TODAY);
        form.put("register:enterprise_input", "YBWT");
        form.put("register:summary", probe);
        form.put("register:level_input", "");
        form.put("register:save", "");

        FromAddress.Reply first = office.post("/clue/register.xhtml", form);
        assertTrue(first.status() == 302 || first.status() == 303, "registered, on to the clue: " + first);
        String location = first.header("Location");
        assertTrue(location.contains("registered=true"), location);
        Matcher number = Pattern.compile("[?&]no=([^&]+)").matcher(location);
        assertTrue(number.find(), location);
        String ledgerNo = URLDecoder.decode(number.group(1), StandardCharsets.UTF_8);

        FromAddress.Reply second = office.post("/clue/register.xhtml", form);
        assertEquals(200, second.status(), () -> "the page again, not a second clue: " + second + " " + second.headers()
                + " clues: " + Api.as("office").get("/clues?q=" + URLEncoder.encode(probe, StandardCharsets.UTF_8)).json());
        String shown = unescaped(second.body());
        assertTrue(shown.contains("此表单已经提交过") && shown.contains(ledgerNo),
                () -> "the page says the form was registered, naming the clue " + ledgerNo + ": " + shown);

        assertEquals(1, Api.as("office").get("/clues?q=" + URLEncoder.encode(probe, StandardCharsets.UTF_8))
                .json().getInt("total"), "one clue registered");
    }

    /** The page's text with the growl's script escapes (a backslash before a dash, \\u and four hex digits) read back. */
    private static String unescaped(String html) {
        Matcher escape = Pattern.compile("\\\\u([0-9a-fA-F]{4})").matcher(html);
        StringBuilder text = new StringBuilder();
        while (escape.find()) {
            escape.appendReplacement(text, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(escape.group(1), 16))));
        }
        return escape.appendTail(text).toString().replaceAll("\\\\([^u])", "$1");
    }
}
