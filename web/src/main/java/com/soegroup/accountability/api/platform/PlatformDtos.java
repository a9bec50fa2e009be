package com.soegroup.accountability.api.platform;

import com.soegroup.accountability.api.ApiRequest;
import com.soegroup.accountability.api.JsonInput;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.regex.Pattern;

/** The JSON shapes of /health, /me, /me/preferences and /system. */
public final class PlatformDtos {

    private PlatformDtos() {
    }

    public record Health(@Schema(enumeration = {"UP", "DOWN"}) String status) {
    }

    public record Me(String user, String displayName, List<String> roles, String homeEnterprise) {
    }

    public record SystemInfo(String schemaVersion) {
    }

    /**
     * The user's preferences: the language, {@code locale} exactly {@code zh-CN} or {@code en}, and whether the daily
     * to-do digest is mailed ({@code taskDigest}, true unless opted out). A PUT names what it changes: one of them or
     * both; the language was required before the digest existed and is still enough alone.
     */
    public record Preferences(@Schema(enumeration = {"zh-CN", "en"}) @Size(max = 10) String locale,
                              @Schema(description = "whether the daily to-do digest is mailed") Boolean taskDigest)
            implements ApiRequest {

        private static final Pattern SUPPORTED = Pattern.compile("zh-CN|en");

        static Preferences read(JsonInput in) {
            if (!in.has("locale") && !in.has("taskDigest")) {
                throw in.invalid("locale", "preferences.locale.required");
            }
            String locale = null;
            if (in.has("locale")) {
                locale = in.untrimmed("locale");
                if (locale == null || !SUPPORTED.matcher(locale).matches()) {
                    throw in.invalid("locale", "preferences.locale.unsupported");
                }
            }
            return new Preferences(locale, in.has("taskDigest") ? in.bool("taskDigest") : null);
        }
    }
}
