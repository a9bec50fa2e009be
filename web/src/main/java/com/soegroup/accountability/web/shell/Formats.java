package com.soegroup.accountability.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How pages show a moment: the local time of the group (Asia/Shanghai) to the minute, whatever the server's
 * zone. Use {@code #{formats.when(x)}} rather than a formatter in each bean.
 */
@Named
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    public String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }

    /** A file's size for people: 512 B, 12.3 KB, 8.0 MB. */
    public String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double kb = bytes / 1024.0;
        return kb < 1024 ? String.format(Locale.ROOT, "%.1f KB", kb) : String.format(Locale.ROOT, "%.1f MB", kb / 1024);
    }
}
