package id.payung.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.payung.domain.Region;
import id.payung.domain.RegionLevel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegionImportServiceTest {
    @TempDir
    Path dir;

    @Test
    void loadsVillagesUnderTheirKecamatanOnceAndChecksTheHierarchy() throws Exception {
        Path good = dir.resolve("wilayah.csv");
        Files.writeString(good, "kode_desa,nama_desa,jenis,kode_kecamatan,nama_kecamatan\n"
                + "53.10.03.2002,Cumbi,Desa,53.10.03,Ruteng\n"
                + "53.10.12.1001,Wali,Kelurahan,53.10.12,Langke Rembong\n"
                + "53.10.19.2001,Desa Baru,Desa,53.10.19,Kecamatan Baru\n");
        Path broken = dir.resolve("rusak.csv");
        Files.writeString(broken, "kode_desa,nama_desa,jenis,kode_kecamatan,nama_kecamatan\n"
                + "53.10.03.2003,Kakor,Desa,53.10.03,Ruteng\n"
                + "53.10.05.2001,Salah Tempat,Desa,53.10.03,Ruteng\n");
        try (PayungServices s = TestData.seeded(dir)) {
            RegionImportService.Result r = s.regionImport().importCsv(good);
            assertThat(r.kecamatanAdded()).isEqualTo(1);
            assertThat(r.villagesAdded()).isEqualTo(3);
            assertThat(s.regionImport().importCsv(good).villagesAdded()).isZero();
            assertThat(s.reference().localRegions()).filteredOn(x -> x.level() == RegionLevel.KELURAHAN)
                    .extracting(Region::name).containsExactly("Wali");

            int before = s.reference().localRegions().size();
            assertThatThrownBy(() -> s.regionImport().importCsv(broken)).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.problems().get(0).args().get(0)).startsWith("line 3"));
            assertThat(s.reference().localRegions()).hasSize(before);

            Path binary = dir.resolve("bukan.csv");
            Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0x00, (byte) 0xc3, 0x28});
            assertThatThrownBy(() -> s.regionImport().importCsv(binary)).isInstanceOf(InvalidInputException.class);
            Path otherColumns = dir.resolve("lain.csv");
            Files.writeString(otherColumns, "NIK,Nama\n5310015204850001,Maria\n");
            assertThatThrownBy(() -> s.regionImport().importCsv(otherColumns))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).args().get(0))
                            .contains("no region columns"));
        }
    }
}
