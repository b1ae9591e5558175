package org.duidu.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Optional;
import org.duidu.diag.Diagnostics;
import org.duidu.model.SourceSpan;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns seed bytes into text: the sidecar's {@code encoding} if given; else a BOM; else strict UTF-8;
 * else the charset juniversalchardet detects among the Chinese ones (GB18030, Big5, UTF-16).
 * Decoding is always strict: bytes that do not decode are an error with their line and column, never
 * silently replaced.
 */
final class Decoder {
    /** Chinese charsets a detector may propose; anything else is treated as a failed detection. */
    private static final List<String> CANDIDATES = List.of("GB18030", "Big5", "UTF-16LE", "UTF-16BE");

    private Decoder() {
    }

    static Optional<Decoded> decode(byte[] bytes, Optional<String> declared, String file, Diagnostics diagnostics) {
        if (declared.isPresent()) {
            Charset cs;
            try {
                cs = Charset.forName(declared.get());
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                diagnostics.error("encoding", SourceSpan.wholeFile(file),
                        "the sidecar names an unknown encoding '" + declared.get() + "'");
                return Optional.empty();
            }
            return strict(bytes, 0, cs, file, diagnostics);
        }
        Optional<Charset> bom = bomCharset(bytes);
        if (bom.isPresent()) {
            int skip = bom.get().equals(StandardCharsets.UTF_8) ? 3 : 2;
            return strict(bytes, skip, bom.get(), file, diagnostics);
        }
        if (decodes(bytes, StandardCharsets.UTF_8)) {
            return strict(bytes, 0, StandardCharsets.UTF_8, file, diagnostics);
        }
        Optional<Charset> guessed = detect(bytes);
        if (guessed.isPresent() && decodes(bytes, guessed.get())) {
            return strict(bytes, 0, guessed.get(), file, diagnostics);
        }
        // Report where UTF-8 breaks: that is where the user should look.
        return strict(bytes, 0, StandardCharsets.UTF_8, file, diagnostics);
    }

    private static Optional<Charset> bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    private static Optional<Charset> detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null) {
            return Optional.empty();
        }
        String normalised = name.equalsIgnoreCase("GB2312") || name.equalsIgnoreCase("GBK") || name.equalsIgnoreCase("HZ-GB-2312")
                ? "GB18030" : name.equalsIgnoreCase("BIG5") ? "Big5" : name;
        return CANDIDATES.stream().filter(c -> c.equalsIgnoreCase(normalised)).findFirst().map(Charset::forName);
    }

    private static boolean decodes(byte[] bytes, Charset cs) {
        try {
            decoder(cs).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static Optional<Decoded> strict(byte[] bytes, int skip, Charset cs, String file, Diagnostics diagnostics) {
        CharsetDecoder decoder = decoder(cs);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            SourceSpan at = position(file, out);
            diagnostics.error("encoding", at, "the seed is not valid " + cs.name()
                    + " here (byte offset " + in.position() + "); save it as UTF-8 or set 'encoding:' in its sidecar");
            return Optional.empty();
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString().replace("\r\n", "\n").replace('\r', '\n');
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return Optional.of(new Decoded(text, cs.name()));
    }

    /** Line and column just after the decoded prefix: where decoding broke. */
    private static SourceSpan position(String file, CharSequence decodedPrefix) {
        String s = decodedPrefix.toString().replace("\r\n", "\n").replace('\r', '\n');
        int line = 1;
        int lastBreak = -1;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                line++;
                lastBreak = i;
            }
        }
        int column = s.codePointCount(lastBreak + 1, s.length()) + 1;
        return new SourceSpan(file, line, column);
    }

    private static CharsetDecoder decoder(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
