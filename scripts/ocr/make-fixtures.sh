#!/usr/bin/env bash
# Makes the OCR test fixtures in tests/PolicyParse.Tests/Fixtures/scanned from the corpus PDFs (run by hand;
# the results are committed). Needs poppler-utils, img2pdf, tesseract-ocr(-chi-sim), qpdf and python3.
#   *.scanned.pdf        the pages rasterized (grey JPEG at 150 or 200 dpi, no text layer), as a scanner leaves them
#   *.poor-layer.pdf     the first two pages as images under an invisible text layer with a scanner's
#                        confusions: 〔〕 as [ J, and Latin letters for frequent Han characters
set -euo pipefail
cd "$(dirname "$0")/../.."
out=tests/PolicyParse.Tests/Fixtures/scanned
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
for scan in "003-taierzhuang-2022-shishi-fangan 150" "004-suzhou-2019-zhengwu-gongkai-web 200"; do
  set -- $scan
  pdftoppm -r "$2" -gray -jpeg -jpegopt quality=30 "corpus/pdf/$1.pdf" "$work/$1"
  img2pdf --pagesize A4 -o "$out/$1.scanned.pdf" "$work/$1"-*.jpg
done

seed=004-suzhou-2019-zhengwu-gongkai-web
ls "$work/$seed"-1.jpg "$work/$seed"-2.jpg > "$work/pages.txt"
OMP_THREAD_LIMIT=1 tesseract "$work/pages.txt" "$work/layered" -l chi_sim --dpi 150 pdf
qpdf --qdf --object-streams=disable "$work/layered.pdf" "$work/layered-qdf.pdf"
# Same-length substitutions inside the text layer's UTF-16 hex strings: 【 → [, ] → J, 公 → A, 的 → e, 开 → F.
python3 - "$work/layered-qdf.pdf" "$work/confused.pdf" <<'PY'
import re, sys
data = open(sys.argv[1], 'rb').read()
swap = {'3010': '005b', '005d': '004a', '516c': '0041', '7684': '0065', '5f00': '0046'}
def confuse(m):
    units = [m.group(1)[i:i + 4] for i in range(0, len(m.group(1)), 4)]
    return b'<' + ''.join(swap.get(u.decode(), u.decode()) for u in units).encode() + b'>'
open(sys.argv[2], 'wb').write(re.sub(rb'<([0-9a-f]{4,})>', confuse, data))
PY
qpdf "$work/confused.pdf" "$out/$seed.poor-layer.pdf"
ls -l "$out"
