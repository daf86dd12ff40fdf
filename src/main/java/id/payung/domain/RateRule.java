package id.payung.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * A dated contribution rule: a flat amount, a percentage of declared income or wage, or a discount
 * percentage on other rules. Empty funder-type or sector sets mean "any".
 */
public record RateRule(String code, Set<FunderType> funderTypes, Segment segment, Set<Sector> sectors,
                       Programme programme, RateKind kind, Long amountRp, BigDecimal percent,
                       LocalDate validFrom, LocalDate validTo, String legalBasis, String note) {
    public RateRule {
        funderTypes = Set.copyOf(funderTypes);
        sectors = Set.copyOf(sectors);
    }

    /** How a rule's number is applied. */
    public enum RateKind {
        AMOUNT,
        PERCENT,
        DISCOUNT_PERCENT
    }

    /** True when the rule is in force on the given day. */
    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
