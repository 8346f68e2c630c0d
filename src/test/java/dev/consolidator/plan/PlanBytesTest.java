package dev.consolidator.plan;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class PlanBytesTest {

    @Test
    void a_plan_that_is_not_utf8_names_the_byte_offset_line_and_column() {
        byte[] latin1 = "version: 1\nphases:\n  - id: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

        PlanParseResult result = PlanBytes.parse(latin1, ".github/consolidation.yml");

        assertThat(result).doesNotMatch(PlanParseResult::isValid, "isValid");
        assertThat(result.problems()).singleElement().hasToString(".github/consolidation.yml:3:12: the plan file is"
                + " there but is not UTF-8: the byte at offset 30 (0xE9) does not decode; save the file as UTF-8");
    }

    @Test
    void a_utf8_plan_is_parsed_as_usual() {
        byte[] utf8 = "version: 1\nphases:\n  - id: one\n    title: Caf\u00e9\n    steps:\n      - delete: {types: [a.B]}\n"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(PlanBytes.parse(utf8, "p.yml")).matches(PlanParseResult::isValid, "isValid");
    }

    @Test
    void a_plan_over_three_mib_is_refused_by_its_size() {
        assertThat(PlanBytes.tooLarge(PlanBytes.MAX_BYTES)).isFalse();
        assertThat(PlanBytes.tooLarge(PlanBytes.MAX_BYTES + 1)).isTrue();
        assertThat(PlanBytes.refusedForSize("p.yml", 52_428_800L).problems()).singleElement()
                .asString().contains("52428800 bytes").contains("at most 3145728 bytes");
    }

    @Test
    void a_line_longer_than_the_limit_is_refused_before_yaml_reads_it() {
        String yaml = "version: 1\nphases:\n  - id: one\n    title: \"" + "x".repeat(YamlTreeReader.MAX_LINE) + "\"\n";

        PlanParseResult result = new PlanParser().parse(yaml, "p.yml");

        assertThat(result.problems()).singleElement().asString()
                .startsWith("p.yml:4:" + (YamlTreeReader.MAX_LINE + 1) + ": line 4 is 20013 characters long");
    }
}
