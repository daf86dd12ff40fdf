package id.payung.store;

import id.payung.domain.FunderType;
import id.payung.domain.Programme;
import id.payung.domain.RateRule;
import id.payung.domain.Sector;
import id.payung.domain.Segment;
import java.math.BigDecimal;
import java.util.List;

/** Dated contribution rules. */
public final class RateRuleRepository {

    /** Inserts a rule unless its code exists; returns true when a row was added. */
    public boolean insertIfAbsent(Tx tx, RateRule r) {
        return tx.update("""
                INSERT INTO rate_rule (code, funder_types, segment, sectors, programme, kind, amount_rp, percent,
                                       valid_from, valid_to, legal_basis, note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                r.code(), Sql.names(r.funderTypes()), r.segment().name(), Sql.names(r.sectors()), r.programme().name(),
                r.kind().name(), r.amountRp(), r.percent() == null ? null : r.percent().toPlainString(),
                Sql.text(r.validFrom()), Sql.text(r.validTo()), r.legalBasis(), r.note()) > 0;
    }

    /** All rules, by programme and start date. */
    public List<RateRule> all(Tx tx) {
        return tx.list("SELECT * FROM rate_rule ORDER BY segment, programme, valid_from, code", rs -> {
            String percent = rs.getString("percent");
            return new RateRule(rs.getString("code"), Sql.parse(rs.getString("funder_types"), FunderType::valueOf),
                    Segment.valueOf(rs.getString("segment")), Sql.parse(rs.getString("sectors"), Sector::valueOf),
                    Programme.valueOf(rs.getString("programme")), RateRule.RateKind.valueOf(rs.getString("kind")),
                    Sql.nullableLong(rs, "amount_rp"), percent == null ? null : new BigDecimal(percent),
                    Sql.date(rs, "valid_from"), Sql.date(rs, "valid_to"), rs.getString("legal_basis"),
                    rs.getString("note"));
        });
    }
}
