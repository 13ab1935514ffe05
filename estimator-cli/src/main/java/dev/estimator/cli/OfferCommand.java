package dev.estimator.cli;

import dev.estimator.core.model.Estimate;
import dev.estimator.core.negotiation.OfferCheck;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** What a client's counter-offer means against the quote, the target and the walk-away price. Internal. */
@Command(name = "offer", resourceBundle = "dev.estimator.cli.messages", mixinStandardHelpOptions = true)
final class OfferCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    EstimateFileParameter file;

    @Option(names = "--price", required = true, paramLabel = "AMOUNT", descriptionKey = "offer.price")
    BigDecimal price;

    @Option(names = "--alternative", paramLabel = "ID", descriptionKey = "offer.alternative")
    String alternative;

    @Mixin
    PriceBasisOption basis;

    @Option(names = "--json", descriptionKey = "offer.json")
    boolean json;

    @Override
    public Integer call() {
        if (price.signum() < 0) {
            throw new UserError(ExitCodes.USAGE, "the price is an amount of zero or more, not " + price.toPlainString());
        }
        Estimate estimate = file.load();
        int scale = Math.max(0, estimate.header().currency().getDefaultFractionDigits());
        if (price.stripTrailingZeros().scale() > scale) {
            throw new UserError(ExitCodes.USAGE, "an amount in " + estimate.header().currency().getCurrencyCode()
                    + " has at most " + scale + " decimals, not " + price.toPlainString());
        }
        if (alternative != null && estimate.alternative(alternative).isEmpty()) {
            throw new UserError(ExitCodes.USAGE, "the estimate has no alternative '" + alternative + "' (it has: "
                    + String.join(", ", estimate.alternatives().stream().map(a -> a.id()).toList()) + ")");
        }
        OfferCheck check = OfferCheck.of(estimate, price, basis.basis(), Optional.ofNullable(alternative));
        var out = spec.commandLine().getOut();
        out.print(json ? OfferJson.render(estimate, check) : new OfferTable(estimate, check).render());
        out.flush();
        return switch (check.verdict()) {
            case ACCEPT -> ExitCodes.OK;
            case COUNTER -> ExitCodes.OFFER_COUNTER;
            case DECLINE -> ExitCodes.OFFER_DECLINE;
        };
    }
}
