#!/bin/sh
# The executors-import fixtures, made the way a person makes them: LibreOffice
# Calc opens each CSV in e2e/fixtures/src and saves it as .xlsx (so the e2e test
# reads a file a real spreadsheet program wrote), and the CSV is saved the way
# Excel in Kazakhstan does: semicolons, Windows-1251.
# Needs: apt-get install -y libreoffice-calc. Run from anywhere; commit the output.
set -eu
here=$(cd "$(dirname "$0")/../e2e/fixtures" && pwd)
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
for name in executors-clean executors-errors; do
  # CSV import options: comma, double quotes, UTF-8 (76), start at row 1.
  soffice -env:UserInstallation="file://$profile" --headless --infilter="CSV:44,34,76,1" \
    --convert-to xlsx --outdir "$here" "$here/src/$name.csv"
done
iconv -f UTF-8 -t WINDOWS-1251 "$here/src/executors-excel.utf8.csv" > "$here/executors-excel.csv"
ls -l "$here"/*.xlsx "$here"/*.csv
