package com.soegroup.accountability.api;

import com.soegroup.accountability.shared.ClientKeys;
import com.soegroup.accountability.shared.Settings;
import jakarta.servlet.http.HttpServletRequest;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Collections;
import java.util.regex.Pattern;

/**
 * Where a request comes from, for the limits that count per client (the public form, the sign-in delay); it is
 * only ever handed on as its keyed hash (ClientKeys), never stored or logged.
 * <p>
 * The connection's address, unless the setting {@code accountability.trust-forwarded-for} is true (off by default):
 * then the last address of X-Forwarded-For, the one the balancer in front appended. Only a balancer that every
 * request passes makes that header trustworthy; without one any client could name any address. An IPv6 client
 * counts by its /64 network: one host usually holds a whole one.
 */
public final class ClientAddress {

    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:]*:[0-9A-Fa-f:]*");

    private ClientAddress() {
    }

    /** The keyed hash of the request's client. */
    public static String key(HttpServletRequest request) {
        String forwarded = String.join(",", Collections.list(request.getHeaders("X-Forwarded-For")));
        return ClientKeys.of(of(request.getRemoteAddr(), forwarded, Settings.trustForwardedFor()));
    }

    /**
     * The client's address: the connection's, or, when the forwarded header is trusted and not empty, its last
     * entry (a comma-separated list, the nearest proxy's view last).
     */
    public static String of(String remoteAddress, String forwardedFor, boolean trustForwardedFor) {
        String address = remoteAddress;
        if (trustForwardedFor && forwardedFor != null && !forwardedFor.isBlank()) {
            String[] hops = forwardedFor.split(",");
            String last = hops[hops.length - 1].strip();
            if (!last.isEmpty()) {
                address = last;
            }
        }
        return network(address == null ? "" : address.strip());
    }

    private static String network(String address) {
        String bare = address.startsWith("[") && address.contains("]") ? address.substring(1, address.indexOf(']')) : address;
        // only a literal is parsed (no name is ever looked up)
        if (!IPV6.matcher(bare).matches()) {
            return address;
        }
        try {
            byte[] bytes = InetAddress.getByName(bare).getAddress();
            if (bytes.length != 16) {
                return address;
            }
            return InetAddress.getByAddress(Arrays.copyOf(Arrays.copyOf(bytes, 8), 16)).getHostAddress() + "/64";
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
