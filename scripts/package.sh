#!/usr/bin/env bash
# Builds the Hubdesk installer with the JDK's jpackage: an app image (a folder with its own Java
# runtime) and, by platform, a Linux .deb, a Windows .msi or a macOS .dmg. No Maven and no
# separate JDK are needed where it is installed.
#   bash scripts/package.sh            # Linux: app image + .deb   (needs fakeroot, dpkg-deb)
#   bash scripts/package.sh msi        # on Windows (Git Bash), needs the WiX Toolset 3 on PATH
#   bash scripts/package.sh dmg        # on macOS
# Output: target/installer/
set -euo pipefail
cd "$(dirname "$0")/.."
TYPE="${1:-deb}"
JAR=app/target/hubdesk.jar
if [ ! -f "$JAR" ]; then
  mvn -B -ntp -q -DskipTests package
fi
VERSION=$(sed -n 's:.*<version>\([0-9][0-9.]*\).*</version>.*:\1:p' pom.xml | head -1)
OUT=target/installer
INPUT=target/installer-input
rm -rf "$OUT" "$INPUT"
mkdir -p "$OUT" "$INPUT"
cp "$JAR" "$INPUT/"

# The serial collector with a capped heap that gives memory back: one window and one user need no
# parallel collector, and with the JVM's defaults (G1, a quarter of the computer's memory) the app
# with ten years of data open held 700 MB resident; with these about 420 MB (docs/benchmarks.md).
# Only the quick (C1) compiler: on two cores the optimising compiler's threads took the CPU the app
# needed while starting; C1 alone cut a start's CPU by a third, a whole export by almost half and
# even the warm annual report (docs/benchmarks.md, "C1 only"). The ten-year demo builds in this heap.
MEMORY_OPTIONS=(--java-options "-XX:+UseSerialGC" --java-options "-Xms32m" --java-options "-Xmx384m"
                --java-options "-XX:MinHeapFreeRatio=10" --java-options "-XX:MaxHeapFreeRatio=20"
                --java-options "-XX:TieredStopAtLevel=1" --java-options "-XX:ReservedCodeCacheSize=64m")

common=(--name hubdesk --app-version "$VERSION" --vendor "Hubdesk"
        --description "Hubdesk: the business unit's desk for a Safeguarding Children Partnership"
        --input "$INPUT" --main-jar hubdesk.jar
        --java-options "-Xss2m" "${MEMORY_OPTIONS[@]}" --dest "$OUT"
        --jlink-options "--strip-debug --no-man-pages --no-header-files --generate-cds-archive")

# A class-data-sharing archive of the classes a start and an export load (AppCDS), made by the
# image's own runtime and used by its launcher: a command-line export starts about 40% faster.
# If the archive ever does not match (an image moved after training), the JVM ignores it and starts as usual.
train_class_archive() {
  local appdir=$2 cfg="$2/hubdesk.cfg" launcher="$1/bin/hubdesk" data
  data=$(mktemp -d)
  "$launcher" --data-dir "$data" demo >/dev/null
  cp "$cfg" "$cfg.orig"
  echo 'java-options=-XX:ArchiveClassesAtExit=$APPDIR/hubdesk.jsa' >>"$cfg"
  "$launcher" --data-dir "$data" export annual-report --format pdf --out "$data/annual-report.pdf" >/dev/null 2>&1
  mv "$cfg.orig" "$cfg"
  if [ -f "$appdir/hubdesk.jsa" ]; then
    echo 'java-options=-XX:SharedArchiveFile=$APPDIR/hubdesk.jsa' >>"$cfg"
    # The archive records where the jar was at training: an image moved elsewhere (the .deb's
    # /opt/hubdesk) falls back to the runtime's base archive, silently rather than with a warning.
    echo 'java-options=-Xlog:cds=off' >>"$cfg"
    echo 'java-options=-Xlog:cds+dynamic=off' >>"$cfg"
  fi
  rm -rf "$data"
}

case "$TYPE" in
  deb)
    jpackage "${common[@]}" --type app-image --icon packaging/linux/hubdesk.png
    train_class_archive "$OUT/hubdesk" "$OUT/hubdesk/lib/app"
    jpackage --type deb --app-image "$OUT/hubdesk" --name hubdesk --app-version "$VERSION" --vendor "Hubdesk" \
      --description "Hubdesk: the business unit's desk for a Safeguarding Children Partnership" --dest "$OUT" \
      --icon packaging/linux/hubdesk.png --resource-dir packaging/linux \
      --linux-package-name hubdesk --linux-menu-group Office --linux-shortcut \
      --linux-app-category office --linux-deb-maintainer "hubdesk@example.invalid" \
      --linux-package-deps "libgtk-3-0, libgl1, libxxf86vm1"
    ;;
  msi)
    jpackage "${common[@]}" --type msi --win-menu --win-shortcut --win-dir-chooser ;;
  dmg)
    jpackage "${common[@]}" --type dmg --mac-package-name Hubdesk ;;
  *)
    echo "package.sh: unknown type '$TYPE' (use deb, msi or dmg)" >&2; exit 2 ;;
esac
ls -l "$OUT"
