#!/usr/bin/env bash
# Exports every report of the synthetic 10-year partnership in both formats and checks that each
# one opens: every DOCX converts with LibreOffice, every PDF yields text with pdftotext.
# Needs libreoffice (libreoffice-writer-nogui) and poppler-utils. Usage: scripts/check-reports.sh [JAR]
set -euo pipefail
jar=$(realpath "${1:-app/target/hubdesk.jar}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out="$work/out"
mkdir -p "$out"
hub() { java -jar "$jar" --data-dir "$work/data" "$@"; }

hub demo --years 10 >/dev/null
year=$(( $(date +%Y) - 1 ))
held=$(hub meeting list --group "Multi-Agency Learning Forum" | awk '$0 ~ / Held / {id=$1} END {print id}')
[ -n "$held" ] || { echo "check-reports: the demo has no held Forum meeting" >&2; exit 1; }

exports=(
  "register --group Multi-Agency_Learning_Forum"
  "register --group Learning_Hub"
  "actions"
  "governance"
  "annual-report --year $year"
  "delivery-plan"
  "agenda --meeting $held"
  "minutes --meeting $held"
  "section-11-overview"
  "section-175-overview"
  "performance --year $year"
  "audit-calendar --year $year"
)
for extra in "hub-programme --year $year" "recommendations --year $year"; do
  name=${extra%% *}
  if hub export --help | grep -q "^  $name "; then exports+=("$extra"); fi
done

n=0
for spec in "${exports[@]}"; do
  read -r -a words <<<"$spec"
  args=()
  for w in "${words[@]}"; do args+=("${w//_/ }"); done
  stem="$out/$n-${words[0]}"
  for format in docx pdf; do
    hub export "${args[@]}" --out "$stem.$format" >/dev/null
  done
  n=$((n + 1))
done
hub export pack --meeting "$held" --out "$out/pack.pdf" >/dev/null
hub export timeline --year "$year" --format pdf --out "$out/timeline.pdf" >/dev/null
hub export ics --meeting "$held" --out "$out/meeting.ics" >/dev/null
grep -q "BEGIN:VEVENT" "$out/meeting.ics"

(cd "$out" && libreoffice --headless --convert-to pdf --outdir converted ./*.docx >/dev/null 2>&1)
docx_count=$(ls "$out"/*.docx | wc -l)
converted=$(ls "$out"/converted/*.pdf 2>/dev/null | wc -l)
if [ "$converted" -ne "$docx_count" ]; then
  echo "check-reports: LibreOffice converted $converted of $docx_count Word reports" >&2
  exit 1
fi
for pdf in "$out"/*.pdf "$out"/converted/*.pdf; do
  if [ -z "$(pdftotext "$pdf" - | tr -d '[:space:]')" ]; then
    echo "check-reports: no text in $pdf" >&2
    exit 1
  fi
done
echo "check-reports: $docx_count Word reports converted by LibreOffice and $(ls "$out"/*.pdf | wc -l) PDFs read, all with text"
