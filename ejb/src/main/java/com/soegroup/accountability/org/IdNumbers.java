package com.soegroup.accountability.org;

import com.soegroup.accountability.shared.Settings;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * ID-document numbers (身份证件号码): checked, then reduced to a keyed hash (HMAC-SHA256 with a server secret)
 * and the last four characters. The hash lets the ban list and HR systems match a person without anyone being
 * able to read the number back, and without the secret a list of all possible numbers cannot be hashed and
 * compared either. The secret is bound at {@value Settings#ID_HASH_SECRET}, set by config/install.sh from
 * {@code acc.app.idHashSecret}.
 */
public final class IdNumbers {

    static final int MIN_SECRET_LENGTH = 16;

    private static final Pattern RESIDENT_ID = Pattern.compile("\\d{17}[\\dX]");
    private static final Pattern OLD_RESIDENT_ID = Pattern.compile("\\d{15}");
    /** Passports, Hong Kong / Macao / Taiwan permits and the like: letters and digits only. */
    private static final Pattern OTHER_DOCUMENT = Pattern.compile("[A-Z0-9]{5,30}");
    private static final int[] RESIDENT_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String RESIDENT_CHECK = "10X98765432";

    private final byte[] secret;

    private IdNumbers(byte[] secret) {
        this.secret = secret;
    }

    /** With the secret of the server's configuration; refuses to work without one rather than hash weakly. */
    public static IdNumbers fromConfiguration() {
        return withSecret(Settings.idHashSecret().orElse(null));
    }

    public static IdNumbers withSecret(String secret) {
        if (secret == null || secret.strip().length() < MIN_SECRET_LENGTH) {
            throw new IllegalStateException("The JNDI binding " + Settings.ID_HASH_SECRET + " must hold a secret of at least "
                    + MIN_SECRET_LENGTH + " characters (config/install.sh, acc.app.idHashSecret)");
        }
        return new IdNumbers(secret.strip().getBytes(StandardCharsets.UTF_8));
    }

    /** Full-width characters (as Chinese input methods type them) made half-width, blanks removed, upper case. */
    public static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        return Normalizer.normalize(raw, Normalizer.Form.NFKC).replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    /**
     * Whether the (normalised) number is plausible: an 18-digit resident ID must pass its check digit
     * (GB 11643), so a mistyped digit is caught; other documents need letters and digits only.
     */
    public static boolean isValid(String number) {
        if (number == null) {
            return false;
        }
        if (RESIDENT_ID.matcher(number).matches()) {
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                sum += (number.charAt(i) - '0') * RESIDENT_WEIGHTS[i];
            }
            return RESIDENT_CHECK.charAt(sum % 11) == number.charAt(17);
        }
        if (number.length() == 18 && number.chars().limit(17).allMatch(Character::isDigit)) {
            return false;
        }
        return OLD_RESIDENT_ID.matcher(number).matches() || OTHER_DOCUMENT.matcher(number).matches();
    }

    /** The check digit an 18-digit resident ID needs after its first 17 digits (for building test data). */
    public static char residentCheckDigit(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * RESIDENT_WEIGHTS[i];
        }
        return RESIDENT_CHECK.charAt(sum % 11);
    }

    public static String lastFour(String number) {
        return number.substring(Math.max(0, number.length() - 4));
    }

    /** HMAC-SHA256 of the normalised number, as 64 hex digits. */
    public String hash(String number) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(normalise(number).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
