package dev.consolidator.app;

import dev.consolidator.store.Database;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Files;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** `serve`: the webhook server. Runs until SIGTERM or Ctrl-C, when a shutdown hook stops it cleanly. */
@Command(name = "serve", description = {"Run the GitHub App webhook server until SIGTERM or Ctrl-C.",
                "Settings come from the config file and the environment (CONSOLIDATOR_WEBHOOK_SECRET and others)."})
public final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    private Cli cli;

    @Override
    public Integer call() throws Exception {
        Invocation invocation = cli.invocation();
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
            // no logger before this point: the CLI chooses the log level before the first one exists
            LoggerFactory.getLogger(ServeCommand.class).info("shutting down");
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
