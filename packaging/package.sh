#!/usr/bin/env bash
# Packs a built NetLab as a desktop program: an app image with its own trimmed Java runtime
# (jlink: no JDK needed to run it), a tarball of it, and a Debian package (jpackage) with a
# desktop entry, an icon, and the recordings' file type (.netlab.jsonl) opening in NetLab.
#
#   packaging/package.sh JDK_HOME APP_TARGET OUT [--image-only]
#
# JDK_HOME   a JDK >= 21 with jlink and jpackage (./netlab package passes the one it found)
# APP_TARGET app/target of a build: netlab-app.jar, lib/*.jar, lib/fx/*.jar
# OUT        where to put them (emptied first): OUT/NetLab/ (the image), OUT/netlab-VERSION-linux-ARCH.tar.gz,
#            OUT/netlab_VERSION_ARCH.deb
# --image-only  the image alone (the tests run it; the .deb takes longer to compress)
#
# The image's bin/NetLab is jpackage's launcher (the desktop entry runs it); bin/netlab is the
# command, with the same subcommands as ./netlab: it starts headless commands without JavaFX and
# gives SIGINT its default back, as ./netlab does. The .deb links /usr/bin/netlab to it.
set -euo pipefail

JDK="$1" TARGET="$2" OUT="$3"
shift 3
IMAGE_ONLY=false
if [ "${1:-}" = "--image-only" ]; then IMAGE_ONLY=true; fi
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
say() { printf 'netlab package: %s\n' "$*" >&2; }

for tool in jlink jpackage; do
  [ -x "$JDK/bin/$tool" ] || { say "$JDK has no $tool: packaging needs a full JDK 21 or newer"; exit 1; }
done
[ -f "$TARGET/netlab-app.jar" ] || { say "no $TARGET/netlab-app.jar: build first (./netlab build)"; exit 1; }

# jpackage wants a numeric version: 0.1.0-SNAPSHOT -> 0.1.0
VERSION=$(unzip -p "$TARGET/netlab-app.jar" META-INF/MANIFEST.MF | sed -n 's/^Implementation-Version: *\([0-9.]*\).*/\1/p' | tr -d '\r')
VERSION=${VERSION:-0.1.0}

rm -rf "$OUT"
STAGE="$OUT/stage"
mkdir -p "$STAGE/input" "$STAGE/fx"
cp "$TARGET/netlab-app.jar" "$TARGET"/lib/*.jar "$STAGE/input/"
cp "$TARGET"/lib/fx/*.jar "$STAGE/fx/"

# The JDK's modules NetLab uses (jdeps --print-module-deps over the jars, plus what is reached by
# reflection: java.management for Netty, jdk.crypto.ec and the locale data for TLS and Chinese).
MODULES=java.base,java.desktop,java.logging,java.management,java.naming,java.prefs,java.sql,java.xml,jdk.jfr,jdk.unsupported,jdk.crypto.ec,jdk.localedata,jdk.charsets,jdk.zipfs
say "jlink: a runtime of $MODULES"
"$JDK/bin/jlink" --add-modules "$MODULES" --include-locales=en,zh --strip-debug --no-header-files --no-man-pages \
  --output "$STAGE/runtime"

# what ./netlab passes for the window (the launcher of the image always opens with JavaFX at hand)
JAVA_OPTIONS=(--java-options "--add-exports=java.base/jdk.internal.vm=ALL-UNNAMED"
              --java-options "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED"
              --java-options "--enable-native-access=ALL-UNNAMED,javafx.graphics"
              --java-options "--module-path=\$APPDIR/../fx"
              --java-options "--add-modules=javafx.controls"
              --java-options "--sun-misc-unsafe-memory-access=allow"
              --java-options "-Xlog:disable" --java-options "-Xlog:all=warning:stderr"
              --java-options "-Xms512m")
say "jpackage: the app image"
"$JDK/bin/jpackage" --type app-image --name NetLab --app-version "$VERSION" --vendor NetLab \
  --description "A desktop network laboratory: asyncio's ideas on Netty, connection by connection" \
  --input "$STAGE/input" --main-jar netlab-app.jar --main-class netlab.app.Main \
  --runtime-image "$STAGE/runtime" --app-content "$STAGE/fx" --icon "$HERE/netlab.png" \
  "${JAVA_OPTIONS[@]}" --dest "$OUT"
install -m 0755 "$HERE/netlab.sh" "$OUT/NetLab/bin/netlab"
say "app image: $OUT/NetLab (bin/netlab, bin/NetLab)"
if $IMAGE_ONLY; then
  rm -rf "$STAGE"
  exit 0
fi

ARCH=$(dpkg --print-architecture 2>/dev/null || uname -m)
tar -C "$OUT" -czf "$OUT/netlab-$VERSION-linux-$ARCH.tar.gz" NetLab
say "tarball: $OUT/netlab-$VERSION-linux-$ARCH.tar.gz"

if ! command -v dpkg-deb >/dev/null 2>&1 || ! command -v fakeroot >/dev/null 2>&1; then
  say "no dpkg-deb or fakeroot here: the Debian package is left out (apt-get install dpkg-dev fakeroot)"
  rm -rf "$STAGE"
  exit 0
fi
say "jpackage: the Debian package"
"$JDK/bin/jpackage" --type deb --app-image "$OUT/NetLab" --name NetLab --app-version "$VERSION" --vendor NetLab \
  --description "A desktop network laboratory: asyncio's ideas on Netty, connection by connection" \
  --linux-package-name netlab --linux-deb-maintainer "netlab@localhost" --linux-app-category education \
  --linux-shortcut --linux-menu-group "Education;Network;" --icon "$HERE/netlab.png" \
  --file-associations "$HERE/recording.properties" --resource-dir "$HERE/deb" \
  --install-dir /opt --dest "$OUT"
rm -rf "$STAGE"
say "Debian package: $(ls "$OUT"/*.deb)"
