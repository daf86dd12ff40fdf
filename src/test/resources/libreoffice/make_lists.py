"""Makes the 40-person lists that LibreOffice Calc turns into .xlsx (see README.md here).

Run from this folder:  python3 make_lists.py && ./convert.sh
Writes rapi.csv (phones as text), hp-angka.csv and hp-satu-rusak.csv (phones typed into ordinary cells).
"""
import datetime

NAMES = [("Maria Jelita", "P"), ("Yohanes Jehadu", "L"), ("Agustinus Ndaung", "L"), ("Theresia Nggarang", "P"),
         ("Fransiska Imelda", "P"), ("Kristoforus Jemadu", "L"), ("Yosefina Ndiung", "P"), ("Paulus Mantur", "L"),
         ("Benediktus Jaya", "L"), ("Margareta Sanul", "P"), ("Stefanus Hamun", "L"), ("Veronika Nangur", "P"),
         ("Aloysius Dagur", "L"), ("Elisabet Jenia", "P"), ("Hendrikus Tanggur", "L"), ("Rosalia Mbuir", "P"),
         ("Fransiskus Latu", "L"), ("Katarina Ndemat", "P"), ("Silvester Jemarut", "L"), ("Adelina Sariman", "P")]
PLACES = [("Satar Ngkeling", "Wae Rii"), ("Lalong", "Wae Rii"), ("Cumbi", "Ruteng"), ("Golo Dukal", "Langke Rembong"),
          ("Wali", "Langke Rembong"), ("Golo Cador", "Wae Rii"), ("Poco", "Wae Rii"), ("Wae Belang", "Ruteng")]
JOBS = ["Petani", "Pedagang", "Tukang bangunan", "Pengemudi ojek", "Buruh tani"]
KEC_CODE = {"Wae Rii": "01", "Ruteng": "03", "Langke Rembong": "12"}
INCOME = ["1000000", "1.500.000", "Rp 1.000.000,00", "2000000", "Rp 1.250.000"]


def people():
    for i in range(40):
        name, sex = NAMES[i % 20]
        if i >= 20:
            name = name.split()[0] + " " + ["Ngalu", "Jaga", "Lalang", "Nduru"][i % 4]
        desa, kec = PLACES[i % len(PLACES)]
        born = datetime.date(1970 + i % 30, 1 + i % 12, 1 + (i * 7) % 28)
        day = born.day + (40 if sex == "P" else 0)
        nik = "5310" + KEC_CODE[kec] + f"{day:02d}{born.month:02d}{born.year % 100:02d}" + f"{i + 1:04d}"
        phone = f"0812{37000000 + i * 1117:08d}"
        kpj = f"{25000000000 + i * 3:011d}" if i % 3 == 0 else ""
        yield [str(i + 1), nik, name, sex, "Ruteng", born.strftime("%d/%m/%Y"), desa, kec, JOBS[i % 5], phone,
               INCOME[i % 5], kpj]


HEADER = ["No", "NIK", "Nama Lengkap", "L/P", "Tempat Lahir", "Tanggal Lahir", "Desa", "Kecamatan", "Pekerjaan",
          "No. HP", "Penghasilan", "No. KPJ"]


def write(name, rows):
    with open(name, "w", encoding="utf-8", newline="") as f:
        f.write("DAFTAR PEKERJA RENTAN 2026\n\n")
        for r in [HEADER] + rows:
            f.write(";".join(r) + "\n")


rows = list(people())
write("rapi.csv", rows)
write("hp-angka.csv", rows)
broken = [list(r) for r in rows]
broken[16][9] = "0812-345"  # a phone too short to be one: a warning, the person still imported
write("hp-satu-rusak.csv", broken)
