package dev.consolidator.webhook;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@code issues} delivery (an edited dashboard issue): number, bodies before and after, when, who. */
class IssuesEventDecodingTest {
    private static ObjectNode payload() throws IOException {
        try (InputStream in = IssuesEventDecodingTest.class.getResourceAsStream("/bot/webhooks/issues.edited.json")) {
            return (ObjectNode) Json.MAPPER.readTree(in);
        }
    }

    @Test
    void an_edited_issue_decodes_with_its_body_the_body_before_and_its_update_time() throws IOException {
        IssuesEvent e = (IssuesEvent) EventDecoder.decode("issues", payload());

        assertThat(EventDecoder.HANDLED_EVENTS).contains("issues");
        assertThat(e.action()).isEqualTo("edited");
        assertThat(e.repository().fullName()).isEqualTo("Codertocat/Hello-World");
        assertThat(e.installationId()).isEqualTo(1L);
        assertThat(e.issueNumber()).isEqualTo(1);
        assertThat(e.issueUrl()).isEqualTo("https://github.com/Codertocat/Hello-World/issues/1");
        assertThat(e.body()).startsWith("It looks like you accidently spelled");
        assertThat(e.bodyBefore()).isEqualTo("(the description before the edit)");
        assertThat(e.updatedAt()).isEqualTo("2019-05-15T15:20:21Z");
        assertThat(e.sender()).isEqualTo(new Sender("Codertocat", "User"));
    }

    @Test
    void an_edit_of_the_title_only_has_no_body_before_and_an_issue_without_number_is_refused() throws IOException {
        ObjectNode titleOnly = payload();
        titleOnly.putObject("changes").putObject("title").put("from", "old title");
        assertThat(((IssuesEvent) EventDecoder.decode("issues", titleOnly)).bodyBefore()).isNull();

        ObjectNode broken = payload();
        ((ObjectNode) broken.get("issue")).remove("number");
        assertThatThrownBy(() -> EventDecoder.decode("issues", broken)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("issue.number");
    }
}
