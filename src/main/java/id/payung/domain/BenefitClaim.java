package id.payung.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A benefit paid out by BPJS Ketenagakerjaan: JKK (work accident) or JKM (death), on a day, to
 * {@code beneficiaries} participants (or their heirs), in total {@code amountRp} whole rupiah.
 */
public record BenefitClaim(long id, LocalDate paidOn, Programme programme, int beneficiaries, long amountRp, String note) {
    public BenefitClaim {
        Objects.requireNonNull(paidOn, "paidOn");
        Objects.requireNonNull(programme, "programme");
    }
}
