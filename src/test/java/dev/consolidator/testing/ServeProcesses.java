package dev.consolidator.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** For tests and benches that start `serve` as a real process. */
public final class ServeProcesses {
    private static final String LISTENING = "consolidator listening on port ";

    private ServeProcesses() {
    }

    /** The port a `serve` process prints on standard output once it listens (`CONSOLIDATOR_PORT=0` picks one). */
    public static int awaitPort(Process process) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        List<String> seen = new ArrayList<>();
        return CompletableFuture.supplyAsync(() -> {
            try {
                String line;
                while ((line = out.readLine()) != null) {
                    seen.add(line);
                    if (line.startsWith(LISTENING)) {
                        return Integer.parseInt(line.substring(LISTENING.length()).trim());
                    }
                }
                throw new IllegalStateException("serve exited before listening: " + seen);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).get(90, TimeUnit.SECONDS);
    }
}
