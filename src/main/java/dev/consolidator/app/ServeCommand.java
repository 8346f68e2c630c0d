package dev.consolidator.app;

import dev.consolidator.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.util.concurrent.CountDownLatch;

/** `serve`: the webhook server. Runs until SIGTERM or Ctrl-C, when a shutdown hook stops it cleanly. */
public final class ServeCommand implements Subcommand {
    private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

    @Override
    public int run(Invocation invocation) throws Exception {
        if (!invocation.args().isEmpty()) {
            invocation.err().println("serve takes no arguments, got " + invocation.args());
            return Main.USAGE;
        }
        Config config = invocation.config().requireServeSettings();
        Files.createDirectories(config.workDir());
        Database db = Database.open(config.dbUrl(), config.dbUser(), config.dbPassword());
        Server server;
        try {
            server = Server.builder(config, db).jobHandler(BotHandlers.create(config, db, java.time.Clock.systemUTC())).start();
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("shutting down");
            try {
                server.close();
                db.close();
            } finally {
                stopped.countDown();
            }
        }, "shutdown"));
        invocation.out().println("consolidator listening on port " + server.port());
        stopped.await(); // serve until SIGTERM/Ctrl-C; the hook above does the stopping
        return Main.OK;
    }
}
