package dev.consolidator.command;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class CommentParserTest {
    @Test
    void command_on_the_third_line_of_a_long_comment_is_found() {
        String body = """
                Thanks for the review, all green on my side.
                Let's go with the first phase now.
                /consolidate apply progress-tracking
                I'll keep an eye on the check run.
                """;

        List<ParsedCommand> parsed = CommentParser.parse(body);

        assertEquals(List.of(new ParsedCommand.Run(CommandVerb.APPLY, Optional.of("progress-tracking"), 3)), parsed);
    }

    @Test
    void commands_in_code_blocks_quotes_and_indented_code_are_ignored() {
        String body = """
                To apply, write:
                ```
                /consolidate apply
                ```
                ~~~text
                /consolidate rollback one
                ~~~
                > /consolidate apply
                    /consolidate status
                """;

        assertThat(CommentParser.parse(body)).isEmpty();
    }

    @Test
    void verbs_are_case_insensitive_and_each_line_is_one_command() {
        List<ParsedCommand> parsed = CommentParser.parse("/Consolidate STATUS\r\n  /consolidate help\n/consolidate plan");

        assertEquals(List.of(new ParsedCommand.Run(CommandVerb.STATUS, Optional.empty(), 1),
                new ParsedCommand.Run(CommandVerb.HELP, Optional.empty(), 2),
                new ParsedCommand.Run(CommandVerb.PLAN, Optional.empty(), 3)), parsed);
    }

    @Test
    void unknown_verbs_and_bad_arguments_get_a_reply_saying_what_was_not_understood() {
        List<ParsedCommand> parsed = CommentParser.parse("""
                /consolidate deploy
                /consolidate
                /consolidate status now
                /consolidate apply Phase_One
                /consolidate rollback
                """);

        assertThat(parsed).hasSize(5);
        parsed.forEach(p -> assertInstanceOf(ParsedCommand.NotUnderstood.class, p));
        assertEquals("`deploy` is not a command", ((ParsedCommand.NotUnderstood) parsed.get(0)).reason());
        assertEquals("a command is missing after /consolidate", ((ParsedCommand.NotUnderstood) parsed.get(1)).reason());
        assertEquals("`status` takes no arguments", ((ParsedCommand.NotUnderstood) parsed.get(2)).reason());
        assertThat(((ParsedCommand.NotUnderstood) parsed.get(3)).reason()).contains("is not a phase id");
        assertThat(((ParsedCommand.NotUnderstood) parsed.get(4)).reason()).contains("needs the id");
    }

    @Test
    void words_that_only_start_like_the_prefix_and_plain_comments_are_not_commands() {
        assertThat(CommentParser.parse("/consolidated apply\nLGTM, ship it")).isEmpty();
        assertThat(CommentParser.parse(null)).isEmpty();
    }

    @Test
    void help_lists_every_command_on_one_line() {
        String help = CommentParser.help();
        for (CommandVerb v : CommandVerb.values()) {
            assertThat(help).as(v.word()).contains("`/consolidate " + v.word());
        }
    }

    @Test
    void recreate_takes_exactly_one_phase_and_is_in_the_help() {
        List<ParsedCommand> parsed = CommentParser.parse("/consolidate recreate reporting-package\n/consolidate recreate\n"
                + "/consolidate recreate a b");

        ParsedCommand.Run run = assertInstanceOf(ParsedCommand.Run.class, parsed.get(0));
        assertEquals(CommandVerb.RECREATE, run.verb());
        assertEquals(Optional.of("reporting-package"), run.phaseId());
        assertThat(run.verb()).matches(CommandVerb::mutating, "mutating");
        assertThat(assertInstanceOf(ParsedCommand.NotUnderstood.class, parsed.get(1)).reason())
                .contains("needs the id");
        assertInstanceOf(ParsedCommand.NotUnderstood.class, parsed.get(2));
        assertThat(CommentParser.help()).contains("`/consolidate recreate <phase-id>`");
    }
}
