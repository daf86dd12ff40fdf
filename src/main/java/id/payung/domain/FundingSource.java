package id.payung.domain;

import java.util.Objects;

/** Who pays contributions: a provincial or regency budget, a village budget, a company, the worker. */
public record FundingSource(long id, String code, String name, FunderType type, String regionCode,
                            boolean active, String notes) {
    public FundingSource {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
