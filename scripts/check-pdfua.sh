#!/usr/bin/env bash
# Checks PDFs against PDF/UA-1 with veraPDF (org.verapdf:validation-model from Maven Central),
# listing each failed rule once. Needs Maven Central once to fetch veraPDF; offline after that.
#   scripts/check-pdfua.sh governance.pdf hub-programme.pdf
set -euo pipefail
here=$(cd "$(dirname "$0")/verapdf" && pwd)
cp_file="$here/target/classpath.txt"
if [ ! -s "$cp_file" ]; then
  mkdir -p "$here/target"
  mvn -B -q -ntp -f "$here/pom.xml" dependency:build-classpath -Dmdep.outputFile="$cp_file"
fi
java -cp "$(cat "$cp_file")" "$here/Vera.java" "$@" 2>&1 | grep -v '^WARN\|SLF4J'
