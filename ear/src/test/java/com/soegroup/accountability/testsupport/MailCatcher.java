package com.soegroup.accountability.testsupport;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mail server for the tests: it listens on the port the server's mail session sends to (config/mail.cli,
 * {@code acc.mail.port}), speaks just enough SMTP for Jakarta Mail (EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT)
 * and keeps every message it accepts, so a test sees what users would receive. {@link #refuse} makes it answer
 * every connection with 421, as a mail server that is down for maintenance does.
 */
public final class MailCatcher implements AutoCloseable {

    /** A message as received: envelope sender and recipients, and the data (headers and body, CRLF lines). */
    public record Mail(String from, List<String> recipients, String data, Instant receivedAt) {

        /** The header's value, unfolded and as sent (encoded words left encoded); null when absent. */
        public String header(String name) {
            String headers = data.split("\r\n\r\n", 2)[0].replaceAll("\r\n[ \t]+", " ");
            for (String line : headers.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }

        /** The subject as the reader sees it (RFC 2047 encoded words decoded). */
        public String subject() {
            String subject = header("Subject");
            return subject == null ? null : decodeWords(subject);
        }

        /** The text as the reader sees it (transfer encoding and charset decoded). */
        public String body() {
            String[] parts = data.split("\r\n\r\n", 2);
            String raw = parts.length < 2 ? "" : parts[1];
            String encoding = header("Content-Transfer-Encoding");
            byte[] bytes;
            if (encoding != null && encoding.equalsIgnoreCase("base64")) {
                bytes = Base64.getMimeDecoder().decode(raw.replaceAll("\\s", ""));
            } else if (encoding != null && encoding.equalsIgnoreCase("quoted-printable")) {
                bytes = quotedPrintable(raw.replace("=\r\n", ""), false);
            } else {
                bytes = raw.getBytes(StandardCharsets.ISO_8859_1);
            }
            return new String(bytes, charsetOf(header("Content-Type")));
        }
    }

    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?]+)\\?([BbQq])\\?([^?]*)\\?=");
    private static final Pattern CHARSET = Pattern.compile("charset=\"?([^\";\\s]+)\"?", Pattern.CASE_INSENSITIVE);

    private final ServerSocket server;
    private final List<Mail> received = new CopyOnWriteArrayList<>();
    private volatile boolean refusing;

    private MailCatcher(ServerSocket server) {
        this.server = server;
    }

    /** Listens on the loopback address at the port (0: any free one, see {@link #port()}). */
    public static MailCatcher start(int port) {
        try {
            MailCatcher catcher = new MailCatcher(new ServerSocket(port, 50, InetAddress.getLoopbackAddress()));
            Thread acceptor = new Thread(catcher::accept, "mail-catcher-" + catcher.port());
            acceptor.setDaemon(true);
            acceptor.start();
            return catcher;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Every message received so far, oldest first. */
    public List<Mail> mails() {
        return List.copyOf(received);
    }

    /** The messages received so far that match. */
    public List<Mail> mails(Predicate<Mail> which) {
        return received.stream().filter(which).toList();
    }

    /** From now on, answer every connection with 421 (true) or serve again (false). */
    public void refuse(boolean refuse) {
        this.refusing = refuse;
    }

    /**
     * Waits until at least {@code count} received messages match, at most {@code max}; answers the matching ones
     * (fewer than asked when the time ran out, for the test to say so).
     */
    public List<Mail> await(Predicate<Mail> which, int count, Duration max) throws InterruptedException {
        Instant end = Instant.now().plus(max);
        List<Mail> matching = mails(which);
        while (matching.size() < count && Instant.now().isBefore(end)) {
            Thread.sleep(100);
            matching = mails(which);
        }
        return matching;
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // closing at the end of the tests: nothing left to do
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread session = new Thread(() -> converse(socket), "mail-catcher-session");
                session.setDaemon(true);
                session.start();
            } catch (SocketException closed) {
                return;
            } catch (IOException e) {
                // one failed accept: keep listening for the next connection
            }
        }
    }

    private void converse(Socket socket) {
        try (socket; InputStream in = new BufferedInputStream(socket.getInputStream()); OutputStream out = socket.getOutputStream()) {
            socket.setSoTimeout(60_000);
            if (refusing) {
                reply(out, "421 catcher refuses: service not available");
                return;
            }
            reply(out, "220 catcher ESMTP");
            String from = null;
            List<String> recipients = new ArrayList<>();
            for (String line = readLine(in); line != null; line = readLine(in)) {
                String verb = line.length() < 4 ? line.toUpperCase(Locale.ROOT) : line.substring(0, 4).toUpperCase(Locale.ROOT);
                switch (verb) {
                    case "EHLO", "HELO" -> reply(out, "250 catcher");
                    case "MAIL" -> {
                        from = address(line);
                        recipients.clear();
                        reply(out, "250 OK");
                    }
                    case "RCPT" -> {
                        if (from == null) {
                            reply(out, "503 MAIL first");
                        } else {
                            recipients.add(address(line));
                            reply(out, "250 OK");
                        }
                    }
                    case "DATA" -> {
                        if (recipients.isEmpty()) {
                            reply(out, "503 RCPT first");
                            continue;
                        }
                        reply(out, "354 end with <CRLF>.<CRLF>");
                        StringBuilder data = new StringBuilder();
                        for (String text = readLine(in); text != null && !text.equals("."); text = readLine(in)) {
                            data.append(text.startsWith(".") ? text.substring(1) : text).append("\r\n");
                        }
                        received.add(new Mail(from, List.copyOf(recipients), data.toString(), Instant.now()));
                        from = null;
                        recipients.clear();
                        reply(out, "250 OK queued");
                    }
                    case "RSET" -> {
                        from = null;
                        recipients.clear();
                        reply(out, "250 OK");
                    }
                    case "NOOP" -> reply(out, "250 OK");
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "502 not implemented");
                }
            }
        } catch (IOException e) {
            // the client went away mid-conversation: what it had not finished is not a message
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** One line without its CRLF, as bytes taken one for one (the data is 7-bit; decoding comes later); null at the end. */
    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            line.write(b);
        }
        if (b == -1 && line.size() == 0) {
            return null;
        }
        String text = line.toString(StandardCharsets.ISO_8859_1);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    private static String address(String command) {
        int open = command.indexOf('<');
        int close = command.indexOf('>', open + 1);
        return open >= 0 && close > open ? command.substring(open + 1, close) : command.substring(command.indexOf(':') + 1).trim();
    }

    /** RFC 2047: encoded words decoded, adjacent ones joined (a character may be split across two). */
    static String decodeWords(String text) {
        StringBuilder decoded = new StringBuilder();
        ByteArrayOutputStream pending = new ByteArrayOutputStream();
        Charset pendingCharset = null;
        Matcher word = ENCODED_WORD.matcher(text);
        int last = 0;
        while (word.find()) {
            String between = text.substring(last, word.start());
            Charset charset = Charset.forName(word.group(1));
            // white space between two encoded words is not part of the text
            boolean adjacent = pendingCharset != null && between.isBlank();
            if (!adjacent || !charset.equals(pendingCharset)) {
                if (pendingCharset != null) {
                    decoded.append(pending.toString(pendingCharset));
                    pending.reset();
                }
                if (!adjacent) {
                    decoded.append(between);
                }
            }
            pending.writeBytes(word.group(2).equalsIgnoreCase("B") ? Base64.getDecoder().decode(word.group(3))
                    : quotedPrintable(word.group(3), true));
            pendingCharset = charset;
            last = word.end();
        }
        if (pendingCharset != null) {
            decoded.append(pending.toString(pendingCharset));
        }
        return decoded.append(text.substring(last)).toString();
    }

    private static byte[] quotedPrintable(String text, boolean underscoreIsSpace) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '=' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
                bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else if (c == '_' && underscoreIsSpace) {
                bytes.write(' ');
            } else {
                bytes.write(c);
            }
        }
        return bytes.toByteArray();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    private static Charset charsetOf(String contentType) {
        Matcher charset = contentType == null ? null : CHARSET.matcher(contentType);
        return charset != null && charset.find() ? Charset.forName(charset.group(1)) : StandardCharsets.UTF_8;
    }
}
