package dev.consolidator.bot;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A plan that is there but cannot be read is named as such, never reported missing. */
class PlanFileRepliesTest extends BotTestSupport {

    @Test
    void a_plan_that_is_not_utf8_is_said_to_be_there_with_the_byte_offset() throws Exception {
        start();
        bot.remote.pushBytes(tmp.resolve("work"), "main", Map.of(RemoteRepo.PLAN_PATH,
                "version: 1\nphases:\n  - id: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1)), "plan in Latin-1");

        assertThat(bot.deliveries.deliver(bot.deliveries.comment("/consolidate plan"))).isEqualTo("done");

        assertThat(onlyReply()).doesNotContain("There is no plan")
                .contains("the plan file is there but is not UTF-8: the byte at offset 30 (0xE9)");
    }

    @Test
    void a_plan_over_three_mib_is_refused_by_its_size() throws Exception {
        start();
        String huge = "version: 1\nphases:\n  - id: one\n    title: \"" + "x".repeat(4 * 1024 * 1024) + "\"\n";
        bot.remote.pushBytes(tmp.resolve("work"), "main", Map.of(RemoteRepo.PLAN_PATH,
                huge.getBytes(StandardCharsets.UTF_8)), "a runaway plan");

        assertThat(bot.deliveries.deliver(bot.deliveries.comment("/consolidate plan"))).isEqualTo("done");

        assertThat(onlyReply()).doesNotContain("There is no plan")
                .contains("the plan file is " + huge.length() + " bytes; a plan is at most 3145728 bytes");
    }
}
