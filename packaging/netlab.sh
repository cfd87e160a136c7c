#!/bin/bash
# NetLab, packaged: the same subcommands as ./netlab, on the Java runtime packed beside it (no JDK
# needed). Without arguments (or with a recording to open) it opens the lab window.
set -euo pipefail
here="$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")"
root="$(dirname "$here")"
java="$root/lib/runtime/bin/java"
flags=(--add-exports java.base/jdk.internal.vm=ALL-UNNAMED --add-exports java.base/jdk.internal.misc=ALL-UNNAMED
       --sun-misc-unsafe-memory-access=allow
       -Xlog:disable -Xlog:all=warning:stderr)
if [ -n "${1:-}" ] && [ "${1#-}" = "$1" ] && [ "${1%.netlab.jsonl}" = "$1" ]; then
  # a subcommand runs headless: without JavaFX on the module path the JVM starts sooner
  flags+=(--enable-native-access=ALL-UNNAMED)
else
  # the window's heap starts at 512 MiB, as ./netlab starts it (see there)
  flags+=(--enable-native-access=ALL-UNNAMED,javafx.graphics --module-path "$root/lib/fx" --add-modules javafx.controls
          -Xms512m)
fi
# A shell starts a background job with SIGINT ignored; give it its default back (see ./netlab).
restore=()
if env --default-signal=INT true >/dev/null 2>&1; then
  restore=(env --default-signal=INT)
fi
exec ${restore[@]+"${restore[@]}"} "$java" "${flags[@]}" ${NETLAB_JAVA_OPTS:-} -cp "$root/lib/app/*" netlab.app.Main "$@"
