package com.soegroup.accountability.shared;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * Who a client is, for limits that count per client (the public form's refused reports, wrong receipt codes; the
 * sign-in delay), without knowing it: a keyed hash (HMAC-SHA256) of its address, 22 characters. The address itself
 * is never stored, and without the key the hash cannot be matched to an address by trying all of them.
 * <p>
 * The key is derived from the ID-hash secret (Settings), so that every node of a cluster counts a client the same;
 * it is not that secret, so a hash of one kind says nothing about the other. Without the secret each node draws a
 * random key when it starts: a client is then counted per node.
 */
public final class ClientKeys {

    private static final byte[] LABEL = "accountability request-limit client v1".getBytes(StandardCharsets.UTF_8);
    private static final byte[] RANDOM_KEY = randomKey();

    private ClientKeys() {
    }

    /** The key of a client's address (as the connection or a trusted X-Forwarded-For gives it). */
    public static String of(String address) {
        byte[] digest = hmac(key(), String.valueOf(address).getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
    }

    private static byte[] key() {
        Optional<String> secret = Settings.idHashSecret();
        return secret.map(s -> hmac(s.getBytes(StandardCharsets.UTF_8), LABEL)).orElse(RANDOM_KEY);
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
