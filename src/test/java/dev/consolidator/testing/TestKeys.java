package dev.consolidator.testing;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateCrtKey;
import java.util.Base64;

/** RSA keys generated per test run, written as the two PEM flavours a GitHub App key comes in. */
public final class TestKeys {
    private TestKeys() {
    }

    public static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
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
