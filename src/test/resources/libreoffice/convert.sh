#!/bin/sh
# LibreOffice Calc (7.4, Debian's libreoffice-calc-nogui) reads each list as a clerk's Calc would with the
# Indonesian locale (1057) and saves it as .xlsx. Column types, 1 = standard (a number typed into an
# ordinary cell becomes a number: 081234567890 -> 81234567890), 2 = text, 4 = date DD/MM/YY.
set -e
# rapi: NIK, phone and KPJ columns formatted as text, dates as date cells: the careful clerk
soffice --headless --infilter="CSV:59,34,76,1,1/1/2/2/3/2/4/2/5/2/6/4/7/2/8/2/9/2/10/2/11/1/12/2,1057" \
  --convert-to xlsx:"Calc MS Excel 2007 XML" rapi.csv
# hp-angka / hp-satu-rusak: only the NIK column as text; phones, income, KPJ in ordinary cells
for f in hp-angka hp-satu-rusak; do
  soffice --headless --infilter="CSV:59,34,76,1,1/1/2/2/3/2/4/2/5/2/6/4/7/2/8/2/9/2/10/1/11/1/12/1,1057" \
    --convert-to xlsx:"Calc MS Excel 2007 XML" $f.csv
done
