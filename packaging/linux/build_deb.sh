#!/bin/sh
# Build a .deb around the PyInstaller bundle: packaging/linux/build_deb.sh DIST VERSION OUT
#   /opt/salescoach/          the one-folder bundle
#   /usr/bin/salescoach       a link to its binary
#   /usr/share/applications/salescoach.desktop, the icons (hicolor), AppStream metadata
# The libraries the bundle takes from the desktop (see packaging/bundle.py) are Depends.
set -eu
dist=$1 version=$2 out=$3
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
chmod 755 "$stage"

mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
  "$stage/usr/share/metainfo" "$stage/usr/share/icons/hicolor/scalable/apps"
cp -a "$dist" "$stage/opt/salescoach"
ln -s /opt/salescoach/salescoach "$stage/usr/bin/salescoach"
install -m 644 "$here/salescoach.desktop" "$stage/usr/share/applications/"
install -m 644 "$here/io.salescoach.SalesCoach.metainfo.xml" "$stage/usr/share/metainfo/"
install -m 644 "$root/resources/icons/salescoach.svg" \
  "$stage/usr/share/icons/hicolor/scalable/apps/salescoach.svg"
for size in 16 24 32 48 64 128 256 512; do
  mkdir -p "$stage/usr/share/icons/hicolor/${size}x${size}/apps"
  install -m 644 "$root/resources/icons/salescoach-$size.png" \
    "$stage/usr/share/icons/hicolor/${size}x${size}/apps/salescoach.png"
done
size_kb=$(du -sk "$stage" | cut -f1)
cat > "$stage/DEBIAN/control" <<CONTROL
Package: salescoach
Version: $version
Section: office
Priority: optional
Architecture: amd64
Installed-Size: $size_kb
Maintainer: SalesCoach <maintainers@salescoach.example>
Depends: libc6 (>= 2.31), libgl1, libegl1, libfontconfig1, libfreetype6, libdbus-1-3,
 libglib2.0-0, libx11-6, libx11-xcb1, libxcb1, libxcb-cursor0, libxcb-icccm4, libxcb-image0,
 libxcb-keysyms1, libxcb-randr0, libxcb-render-util0, libxcb-shape0, libxcb-shm0,
 libxcb-sync1, libxcb-xfixes0, libxcb-xkb1, libxkbcommon0, libxkbcommon-x11-0, zlib1g
Recommends: libcups2, libwayland-client0, libwayland-cursor0, libwayland-egl1
Description: offline coach for field sales reps
 SalesCoach keeps a rep's calls, meetings, visits, proposals and follow-ups on the laptop,
 shows the rep's own SPANCO funnel and ratios, and coaches with tips grounded in the rep's
 own figures. Reminders arrive from the tray; a one-page briefing prepares every visit.
CONTROL
cat > "$stage/DEBIAN/postinst" <<'POSTINST'
#!/bin/sh
set -e
if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q || true; fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
  gtk-update-icon-cache -q /usr/share/icons/hicolor || true
fi
POSTINST
chmod 755 "$stage/DEBIAN/postinst"
dpkg-deb --root-owner-group --build "$stage" "$out" >/dev/null
echo "$out"
