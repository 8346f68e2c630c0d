package dev.consolidator.github;

import dev.consolidator.testing.TestKeys;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.security.Signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AppPrivateKeysTest {
    private static final KeyPair KEYS = TestKeys.appKeys();

    @Test
    void a_pkcs1_key_as_github_hands_it_out_is_read() throws Exception {
        var key = AppPrivateKeys.parse(TestKeys.pkcs1Pem(KEYS));

        assertArrayEquals(KEYS.getPrivate().getEncoded(), key.getEncoded());
        assertThat(signsVerifiably(key)).as("the key parsed from PKCS#1 signs verifiably").isTrue();
    }

    @Test
    void a_pkcs8_key_is_read() throws Exception {
        var key = AppPrivateKeys.parse(TestKeys.pkcs8Pem(KEYS));

        assertArrayEquals(KEYS.getPrivate().getEncoded(), key.getEncoded());
    }

    @Test
    void a_key_with_windows_line_ends_and_text_around_it_is_read() {
        String pem = "Downloaded from GitHub\r\n" + TestKeys.pkcs1Pem(KEYS).replace("\n", "\r\n");

        assertArrayEquals(KEYS.getPrivate().getEncoded(), AppPrivateKeys.parse(pem).getEncoded());
    }

    @Test
    void anything_else_is_refused_with_a_message() {
        assertThrows(IllegalArgumentException.class, () -> AppPrivateKeys.parse("not a key"));
        assertThrows(IllegalArgumentException.class,
                () -> AppPrivateKeys.parse("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----"));
        assertThrows(IllegalArgumentException.class,
                () -> AppPrivateKeys.parse("-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----"));
    }

    private static boolean signsVerifiably(java.security.PrivateKey key) throws Exception {
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(key);
        signer.update("payload".getBytes());
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(KEYS.getPublic());
        verifier.update("payload".getBytes());
        return verifier.verify(signature);
    }
}
