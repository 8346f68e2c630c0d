package dev.consolidator.app;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The options of every command that works on a checkout and its plan: {@code --repo DIR [--plan FILE]}. */
final class CheckoutOptions {
    @Option(names = "--repo", required = true, paramLabel = "DIR", description = "the git checkout")
    Path repo;
    @Option(names = "--plan", paramLabel = "FILE", description = "the plan (default: DIR/" + LocalCheckout.PLAN_PATH + ")")
    String plan;
}
