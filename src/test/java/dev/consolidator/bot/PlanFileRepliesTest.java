package dev.consolidator.bot;

import org.junit.jupiter.api.Test;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.transport.RefSpec;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A plan that is there but cannot be read is named as such, never reported missing. */
class PlanFileRepliesTest extends BotTestSupport {

    @Test
    void a_plan_that_is_not_utf8_is_said_to_be_there_with_the_byte_offset() throws Exception {
        start();
        bot.remote.pushBytes("main", Map.of(RemoteRepo.PLAN_PATH,
                "version: 1\nphases:\n  - id: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1)), "plan in Latin-1");

        assertThat(bot.deliveries.deliver(bot.deliveries.comment("/consolidate plan"))).isEqualTo("done");

        assertThat(onlyReply()).doesNotContain("There is no plan")
                .contains("the plan file is there but is not UTF-8: the byte at offset 30 (0xE9)");
    }

    @Test
    void a_plan_over_three_mib_is_refused_by_its_size() throws Exception {
        start();
        String huge = "version: 1\nphases:\n  - id: one\n    title: \"" + "x".repeat(4 * 1024 * 1024) + "\"\n";
        bot.remote.pushBytes("main", Map.of(RemoteRepo.PLAN_PATH,
                huge.getBytes(StandardCharsets.UTF_8)), "a runaway plan");

        assertThat(bot.deliveries.deliver(bot.deliveries.comment("/consolidate plan"))).isEqualTo("done");

        assertThat(onlyReply()).doesNotContain("There is no plan")
                .contains("the plan file is " + huge.length() + " bytes; a plan is at most 3145728 bytes");
    }

    @Test
    void a_phase_that_would_write_into_a_package_linked_outside_the_repository_is_refused_naming_the_link() throws Exception {
        start();
        Path outside = tmp.resolve("outside");
        Files.createDirectories(outside);
        Files.writeString(outside.resolve("User.java"), "package com.acme.linked;\n\npublic class User {\n}\n");
        Path work = tmp.resolve("work");
        try (Git git = Git.cloneRepository().setURI(bot.remote.url()).setBranch("main").setDirectory(work.toFile()).call()) {
            Files.createSymbolicLink(work.resolve("src/main/java/com/acme/linked"), outside);
            Files.writeString(work.resolve(RemoteRepo.PLAN_PATH), """
                    version: 1
                    phases:
                      - id: into-link
                        title: Move users into the linked package
                        steps:
                          - move:
                              type: com.acme.users.User
                              to: com.acme.linked.User
                    """);
            git.add().addFilepattern(".").call();
            git.commit().setMessage("a linked package").setAuthor("Dev", "dev@example.com")
                    .setCommitter("Dev", "dev@example.com").call();
            git.push().setRefSpecs(new RefSpec("refs/heads/main:refs/heads/main")).call();
        }

        assertThat(bot.deliveries.deliver(bot.deliveries.comment("/consolidate apply into-link"))).isEqualTo("done");

        assertThat(onlyReply()).contains("symbolic link src/main/java/com/acme/linked");
        assertThat(remoteBranches()).containsExactly("main");
        assertThat(Files.readString(outside.resolve("User.java"))).isEqualTo("package com.acme.linked;\n\npublic class User {\n}\n");
    }
}
