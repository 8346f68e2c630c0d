package dev.consolidator.webhook;

import dev.consolidator.store.Job;

import java.net.InetAddress;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Worker ids look like host/pid/random, so a restarted process can tell that a claim's owner on this host is dead. */
final class WorkerIds {
    private static final String HOST = lookupHost();

    private WorkerIds() {
    }

    static String newId() {
        return HOST + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Optional<String> abandonedReason(Job job, String self, Instant leaseLimit) {
        String owner = job.claimedBy();
        if (owner == null || owner.equals(self)) {
            return Optional.empty();
        }
        String[] parts = owner.split("/");
        if (parts.length == 3 && parts[0].equals(HOST) && !alive(parts[1])) {
            return Optional.of("claimed by " + owner + ", a process that is no longer running");
        }
        if (job.claimedAt() != null && job.claimedAt().isBefore(leaseLimit)) {
            return Optional.of("claimed by " + owner + " at " + job.claimedAt() + ", lease expired");
        }
        return Optional.empty();
    }

    private static boolean alive(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return true; // not our format: let the lease decide
        }
    }

    private static String lookupHost() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "localhost";
        }
    }
}
