#!/usr/bin/env bash
# Checks the .deb as a new user would meet it, in a fresh minimal Debian (debootstrap --variant=minbase:
# no desktop, no xdg-utils, no menu directories):
#   1. `apt-get install ./widthlab.deb` succeeds and leaves the package configured;
#   2. the `widthlab` command is on the PATH and runs headless;
#   3. a double-click on an experiment file works: the Exec line of the installed desktop entry is run with
#      the file (%f) against an X server (Xvfb), the window opens on that file with the window class the
#      entry names, prints nothing on the console, is photographed, and quits cleanly;
#   4. with the desktop's own tools added afterwards (desktop-file-utils, shared-mime-info), the entry
#      validates and *.widthlab files are registered to open with WidthLab;
#   5. `apt-get remove` and `apt-get purge` succeed and leave nothing behind.
#
# Usage (as root, on Debian, with debootstrap, xvfb, xdotool, x11-utils and imagemagick installed):
#   installers/check-deb-in-fresh-debian.sh [DEB] [SUITE]
# DEB defaults to the one installers/build-linux.sh deb wrote; SUITE to bookworm. The first run
# debootstraps (a few minutes) and keeps a pristine copy in target/debian-root-cache/; every run starts
# from a fresh copy of it. Logs and the screenshot go to target/deb-check/. Exit code 0 means every check
# passed; the first failing check is named on stderr.
set -euo pipefail
cd "$(dirname "$0")/.."
deb=$(realpath "${1:-$(ls target/installer/widthlab_*.deb | head -1)}")
suite="${2:-bookworm}"
[ "$(id -u)" -eq 0 ] || { echo "check-deb: run as root (debootstrap and chroot)" >&2; exit 2; }
for tool in debootstrap Xvfb xdotool xprop import; do
    command -v "$tool" >/dev/null || { echo "check-deb: needs $tool on this machine" >&2; exit 2; }
done

out=$(realpath -m target/deb-check)
cache=$(realpath -m target/debian-root-cache)
root=$(realpath -m target/deb-check-root)
rm -rf "$out" && mkdir -p "$out" "$cache"
log() { echo "check-deb: $*" | tee -a "$out/summary.txt"; }
fail() { echo "check-deb: FAILED: $*" | tee -a "$out/summary.txt" >&2; exit 1; }

# A fresh minimal root, from the pristine copy.
if [ ! -f "$cache/$suite-minbase.tar" ]; then
    log "debootstrap --variant=minbase $suite (once; kept in $cache)"
    rm -rf "$cache/root"
    debootstrap --variant=minbase "$suite" "$cache/root" http://deb.debian.org/debian > "$out/debootstrap.log" 2>&1 \
        || fail "debootstrap (see $out/debootstrap.log)"
    tar -C "$cache/root" -cf "$cache/$suite-minbase.tar" .
    rm -rf "$cache/root"
fi
mounts=()
display=""
xvfb=""
cleanup() {
    [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
    cp -r "$root/root/.local/state/widthlab" "$out/user-state" 2>/dev/null || true
    cp -r "$root/root/.config/widthlab" "$out/user-config" 2>/dev/null || true
    for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do umount -l "${mounts[i]}" 2>/dev/null || true; done
    rm -rf "$root"
}
trap cleanup EXIT
rm -rf "$root" && mkdir -p "$root"
tar -C "$root" -xf "$cache/$suite-minbase.tar"
for fs in proc sys dev dev/pts; do
    mount --bind "/$fs" "$root/$fs" && mounts+=("$root/$fs")
done
cp /etc/resolv.conf "$root/etc/resolv.conf"
in_root() { chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }
log "fresh $suite root: $(in_root dpkg-query -W -f='${Package}\n' | wc -l) packages; xdg-desktop-menu: $(in_root sh -c 'command -v xdg-desktop-menu || echo absent')"

# 1. install
cp "$deb" "$root/root/widthlab.deb"
in_root apt-get update > "$out/apt-update.log" 2>&1 || fail "apt-get update (see $out/apt-update.log)"
if in_root apt-get install -y --no-install-recommends /root/widthlab.deb > "$out/install.log" 2>&1; then
    log "apt-get install ./widthlab.deb: exit 0 ($(grep -c '^Setting up' "$out/install.log") packages set up)"
else
    fail "apt-get install exited $? (see $out/install.log)"
fi
status=$(in_root dpkg-query -W -f='${Status}' widthlab)
[ "$status" = "install ok installed" ] || fail "widthlab is '$status' after installing"
in_root apt-get check > "$out/apt-check.log" 2>&1 || fail "apt-get check after installing"

# 2. the command on the PATH, headless
in_root widthlab classify --preset mup --depth 2 > "$out/classify.json" 2> "$out/classify.err" \
    || fail "widthlab classify (see $out/classify.err)"
grep -q '"regime" : "feature-learning"' "$out/classify.json" || fail "widthlab classify printed no μP verdict"
[ -s "$out/classify.err" ] && fail "widthlab classify wrote to stderr: $(head -3 "$out/classify.err")"
log "widthlab classify --preset mup --depth 2: feature-learning, nothing on stderr"

# 3. a double-click: the desktop entry's Exec line with the file, against an X server
desktop="$root/usr/share/applications/org.widthlab.WidthLab.desktop"
exec_line=$(sed -n 's/^Exec=//p' "$desktop")
wm_class=$(sed -n 's/^StartupWMClass=//p' "$desktop")
[[ "$exec_line" == *"%f"* ]] || fail "the desktop entry's Exec line has no %f: $exec_line"
cp assets/experiments/ntp.json "$root/root/Lesson 1.widthlab"
command_line=${exec_line//%f/\'/root/Lesson 1.widthlab\'}
for n in $(seq 90 120); do [ -e "/tmp/.X11-unix/X$n" ] || { display=":$n"; break; }; done
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp > "$out/xvfb.log" 2>&1 &
xvfb=$!
for _ in $(seq 1 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
mkdir -p "$root/tmp/.X11-unix" && mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix" && mounts+=("$root/tmp/.X11-unix")
log "double-click: $command_line (DISPLAY=$display)"
start=$(date +%s.%N)
chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/bin:/bin LANG=C.UTF-8 DISPLAY="$display" \
    sh -c "$command_line" > "$out/window.out" 2>&1 &
app=$!
window=""
for _ in $(seq 1 600); do
    window=$(DISPLAY=$display xdotool search --onlyvisible --name 'Lesson 1.widthlab' 2>/dev/null | head -1 || true)
    [ -n "$window" ] && break
    kill -0 "$app" 2>/dev/null || fail "the window process ended early: $(head -5 "$out/window.out")"
    sleep 0.1
done
[ -n "$window" ] || fail "no window titled after the file within 60 s"
log "window up after $(awk "BEGIN { printf \"%.1f\", $(date +%s.%N) - $start }") s (first start: unpacks JavaFX and OpenBLAS natives)"
sleep 3
DISPLAY=$display xprop -id "$window" WM_CLASS WM_NAME > "$out/window-properties.txt"
grep -q "\"$wm_class\"" "$out/window-properties.txt" \
    || fail "window class $(grep WM_CLASS "$out/window-properties.txt") is not StartupWMClass=$wm_class"
DISPLAY=$display import -window root "$out/double-click.png"
DISPLAY=$display xdotool key --window "$window" ctrl+q
for _ in $(seq 1 100); do kill -0 "$app" 2>/dev/null || break; sleep 0.1; done
kill -0 "$app" 2>/dev/null && fail "the window did not quit on Ctrl+Q"
wait "$app" || fail "the window exited with $?"
[ -s "$out/window.out" ] && fail "the window printed on the console: $(head -5 "$out/window.out")"
log "window: titled after the file, class $wm_class, quit with exit 0, nothing on the console; screenshot $out/double-click.png"
[ -f "$root/root/.config/widthlab/settings.json" ] || fail "the window did not remember its place"

# 4. with the desktop's tools added afterwards, the entry validates and the file type is registered
in_root apt-get install -y --no-install-recommends desktop-file-utils shared-mime-info > "$out/desktop-tools.log" 2>&1 \
    || fail "installing desktop-file-utils shared-mime-info (see $out/desktop-tools.log)"
in_root desktop-file-validate /usr/share/applications/org.widthlab.WidthLab.desktop > "$out/validate.log" 2>&1 \
    || fail "desktop-file-validate: $(cat "$out/validate.log")"
grep -q 'application/x-widthlab-experiment:\*\.widthlab' "$root/usr/share/mime/globs2" \
    || fail "*.widthlab is not in the MIME database"
grep -q '^application/x-widthlab-experiment=org.widthlab.WidthLab.desktop' "$root/usr/share/applications/mimeinfo.cache" \
    || fail "the desktop's MIME cache does not open *.widthlab with WidthLab"
log "desktop-file-validate clean; *.widthlab is application/x-widthlab-experiment, opened by org.widthlab.WidthLab.desktop"

# 5. remove, then purge; and purge straight from installed
nothing_left() {
    for path in /opt/widthlab /usr/bin/widthlab /usr/share/applications/org.widthlab.WidthLab.desktop \
            /usr/share/mime/packages/widthlab.xml /usr/share/icons/hicolor/256x256/apps/widthlab.png; do
        [ -e "$root$path" ] || [ -L "$root$path" ] && fail "$path is still there after $1"
    done
    grep -q widthlab "$root/usr/share/applications/mimeinfo.cache" && fail "the MIME cache still names WidthLab after $1"
    grep -q widthlab "$root/usr/share/mime/globs2" && fail "the MIME database still knows *.widthlab after $1"
    in_root apt-get check > /dev/null 2>&1 || fail "apt-get check after $1"
    return 0
}
in_root apt-get remove -y widthlab > "$out/remove.log" 2>&1 || fail "apt-get remove (see $out/remove.log)"
nothing_left "apt-get remove"
# (WidthLab has no configuration files, so dpkg forgets it on removal and purging has nothing left to do)
in_root dpkg --purge widthlab > "$out/purge-after-remove.log" 2>&1 || fail "dpkg --purge after the removal"
in_root dpkg-query -W widthlab > /dev/null 2>&1 && fail "dpkg still knows widthlab after remove and purge"
in_root apt-get install -y --no-install-recommends /root/widthlab.deb > "$out/reinstall.log" 2>&1 \
    || fail "installing again (see $out/reinstall.log)"
in_root apt-get purge -y widthlab > "$out/purge.log" 2>&1 || fail "apt-get purge (see $out/purge.log)"
nothing_left "apt-get purge"
in_root dpkg-query -W widthlab > /dev/null 2>&1 && fail "dpkg still knows widthlab after the purge"
log "apt-get remove, dpkg --purge, reinstall, apt-get purge: all exit 0; nothing of WidthLab left in /opt, /usr/bin, the menu, the icons or the MIME database"
log "PASSED ($deb in a fresh $suite minbase root)"
