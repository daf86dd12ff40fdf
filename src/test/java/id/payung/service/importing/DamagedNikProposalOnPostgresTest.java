package id.payung.service.importing;

import id.payung.store.Dialect;
import id.payung.store.OnPostgres;

/** {@link DamagedNikProposalTest} on PostgreSQL: the register looked up by NIK ranges as a clerk of the server sees it. */
@OnPostgres
class DamagedNikProposalOnPostgresTest extends DamagedNikProposalTest {
    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }
}
