"""Fills Payung's empty template in LibreOffice Calc and saves it, as a clerk would (see README.md here).

  java -jar target/payung.jar template --out t.xlsx
  soffice --headless --accept="socket,host=localhost,port=2002;urp;" &
  /usr/bin/python3 fill_template.py t.xlsx templat-diisi.xlsx

Each value is entered with setFormula, which is what typing into an ordinary cell does: a phone number typed
into the No HP cell becomes a number (leading 0 dropped), KPJ and Jumlah Bulan numbers, the birth date typed
as 1985-04-12 a date cell. NIK and Mulai go in with setString: the template formats those columns as text,
and typing into a text cell keeps the text (setFormula through the API would not honour the cell's format).
"""
import os
import sys
import time

import uno
from com.sun.star.beans import PropertyValue

TEXT_COLUMNS = {1, 12}  # NIK, Mulai: formatted as text in the template
ROWS = [
    # No, NIK, Nama, JK, Tempat, Tgl lahir, Alamat, Desa, Kecamatan, Pekerjaan, HP, Sumber dana, Mulai, Bulan, KPJ
    ["1", "5310015204850001", "Maria Jelita", "P", "Ruteng", "1985-04-12", "Kampung Lerang", "Satar Ngkeling",
     "Wae Rii", "Petani", "081234567890", "APBD Provinsi NTT", "01/2026", "12", "25000000001"],
    ["2", "5310011205850002", "Yohanes Jehadu", "L", "Ruteng", "1985-05-12", "", "Lalong", "Wae Rii",
     "Tukang bangunan", "+62 813-3456-7891", "APBD Provinsi NTT", "01/2026", "12", ""],
    ["3", "5310030101900003", "Agustinus Ndaung", "L", "Cumbi", "1990-01-01", "", "Cumbi", "Ruteng", "Pengemudi ojek",
     "0852 3900 1122", "APBD Kabupaten Manggarai", "01/2026", "12", "25000000003"],
    ["4", "5310126003920004", "Theresia Nggarang", "P", "Ruteng", "1992-03-20", "Jl. Motang Rua", "Golo Dukal",
     "Langke Rembong", "Pedagang", "081345678901", "Mandiri (bayar sendiri)", "02/2026", "6", ""],
    ["5", "5310034507880005", "Fransiska Imelda", "P", "Ruteng", "1988-07-05", "", "Wae Belang", "Ruteng",
     "Asisten rumah tangga", "82145678902", "APBD Kabupaten Manggarai", "01/2026", "12", ""],
]


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def main(source, target):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(60):
        try:
            ctx = resolver.resolve("uno:socket,host=localhost,port=2002;urp;StarOffice.ComponentContext")
            break
        except Exception:
            time.sleep(1)
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(source)), "_blank", 0,
                                       (prop("Hidden", True),))
    sheet = doc.Sheets.getByIndex(0)
    for r, values in enumerate(ROWS):
        for c, v in enumerate(values):
            if v and c in TEXT_COLUMNS:
                sheet.getCellByPosition(c, 3 + r).setString(v)
            elif v:
                sheet.getCellByPosition(c, 3 + r).setFormula(v)
    doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(target)), (prop("FilterName", "Calc MS Excel 2007 XML"),))
    doc.close(True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
