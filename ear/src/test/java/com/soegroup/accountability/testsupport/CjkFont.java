package com.soegroup.accountability.testsupport;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * PDFs embed a Chinese font the server finds on this machine (no Maven artifact ships one). Like the browser
 * tests: where none is installed a PDF check is skipped on a developer's machine, but fails in CI (CI=true),
 * where .ci/run installs Debian's fonts-noto-cjk.
 */
public final class CjkFont {

    /** The places the application looks (shared.PdfFont), without their collection index. */
    private static final List<String> CANDIDATES = List.of(
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
            "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/arphic/uming.ttc");

    private CjkFont() {
    }

    public static void assumePresent() {
        boolean present = CANDIDATES.stream().anyMatch(path -> Files.isReadable(Path.of(path)));
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("PDF tests must run in CI, but no CJK font is installed: "
                    + ".ci/run installs the Debian package fonts-noto-cjk");
        }
        Assumptions.assumeTrue(present, "no CJK font here (e.g. Debian's fonts-noto-cjk): PDF check skipped");
    }
}
