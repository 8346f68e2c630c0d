package dev.consolidator.webhook;

/** Who triggered an event; {@code type} is GitHub's account type: User, Bot or Organization. */
public record Sender(String login, String type) {
}
