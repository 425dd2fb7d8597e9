#!/usr/bin/env bash
# Builds WidthLab for Linux with jpackage (JDK 17+): an app image by default, or a .deb with
#   installers/build-linux.sh deb        (needs the Debian packages fakeroot and binutils)
# JavaFX goes into the jlinked runtime as modules (only the -linux jars; the classifier-less
# javafx-*.jar files are empty placeholders); everything else runs from the class path, because
# EJML's automatic modules cannot be jlinked. Output: target/installer/.
# The same recipe with the -win / -mac JavaFX jars builds .msi / .dmg on those systems.
set -euo pipefail
cd "$(dirname "$0")/.."
type="${1:-app-image}"
./mvnw -q -B -DskipTests package
out=target/installer
rm -rf "$out"
mkdir -p "$out/input" "$out/javafx-modules"
cp target/widthlab.jar "$out/input/"
for jar in target/lib/*.jar; do
    case "$(basename "$jar")" in
        javafx-*-linux.jar) cp "$jar" "$out/javafx-modules/" ;;
        javafx-*) ;;
        *) cp "$jar" "$out/input/" ;;
    esac
done
package_args=()
[ "$type" = deb ] && package_args=(@installers/linux/deb.args)
jpackage @installers/linux/jpackage.args "${package_args[@]}" --type "$type" --input "$out/input" \
    --module-path "$out/javafx-modules" --dest "$out"
ls -la "$out"
