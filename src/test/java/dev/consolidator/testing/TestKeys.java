package dev.consolidator.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

/**
 * The test GitHub App's RSA key, written as the two PEM flavours a GitHub App key comes in. It is a fixed key made for
 * the tests ({@code openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048}, in src/test/resources/keys) and
 * no real App's: generating a 2048-bit key in every test JVM that needed one was 6% of the suite's CPU samples. It is
 * read here without the code under test (which reads App keys too), so the tests of that code stay independent of it.
 */
public final class TestKeys {
    private static final KeyPair APP_KEYS = read("/keys/test-app-key.pem");

    private TestKeys() {
    }

    public static KeyPair appKeys() {
        return APP_KEYS;
    }

    private static KeyPair read(String resource) {
        try (InputStream in = TestKeys.class.getResourceAsStream(resource)) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey key = (RSAPrivateCrtKey) rsa.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
            return new KeyPair(rsa.generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent())), key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code BEGIN PRIVATE KEY}: the JDK's own encoding. */
    public static String pkcs8Pem(KeyPair keys) {
        return pem("PRIVATE KEY", keys.getPrivate().getEncoded());
    }

    /**
     * {@code BEGIN RSA PRIVATE KEY}, as GitHub hands it out: RSAPrivateKey ::= SEQUENCE { version, n, e, d, p, q,
     * dP, dQ, qInv }, encoded here from the key's numbers (independently of the code under test).
     */
    public static String pkcs1Pem(KeyPair keys) {
        RSAPrivateCrtKey k = (RSAPrivateCrtKey) keys.getPrivate();
        ByteArrayOutputStream seq = new ByteArrayOutputStream();
        for (BigInteger i : new BigInteger[]{BigInteger.ZERO, k.getModulus(), k.getPublicExponent(),
                k.getPrivateExponent(), k.getPrimeP(), k.getPrimeQ(), k.getPrimeExponentP(), k.getPrimeExponentQ(),
                k.getCrtCoefficient()}) {
            seq.writeBytes(der(0x02, i.toByteArray()));
        }
        return pem("RSA PRIVATE KEY", der(0x30, seq.toByteArray()));
    }

    private static byte[] der(int tag, byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        if (value.length < 128) {
            out.write(value.length);
        } else if (value.length < 256) {
            out.write(0x81);
            out.write(value.length);
        } else {
            out.write(0x82);
            out.write(value.length >> 8);
            out.write(value.length & 0xff);
        }
        out.writeBytes(value);
        return out.toByteArray();
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
