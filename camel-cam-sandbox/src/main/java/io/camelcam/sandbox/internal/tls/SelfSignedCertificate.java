package io.camelcam.sandbox.internal.tls;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A throw-away self-signed certificate for {@code localhost} / {@code 127.0.0.1}, made by the JDK's own
 * {@code keytool} (the JDK has no public API to sign a certificate) in a temporary directory that
 * {@link #close()} deletes. Passwords reach keytool through its environment, not its command line.
 */
public final class SelfSignedCertificate implements AutoCloseable {

    private static final String ALIAS = "cam-sandbox";
    private static final String PASSWORD_VARIABLE = "CAM_SANDBOX_STORE_PASSWORD";
    private static final long KEYTOOL_TIMEOUT_SECONDS = 60;

    private final Path directory;
    private final String password;
    private final KeyStore keyStore;
    private final KeyStore trustStore;

    private SelfSignedCertificate(Path directory, String password, KeyStore keyStore, KeyStore trustStore) {
        this.directory = directory;
        this.password = password;
        this.keyStore = keyStore;
        this.trustStore = trustStore;
    }

    public static SelfSignedCertificate generate() throws IOException {
        Path directory = Files.createTempDirectory("cam-sandbox-tls-");
        try {
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            String password = HexFormat.of().formatHex(random);
            Path keyStorePath = directory.resolve("server.p12");
            runKeytool(password, "-genkeypair", "-alias", ALIAS, "-keyalg", "RSA", "-keysize", "2048",
                    "-validity", "3650", "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                    "-storetype", "PKCS12", "-keystore", keyStorePath.toString(),
                    "-storepass:env", PASSWORD_VARIABLE, "-keypass:env", PASSWORD_VARIABLE);
            KeyStore keyStore = load(keyStorePath, password);
            Certificate certificate = keyStore.getCertificate(ALIAS);

            KeyStore trustStore = KeyStore.getInstance("PKCS12");
            trustStore.load(null, null);
            trustStore.setCertificateEntry(ALIAS, certificate);
            try (OutputStream out = Files.newOutputStream(directory.resolve("truststore.p12"))) {
                trustStore.store(out, password.toCharArray());
            }
            String pem = "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
            Files.writeString(directory.resolve("certificate.pem"), pem, StandardCharsets.US_ASCII);
            return new SelfSignedCertificate(directory, password, keyStore, trustStore);
        } catch (GeneralSecurityException e) {
            deleteTree(directory);
            throw new IOException("cannot build the sandbox's TLS stores", e);
        } catch (IOException | RuntimeException e) {
            deleteTree(directory);
            throw e;
        }
    }

    /** PKCS12, holding only the certificate. */
    public Path trustStorePath() {
        return directory.resolve("truststore.p12");
    }

    /** The certificate in PEM, e.g. for {@code curl --cacert}. */
    public Path certificatePath() {
        return directory.resolve("certificate.pem");
    }

    /** Random per sandbox: it protects nothing secret, but stores need one. */
    public String password() {
        return password;
    }

    public SSLContext serverContext() {
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(keyStore, password.toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the generated key store cannot serve TLS", e);
        }
    }

    /** A client context that trusts exactly this certificate. */
    public SSLContext clientContext() {
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trustStore);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the generated trust store cannot be used", e);
        }
    }

    @Override
    public void close() {
        deleteTree(directory);
    }

    private static void runKeytool(String password, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put(PASSWORD_VARIABLE, password);
        Process process = builder.start();
        try (InputStream output = process.getInputStream()) {
            String text = new String(output.readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(KEYTOOL_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("keytool did not finish within " + KEYTOOL_TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new IOException("keytool failed (exit " + process.exitValue() + "): " + text.strip());
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while keytool ran", e);
        }
    }

    private static KeyStore load(Path path, String password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(path)) {
            store.load(in, password.toCharArray());
        }
        return store;
    }

    private static void deleteTree(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + directory, e);
        }
    }
}
