#!/usr/bin/env bash
# Builds WidthLab for Linux: an app image by default, or a .deb with
#   installers/build-linux.sh deb        (needs the Debian packages fakeroot and binutils, and dpkg-deb)
#
# The app image is made by jpackage (JDK 17+): JavaFX goes into the jlinked runtime as modules (only the
# -linux jars; the classifier-less javafx-*.jar files are empty placeholders); everything else runs from the
# class path, because EJML's automatic modules cannot be jlinked. Output: target/installer/WidthLab/.
#
# The .deb is assembled here from that image rather than by jpackage, whose maintainer scripts call
# xdg-desktop-menu and fail on a minimal Debian. It installs
#   /opt/widthlab/                                   the app image (bin/WidthLab, the runtime, the jars)
#   /usr/bin/widthlab                                a link to the launcher: the command on the PATH
#   /usr/share/applications/org.widthlab.WidthLab.desktop   menu entry; opens files given to it (%f)
#   /usr/share/mime/packages/widthlab.xml            the experiment file type, *.widthlab
#   /usr/share/icons/hicolor/256x256/{apps,mimetypes}/…      the icons of the app and of its files
# and no maintainer script does anything: the desktop's own packages (desktop-file-utils, shared-mime-info,
# the icon theme) pick these files up through dpkg triggers where they are installed, and nothing is lost
# where they are not. Output: target/installer/widthlab_VERSION_ARCH.deb.
# The same jpackage recipe with the -win / -mac JavaFX jars builds .msi / .dmg on those systems.
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
jpackage @installers/linux/jpackage.args --type app-image --input "$out/input" \
    --module-path "$out/javafx-modules" --dest "$out"
[ "$type" = app-image ] && { ls -la "$out/WidthLab"; exit 0; }
[ "$type" = deb ] || { echo "build-linux.sh: type is app-image or deb, not '$type'" >&2; exit 2; }

version=$(sed -n 's/^--app-version *//p' installers/linux/jpackage.args)
arch=$(dpkg --print-architecture)
root="$out/deb-root"
mkdir -p "$root/opt" "$root/usr/bin" "$root/DEBIAN" "$root/usr/share/applications" "$root/usr/share/mime/packages" \
    "$root/usr/share/icons/hicolor/256x256/apps" "$root/usr/share/icons/hicolor/256x256/mimetypes" \
    "$root/usr/share/doc/widthlab"
cp -a "$out/WidthLab" "$root/opt/widthlab"
ln -s /opt/widthlab/bin/WidthLab "$root/usr/bin/widthlab"
install -m 644 installers/linux/org.widthlab.WidthLab.desktop "$root/usr/share/applications/"
install -m 644 installers/linux/widthlab-mime.xml "$root/usr/share/mime/packages/widthlab.xml"
install -m 644 assets/icon/widthlab-256.png "$root/usr/share/icons/hicolor/256x256/apps/widthlab.png"
install -m 644 assets/icon/widthlab-256.png \
    "$root/usr/share/icons/hicolor/256x256/mimetypes/application-x-widthlab-experiment.png"
install -m 644 installers/linux/deb/copyright "$root/usr/share/doc/widthlab/copyright"
install -m 755 installers/linux/deb/prerm "$root/DEBIAN/prerm"

# Depends: the Debian packages of the shared libraries the bundled runtime links against (as jpackage
# finds them), and those JavaFX loads at run time from inside its jars (GTK 3 for the window, XTest for
# its robot, OpenGL for the hardware pipeline).
declare -A packages=([libgtk-3-0]=1 [libxtst6]=1 [libgl1]=1)
inside=$(find "$out/WidthLab" -name '*.so*' -printf '%f\n' | sort -u)
for lib in $(find "$out/WidthLab" -name '*.so' -exec objdump -p {} \; | awk '/NEEDED/ {print $2}' | sort -u); do
    grep -qxF "$lib" <<<"$inside" && continue
    package=$(dpkg -S "*/$lib" 2>/dev/null | cut -d: -f1 | grep -v -e '-dev$' | head -1 || true)
    [ -n "$package" ] || { echo "build-linux.sh: no Debian package provides $lib" >&2; exit 1; }
    packages[$package]=1
done
depends=$(printf '%s\n' "${!packages[@]}" | sort | paste -sd, - | sed 's/,/, /g')
installed_kib=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
cat > "$root/DEBIAN/control" <<CONTROL
Package: widthlab
Version: $version
Section: science
Priority: optional
Architecture: $arch
Maintainer: WidthLab <widthlab@localhost>
Installed-Size: $installed_kib
Depends: $depends
Description: $(sed -n 's/^--description *"\(.*\)"$/\1/p' installers/linux/jpackage.args)
 WidthLab shows how neural networks behave as they get wider (Yang and Hu, Tensor Programs IV):
 it classifies any abc-parametrization, trains real networks at many widths and draws the
 width-scaling curves beside the theory's predictions and the infinite-width limits.
 Double-click an experiment file (.widthlab) to open it; run "widthlab --help" for the command line.
CONTROL
deb="$out/widthlab_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb"
ls -la "$deb"
