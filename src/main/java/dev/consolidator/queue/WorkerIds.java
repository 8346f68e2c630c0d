package dev.consolidator.queue;

import dev.consolidator.store.Job;

import java.net.InetAddress;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Worker ids look like host/pid/processStartMillis/random, so a restarted process can tell that a claim's owner on
 * this host is dead. The start time matters: pids are reused quickly (pid_max is 32768 on many Linux hosts).
 */
final class WorkerIds {
    private static final String HOST = lookupHost();
    private static final long START_TOLERANCE_MILLIS = 1000;

    private WorkerIds() {
    }

    static String newId() {
        ProcessHandle self = ProcessHandle.current();
        return HOST + "/" + self.pid() + "/" + startMillis(self) + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Optional<String> abandonedReason(Job job, String self, Instant leaseLimit) {
        String owner = job.claimedBy();
        if (owner == null || owner.equals(self)) {
            return Optional.empty();
        }
        String[] parts = owner.split("/");
        if (parts.length == 4 && parts[0].equals(HOST) && !alive(parts[1], parts[2])) {
            return Optional.of("claimed by " + owner + ", a process that is no longer running");
        }
        if (job.claimedAt() != null && job.claimedAt().isBefore(leaseLimit)) {
            return Optional.of("claimed by " + owner + " at " + job.claimedAt() + ", lease expired");
        }
        return Optional.empty();
    }

    private static boolean alive(String pid, String startMillis) {
        try {
            long start = Long.parseLong(startMillis);
            return ProcessHandle.of(Long.parseLong(pid))
                    .filter(ProcessHandle::isAlive)
                    .map(p -> start == 0 || startMillis(p) == 0 || Math.abs(startMillis(p) - start) <= START_TOLERANCE_MILLIS)
                    .orElse(false);
        } catch (NumberFormatException e) {
            return true; // not our format: let the lease decide
        }
    }

    private static long startMillis(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }

    private static String lookupHost() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "localhost";
        }
    }
}
