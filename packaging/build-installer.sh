#!/usr/bin/env bash
# Builds Journeyboard's native app image and installers with jpackage from target/journeyboard.jar.
#
#   mvn -B -DskipTests package && packaging/build-installer.sh [TYPE...]
#   (or in one go: mvn -B -DskipTests -Pinstaller package)
#
# TYPE is app-image, deb or rpm on Linux, msi or exe on Windows (needs WiX 3 on the PATH), dmg or pkg on
# macOS. Without a TYPE it builds the app image plus the usual package of the platform: deb, msi or dmg.
# jpackage cannot cross-build: each installer is built on its own operating system.
# Output goes to target/installer/. Environment overrides: APP_VERSION (numeric, e.g. 1.2.0; default
# taken from pom.xml without -SNAPSHOT), DEB_MAINTAINER (an e-mail address), EXTRA_MODULES (comma-separated).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

jar=target/journeyboard.jar
dest=target/installer
name=Journeyboard
main_class=org.journeyboard.app.Launcher
vendor=Journeyboard
description="Offline editor for customer journey maps"

die() { echo "build-installer: $*" >&2; exit 1; }

[ -f "$jar" ] || die "$jar is missing; build it first with: mvn -B -DskipTests package"
command -v jpackage >/dev/null || die "jpackage not found; it comes with JDK 17 or newer (set PATH to its bin)"

case "$(uname -s)" in
  # on Linux the file type icon is installed as a 128 px theme icon, so it gets the 128 px PNG
  Linux*) os=linux; icon=assets/icons/journeyboard-256.png; file_icon=assets/icons/journeyboard-128.png
    default_types=(app-image deb) ;;
  Darwin*) os=mac; icon=assets/icons/journeyboard.icns; file_icon=$icon; default_types=(app-image dmg) ;;
  MINGW* | MSYS* | CYGWIN*) os=windows; icon=assets/icons/journeyboard.ico; file_icon=$icon
    default_types=(app-image msi) ;;
  *) die "unknown operating system $(uname -s)" ;;
esac
types=("$@")
[ ${#types[@]} -gt 0 ] || types=("${default_types[@]}")

# jpackage wants a purely numeric version; Maven's 0.1.0-SNAPSHOT becomes 0.1.0
pom_version=$(sed -n 's|^  <version>\(.*\)</version>.*|\1|p' pom.xml | head -n 1)
version=${APP_VERSION:-$pom_version}
version=${version%%-*}
[[ $version =~ ^[0-9]+(\.[0-9]+){0,3}$ ]] || die "version '$version' is not numeric; set APP_VERSION=1.2.3"

# the trimmed runtime: what jdeps finds in the jar plus what is only reached at run time
found=$(jdeps --multi-release 17 --ignore-missing-deps --print-module-deps "$jar")
baseline=$(grep -v '^#' packaging/runtime-modules.txt | grep -v '^[[:space:]]*$' | paste -sd, -)
modules=$(printf '%s\n' "$found,$baseline${EXTRA_MODULES:+,$EXTRA_MODULES}" | tr ',' '\n' | sort -u | paste -sd, -)
echo "build-installer: runtime modules: $modules"

# jpackage copies the whole --input folder into the image, so give it a folder holding only the jar
rm -rf "$dest/input" "${dest:?}/$name" "$dest/$name.app"
mkdir -p "$dest/input"
cp "$jar" "$dest/input/"

common=(--name "$name" --app-version "$version" --vendor "$vendor" --description "$description"
        --icon "$icon" --dest "$dest")

image="$dest/$name"
[ "$os" = mac ] && image="$dest/$name.app"

build_app_image() {
  echo "build-installer: app image"
  jpackage --type app-image "${common[@]}" \
    --input "$dest/input" --main-jar journeyboard.jar --main-class "$main_class" \
    --add-modules "$modules" \
    --jlink-options "--strip-debug --no-header-files --no-man-pages --include-locales=en,de --generate-cds-archive"
  archive_classes
  echo "build-installer: $image ($(du -sh "$image" | cut -f1))"
}

# (The runtime keeps its native commands: jlink needs its bin/java to generate the base CDS archive.)
# A class-data sharing archive of what a command loads, made by one training export through the image's own
# launcher and runtime (an archive only fits the JVM that made it). Commands then start in about half the time;
# -Xshare:auto makes a JVM that cannot map the archive start without it instead of failing.
archive_classes() {
  [ "$os" = linux ] || return 0 # the launcher paths below are those of a Linux image
  local launcher="$image/bin/$name" app_dir="$image/lib/app" cfg="$image/lib/app/$name.cfg"
  local work
  work=$(mktemp -d)
  if JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$app_dir/cli.jsa -Xlog:disable -Xlog:all=error:stderr" \
      "$launcher" samples -o "$work" >/dev/null 2>&1 &&
     JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$app_dir/cli.jsa -Xlog:disable -Xlog:all=error:stderr" \
      "$launcher" export "$work"/sicherheitstechnik-gut.journey.json -o "$work/sample.pdf" >/dev/null 2>&1 &&
     [ -s "$app_dir/cli.jsa" ]; then
    # jpackage's launcher reads JVM options from its cfg file; $APPDIR is the folder of the jar
    sed -i 's|^\[JavaOptions\]$|[JavaOptions]\njava-options=-Xshare:auto\njava-options=-XX:SharedArchiveFile=$APPDIR/cli.jsa\njava-options=-Xlog:disable\njava-options=-Xlog:all=error:stderr|' "$cfg"
    grep -q 'cli.jsa' "$cfg" || printf '[JavaOptions]\njava-options=-Xshare:auto\njava-options=-XX:SharedArchiveFile=$APPDIR/cli.jsa\njava-options=-Xlog:disable\njava-options=-Xlog:all=error:stderr\n' >>"$cfg"
    echo "build-installer: class-data archive for commands ($(du -h "$app_dir/cli.jsa" | cut -f1))"
  else
    echo "build-installer: no class-data archive (the training export failed); commands start without it"
    rm -f "$app_dir/cli.jsa"
  fi
  rm -rf "$work"
}

build_package() {
  local type=$1
  # the association properties are shared; only the icon differs per platform
  local associations="$dest/journey-file.properties"
  # a relative icon path, because a Git Bash path like /c/... means nothing to jpackage.exe
  { cat packaging/journey-file.properties; echo "icon=$file_icon"; } >"$associations"
  local args=(--type "$type" --app-image "$image" "${common[@]}" --file-associations "$associations")
  case "$type" in
    deb | rpm)
      args+=(--resource-dir packaging/linux --linux-package-name journeyboard --linux-shortcut
             --linux-menu-group "Office;" --linux-app-category misc
             # JavaFX's natives travel inside the jar, so jpackage cannot see that they need GTK 3
             --linux-package-deps libgtk-3-0)
      [ "$type" = deb ] && args+=(--linux-deb-maintainer "${DEB_MAINTAINER:-journeyboard@example.org}")
      ;;
    msi | exe)
      # a fixed upgrade code lets a newer installer replace an older one
      args+=(--win-menu --win-menu-group "$name" --win-shortcut --win-dir-chooser
             --win-upgrade-uuid 2dd42e71-5959-422b-ac81-1910d8719899)
      ;;
    dmg | pkg)
      args+=(--mac-package-identifier org.journeyboard --mac-package-name "$name")
      ;;
    *) die "unknown package type $type" ;;
  esac
  echo "build-installer: $type package"
  jpackage "${args[@]}"
}

for type in "${types[@]}"; do
  case "$type" in
    app-image) build_app_image ;;
    *)
      [ -d "$image" ] || build_app_image
      build_package "$type"
      ;;
  esac
done
rm -rf "$dest/input"
ls -l "$dest"
