package dev.consolidator.git;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.PacketLineOut;
import org.eclipse.jgit.transport.ReceivePack;
import org.eclipse.jgit.transport.RefAdvertiser;
import org.eclipse.jgit.transport.UploadPack;

/**
 * Test fixture: git's smart HTTP protocol over a bare repository, with HTTP Basic authentication, the way GitHub
 * serves {@code https://github.com/o/r.git} to {@code x-access-token:<token>}. Built from the JDK's HTTP server
 * and JGit's server-side UploadPack / ReceivePack, so credentials really travel over HTTP.
 */
final class SmartHttpRemote implements AutoCloseable {
    private final HttpServer server;
    private final Repository repository;
    private final String expectedAuthorization;
    /** The Authorization headers received, to check what the client sent. */
    final List<String> authorizations = new CopyOnWriteArrayList<>();

    SmartHttpRemote(Path bare, String username, String password) throws IOException {
        this.repository = new FileRepositoryBuilder().setGitDir(bare.toFile()).setMustExist(true).build();
        this.expectedAuthorization = "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/o/r.git/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/o/r.git";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (authorization != null) {
                authorizations.add(authorization);
            }
            if (!expectedAuthorization.equals(authorization)) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"GitHub\"");
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            String path = exchange.getRequestURI().getPath();
            String query = String.valueOf(exchange.getRequestURI().getQuery());
            if (path.endsWith("/info/refs")) {
                advertise(exchange, query.contains("git-receive-pack") ? "git-receive-pack" : "git-upload-pack");
            } else if (path.endsWith("/git-upload-pack")) {
                UploadPack upload = new UploadPack(repository);
                upload.setBiDirectionalPipe(false);
                respond(exchange, "application/x-git-upload-pack-result",
                        out -> upload.upload(body(exchange), out, null));
            } else if (path.endsWith("/git-receive-pack")) {
                ReceivePack receive = new ReceivePack(repository);
                receive.setBiDirectionalPipe(false);
                respond(exchange, "application/x-git-receive-pack-result",
                        out -> receive.receive(body(exchange), out, null));
            } else {
                exchange.sendResponseHeaders(404, -1);
            }
        }
    }

    private void advertise(HttpExchange exchange, String service) throws IOException {
        respond(exchange, "application/x-" + service + "-advertisement", out -> {
            PacketLineOut packets = new PacketLineOut(out);
            packets.writeString("# service=" + service + "\n");
            packets.end();
            RefAdvertiser advertiser = new RefAdvertiser.PacketLineOutRefAdvertiser(packets);
            if (service.equals("git-receive-pack")) {
                ReceivePack receive = new ReceivePack(repository);
                receive.setBiDirectionalPipe(false);
                receive.sendAdvertisedRefs(advertiser);
            } else {
                UploadPack upload = new UploadPack(repository);
                upload.setBiDirectionalPipe(false);
                upload.sendAdvertisedRefs(advertiser);
            }
        });
    }

    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    private static void respond(HttpExchange exchange, String contentType, Body body) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        body.write(buffer);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.getResponseHeaders().add("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, buffer.size());
        exchange.getResponseBody().write(buffer.toByteArray());
    }

    private static InputStream body(HttpExchange exchange) throws IOException {
        InputStream in = exchange.getRequestBody();
        return "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))
                ? new GZIPInputStream(in) : in;
    }

    @Override
    public void close() {
        server.stop(0);
        repository.close();
    }
}
