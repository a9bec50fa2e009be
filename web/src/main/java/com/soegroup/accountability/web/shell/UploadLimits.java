package com.soegroup.accountability.web.shell;

import com.soegroup.accountability.clue.Attachments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The limits of a clue's attachments, for the pages' check in the browser
 * ({@code WEB-INF/includes/upload-limits.xhtml}): the same numbers the service checks.
 */
@Named
@ApplicationScoped
public class UploadLimits {

    public int getMaxFileBytes() {
        return Attachments.MAX_BYTES;
    }

    public int getMaxTotalBytes() {
        return Attachments.MAX_TOTAL_BYTES;
    }

    public int getMaxFiles() {
        return Attachments.MAX_FILES;
    }
}
