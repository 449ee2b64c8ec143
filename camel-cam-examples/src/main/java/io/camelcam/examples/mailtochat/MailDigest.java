package io.camelcam.examples.mailtochat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeUtility;

/**
 * A mail as one chat message: sender, subject, the first lines of its text (HTML reduced to text
 * when there is no plain text), and the names and sizes of its attachments. Bounded: of a text part
 * at most {@link #READ_LIMIT} characters are read (attachments are never read, IMAP tells their size),
 * parts nested deeper than {@link #MAX_DEPTH} and attachments beyond {@link #MAX_ATTACHMENTS} are
 * counted, not listed.
 */
public final class MailDigest {

    static final int READ_LIMIT = 64 * 1024;
    static final int MAX_DEPTH = 8;
    static final int MAX_ATTACHMENTS = 20;
    /** Of the text, at most this many characters are posted: a chat message is read at a glance (CAM takes 10,000). */
    static final int MAX_TEXT_CHARS = 2_000;

    private final int maxLines;

    public MailDigest(int maxLines) {
        if (maxLines < 1) {
            throw new IllegalArgumentException(MailToChatRoute.MAX_LINES + " must be at least 1, got " + maxLines);
        }
        this.maxLines = maxLines;
    }

    /** The chat text for {@code mail}; throws when its MIME structure cannot be read at all. */
    public String describe(Message mail) throws UnreadableMailException {
        Found found = new Found();
        try {
            walk(mail, 0, found);
        } catch (MessagingException | IOException | RuntimeException e) {
            throw new UnreadableMailException("its MIME structure cannot be read: " + e.getMessage(), e);
        }
        StringBuilder text = new StringBuilder();
        text.append("✉ Mail from ").append(sender(mail)).append('\n');
        text.append("Subject: ").append(subject(mail)).append('\n');
        String body = found.plain != null ? found.plain.text : found.html != null ? HtmlText.reduce(found.html.text) : null;
        if (body == null || body.isBlank()) {
            text.append("(this mail has no text)\n");
        } else {
            appendFirstLines(text, body, (found.plain != null ? found.plain : found.html).cut);
        }
        found.notes.forEach(note -> text.append('(').append(note).append(")\n"));
        if (!found.attachments.isEmpty()) {
            text.append("Attachments: ").append(String.join(", ", found.attachments));
            if (found.unlistedAttachments > 0) {
                text.append(" and ").append(found.unlistedAttachments).append(" more");
            }
            text.append('\n');
        }
        return text.toString().stripTrailing();
    }

    /** To and Cc addresses, lower-case free: the room mapping compares without case. */
    public static List<String> recipients(Message mail) {
        List<String> addresses = new ArrayList<>();
        try {
            Address[] all = mail.getAllRecipients();
            for (Address address : all == null ? new Address[0] : all) {
                if (address instanceof InternetAddress internet && internet.getAddress() != null) {
                    addresses.add(internet.getAddress());
                }
            }
        } catch (MessagingException unreadable) {
            // a broken To or Cc header: the mail goes to the default room, which is what an unmapped one does
        }
        return addresses;
    }

    public static String subject(Message mail) {
        try {
            String subject = mail.getSubject();
            return subject == null || subject.isBlank() ? "(no subject)" : subject.strip();
        } catch (MessagingException unreadable) {
            return "(unreadable subject)";
        }
    }

    public static String sender(Message mail) {
        try {
            Address[] from = mail.getFrom();
            if (from == null || from.length == 0) {
                return "(no sender)";
            }
            if (from[0] instanceof InternetAddress internet) {
                String name = internet.getPersonal();
                return name == null || name.isBlank() ? internet.getAddress() : name + " <" + internet.getAddress() + ">";
            }
            return from[0].toString();
        } catch (MessagingException unreadable) {
            return "(unreadable sender)";
        }
    }

    private void appendFirstLines(StringBuilder text, String body, boolean cut) {
        String[] lines = body.strip().split("\r?\n", -1);
        int shown = Math.min(lines.length, maxLines);
        int budget = MAX_TEXT_CHARS;
        for (int i = 0; i < shown; i++) {
            String line = lines[i].stripTrailing();
            if (line.length() > budget) {
                text.append(line, 0, budget).append("…\n");
                shown = i + 1;
                cut = true;
                break;
            }
            text.append(line).append('\n');
            budget -= line.length();
        }
        if (shown < lines.length || cut) {
            text.append("(… the text goes on; the first ").append(shown).append(shown == 1 ? " line is" : " lines are")
                    .append(" shown)\n");
        }
    }

    private void walk(Part part, int depth, Found found) throws MessagingException, IOException {
        if (depth > MAX_DEPTH) {
            found.notes.add("parts nested deeper than " + MAX_DEPTH + " levels are not shown");
            return;
        }
        if (part.isMimeType("multipart/*")) {
            Object content = part.getContent();
            if (!(content instanceof Multipart multipart)) {
                throw new MessagingException("a multipart whose parts cannot be separated (" + part.getContentType() + ")");
            }
            for (int i = 0; i < multipart.getCount(); i++) {
                walk(multipart.getBodyPart(i), depth + 1, found);
            }
            return;
        }
        String fileName = fileName(part);
        boolean attachment = fileName != null || Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition());
        if (!attachment && found.plain == null && part.isMimeType("text/plain")) {
            found.plain = read(part, found);
        } else if (!attachment && found.html == null && part.isMimeType("text/html")) {
            found.html = read(part, found);
        } else if (attachment || !part.isMimeType("text/*")) {
            found.attachment(describeAttachment(part, fileName));
        }
    }

    private static String fileName(Part part) throws MessagingException {
        String name = part.getFileName();
        if (name == null) {
            return null;
        }
        try {
            return MimeUtility.decodeText(name);
        } catch (IOException undecodable) {
            return name;
        }
    }

    private static String describeAttachment(Part part, String fileName) throws MessagingException {
        String name = fileName != null ? fileName : "unnamed " + baseType(part);
        int size = part.getSize();
        if (size < 0) {
            return name;
        }
        String[] encoding = part.getHeader("Content-Transfer-Encoding");
        // IMAP reports the encoded size; base64 takes four characters for three bytes
        boolean base64 = encoding != null && encoding.length > 0 && encoding[0].strip().equalsIgnoreCase("base64");
        return name + " (" + humanSize(base64 ? size / 4L * 3 : size) + ")";
    }

    private static String baseType(Part part) throws MessagingException {
        try {
            return new ContentType(part.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
        } catch (MessagingException | RuntimeException unparsable) {
            return "part";
        }
    }

    static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static TextPart read(Part part, Found found) throws MessagingException, IOException {
        Charset charset = charsetOf(part, found);
        char[] buffer = new char[READ_LIMIT + 1];
        int total = 0;
        try (InputStream in = part.getInputStream(); Reader reader = new InputStreamReader(in, charset)) {
            int n;
            while (total < buffer.length && (n = reader.read(buffer, total, buffer.length - total)) > 0) {
                total += n;
            }
        }
        boolean cut = total > READ_LIMIT;
        return new TextPart(new String(buffer, 0, Math.min(total, READ_LIMIT)), cut);
    }

    private static Charset charsetOf(Part part, Found found) throws MessagingException {
        String declared;
        try {
            declared = new ContentType(part.getContentType()).getParameter("charset");
        } catch (MessagingException unparsable) {
            declared = null;
        }
        if (declared == null) {
            // RFC 2045's default is US-ASCII; UTF-8 reads that the same and survives mislabelled mail
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(MimeUtility.javaCharset(declared.strip()));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            found.notes.add("unknown charset " + declared + ", read as UTF-8");
            return StandardCharsets.UTF_8;
        }
    }

    private record TextPart(String text, boolean cut) {
    }

    private static final class Found {
        TextPart plain;
        TextPart html;
        final List<String> attachments = new ArrayList<>();
        int unlistedAttachments;
        final List<String> notes = new ArrayList<>();

        void attachment(String description) {
            if (attachments.size() < MAX_ATTACHMENTS) {
                attachments.add(description);
            } else {
                unlistedAttachments++;
            }
        }
    }
}
