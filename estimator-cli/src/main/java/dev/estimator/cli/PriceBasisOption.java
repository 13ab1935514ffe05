package dev.estimator.cli;

import dev.estimator.core.negotiation.PriceBasis;
import picocli.CommandLine.Option;

/** {@code --net} or {@code --gross} ({@code @Mixin}): which price a budget or an offer is compared with. */
final class PriceBasisOption {

    @Option(names = "--net", descriptionKey = "basis.net")
    boolean net;

    @Option(names = "--gross", descriptionKey = "basis.gross")
    boolean gross;

    /** The basis asked for; the grand total when neither option is given. */
    PriceBasis basis() {
        if (net && gross) {
            throw new UserError(ExitCodes.USAGE, "give --net or --gross, not both");
        }
        return net ? PriceBasis.NET : PriceBasis.GROSS;
    }

    /** How the basis reads in a sentence. */
    static String describe(PriceBasis basis) {
        return switch (basis) {
            case NET -> "net price, before tax";
            case GROSS -> "grand total, tax included";
        };
    }
}
