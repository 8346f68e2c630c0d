package dev.consolidator.github;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a GitHub App's private key. GitHub hands out PKCS#1 ({@code BEGIN RSA PRIVATE KEY}) while the JDK and
 * github-api's own loaders read only PKCS#8 ({@code BEGIN PRIVATE KEY}); a PKCS#1 key is the inner octet string of a
 * PKCS#8 {@code PrivateKeyInfo}, so we wrap it: SEQUENCE { INTEGER 0, SEQUENCE { rsaEncryption OID, NULL },
 * OCTET STRING { pkcs1 } }.
 */
public final class AppPrivateKeys {
    private static final Pattern PEM =
            Pattern.compile("-----BEGIN ([A-Z ]+)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");
    /** version 0 and AlgorithmIdentifier { 1.2.840.113549.1.1.1, NULL }, DER-encoded. */
    private static final byte[] VERSION_AND_RSA_ALGORITHM = {
            0x02, 0x01, 0x00,
            0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00};

    private AppPrivateKeys() {
    }

    public static PrivateKey read(Path pemFile) throws IOException {
        return parse(Files.readString(pemFile, StandardCharsets.US_ASCII));
    }

    /** Parses a PEM text holding a PKCS#1 or PKCS#8 RSA private key. */
    public static PrivateKey parse(String pem) {
        Matcher m = PEM.matcher(pem);
        if (!m.find()) {
            throw new IllegalArgumentException("no PEM private key found (expected BEGIN RSA PRIVATE KEY or BEGIN PRIVATE KEY)");
        }
        byte[] der = Base64.getMimeDecoder().decode(m.group(2));
        byte[] pkcs8 = switch (m.group(1)) {
            case "RSA PRIVATE KEY" -> wrapPkcs1(der);
            case "PRIVATE KEY" -> der;
            default -> throw new IllegalArgumentException("unsupported PEM type: " + m.group(1)
                    + " (expected an unencrypted RSA private key)");
        };
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a valid RSA private key: " + e.getMessage(), e);
        }
    }

    static byte[] wrapPkcs1(byte[] pkcs1) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(VERSION_AND_RSA_ALGORITHM);
        body.writeBytes(tlv(0x04, pkcs1));
        return tlv(0x30, body.toByteArray());
    }

    /** DER tag-length-value with the definite length form. */
    private static byte[] tlv(int tag, byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int length = value.length;
        if (length < 0x80) {
            out.write(length);
        } else {
            int bytes = (Integer.SIZE - Integer.numberOfLeadingZeros(length) + 7) / 8;
            out.write(0x80 | bytes);
            for (int i = bytes - 1; i >= 0; i--) {
                out.write(length >>> (8 * i));
            }
        }
        out.writeBytes(value);
        return out.toByteArray();
    }
}
