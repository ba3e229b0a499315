"""What the PyInstaller bundles leave out: Python modules SalesCoach never imports, and the
Qt libraries, plugins and translations of modules it does not use. Shared by the app's spec
and the hello-world benchmark's, so both are built the same way."""

import re
from collections.abc import Iterable
from pathlib import Path

#: Python packages pulled in by optional imports of our dependencies, never used.
EXCLUDED_MODULES = [
    "tkinter",
    "PyQt5",
    "PyQt6",
    "PySide2",
    "IPython",
    "jupyter_client",
    "notebook",
    "pytest",
    "hypothesis",
    "setuptools",
    "pip",
    "matplotlib.backends.backend_tkagg",
    "matplotlib.backends.backend_gtk3agg",
    "matplotlib.backends.backend_gtk4agg",
    "matplotlib.backends.backend_wxagg",
    "matplotlib.backends.backend_macosx",
    "matplotlib.backends.backend_webagg",
    "matplotlib.backends.backend_nbagg",
    "matplotlib.backends.backend_qtagg",
    "matplotlib.backends.backend_qtcairo",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtMultimedia",
    "PySide6.QtPdf",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtSvg",
    "PySide6.QtSvgWidgets",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtUiTools",
    # Pillow's codecs matplotlib never asks for (AVIF alone is 5 MB).
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL._webp",
    "PIL.WebPImagePlugin",
    "PIL._imagingtk",
    "PIL.ImageTk",
    # No network, no TLS: the hashes Python needs are built in (OpenSSL is 5 MB).
    "ssl",
    "_ssl",
    "_hashlib",
    "readline",
    # Tools some dependency may import for developers, never at a rep's desk.
    "pygments",
    "pydoc",
    "pydoc_data",
    "lib2to3",
    "numpy.f2py",
    "numpy.distutils",
    "mpl_toolkits",
    "sqlalchemy.dialects.mysql",
    "sqlalchemy.dialects.mssql",
    "sqlalchemy.dialects.oracle",
]

#: The Qt modules the app uses; libraries and translations of any other are dropped.
QT_KEPT = {
    "Core",
    "Gui",
    "Widgets",
    "Network",
    "PrintSupport",
    "DBus",
    "XcbQpa",
    "OpenGL",
    "WaylandClient",
    "EglFSDeviceIntegration",
    "Svg",
}

_QT_LIBRARY = re.compile(r"libQt6(\w+?)\.so|Qt6(\w+?)\.dll|Qt(\w+?)\.framework")
#: Plugin families (or single plugins) the app never loads: other platforms, image formats
#: it never reads, and the modules it does not use.
_DROPPED_PLUGINS = (
    "platformthemes/libqgtk3",
    "generic/",
    "egldeviceintegrations/",
    "platforms/libqeglfs",
    "platforms/libqlinuxfb",
    "platforms/libqminimal",
    "platforms/libqvkkhrdisplay",
    "platforms/libqvnc",
    "imageformats/libqicns",
    "imageformats/libqtga",
    "imageformats/libqtiff",
    "imageformats/libqwbmp",
    "imageformats/libqwebp",
    "qmltooling",
    "sqldrivers",
    "multimedia",
    "webview",
    "sceneparsers",
    "geometryloaders",
    "renderers",
    "position",
    "sensors",
    "texttospeech",
    "canbus",
    "designer",
    "networkinformation",
    "tls/libqopensslbackend",
)
#: Qt's own translations kept: those of the app's languages.
_QT_TRANSLATIONS = ("_fr.qm", "_it.qm", "_en.qm")

#: System libraries taken from the desktop rather than bundled: the graphics, font, D-Bus,
#: printing and GLib stacks every Linux desktop has, which must match the host's X server,
#: GPU driver and services (AppImage's exclude list follows the same rule), and the GTK
#: stack only the dropped GTK theme plugin wanted. The .deb depends on their packages.
HOST_LIBRARIES = (
    "libX11.",
    "libX11-xcb.",
    "libXau.",
    "libXdmcp.",
    "libXext.",
    "libXrender.",
    "libXi.",
    "libXcursor.",
    "libXfixes.",
    "libXrandr.",
    "libxcb",
    "libxkbcommon",
    "libGL.",
    "libGLX.",
    "libGLdispatch.",
    "libEGL.",
    "libOpenGL.",
    "libdrm.",
    "libgbm.",
    "libwayland-",
    "libfontconfig.",
    "libfreetype.",
    "libharfbuzz.",
    "libgraphite2.",
    "libpng16.",
    "libbrotli",
    "libexpat.",
    "libdbus-1.",
    "libsystemd.",
    "libgcrypt.",
    "libgpg-error.",
    "libglib-2.0.",
    "libgthread-2.0.",
    "libgio-2.0.",
    "libgobject-2.0.",
    "libgmodule-2.0.",
    "libffi.",
    "libpcre2-",
    "libmount.",
    "libblkid.",
    "libselinux.",
    "libuuid.",
    "libcups.",
    "libgnutls.",
    "libkrb5",
    "libgssapi_krb5.",
    "libk5crypto.",
    "libcom_err.",
    "libkeyutils.",
    "libavahi-",
    "libp11-kit.",
    "libidn2.",
    "libunistring.",
    "libtasn1.",
    "libnettle.",
    "libhogweed.",
    "libgmp.",
    "liblz4.",
    "liblzma.",
    "libzstd.",
    "libbz2.",
    "libbsd.",
    "libmd.",
    "libcap.",
    "libreadline.",
    "libtinfo.",
    "libncursesw.",
    "libgtk-3.",
    "libgdk-3.",
    "libatk-",
    "libatk-bridge",
    "libatspi.",
    "libpango",
    "libcairo",
    "libpixman-",
    "libepoxy.",
    "libgdk_pixbuf",
    "libfribidi.",
    "libthai.",
    "libdatrie.",
    "libXcomposite.",
    "libXdamage.",
    "libXinerama.",
    "libjpeg.",
    "libcloudproviders.",
    "libtracker-sparql",
    "libssl.so",
    "libcrypto.so",
)
#: matplotlib's data the app does not use: sample data and every font but DejaVu Sans.
_MPL_DATA = re.compile(
    r"mpl-data/(sample_data/|fonts/ttf/(?!DejaVuSans[-.]|LastResort)|fonts/ttf/DejaVuSansMono)"
)


def trim(entries: Iterable[tuple[str, str, str]], kept: set[str]) -> list[tuple[str, str, str]]:
    """The TOC without Qt libraries outside `kept` and without unused plugin families."""
    result = []
    for entry in entries:
        name = entry[0].replace("\\", "/")
        match = _QT_LIBRARY.search(name.rsplit("/", 1)[-1])
        module = next((g for g in match.groups() if g), "") if match else ""
        if module and module not in kept:
            continue
        if "/plugins/" in name and any(f"/plugins/{plugin}" in name for plugin in _DROPPED_PLUGINS):
            continue
        base = name.rsplit("/", 1)[-1]
        if "/" not in entry[0] and base.startswith(HOST_LIBRARIES):
            continue
        if _MPL_DATA.search(name):
            continue
        if (
            "/translations/" in name
            and "PySide6" in name
            and not (base.startswith(("qtbase_", "qt_")) and base.endswith(_QT_TRANSLATIONS))
        ):
            continue
        result.append(entry)
    return result


def strip_symbols(folder: Path) -> None:
    """Strip debugging symbols from the bundle's own ELF files, where `strip` is installed.
    Libraries vendored by wheels (`numpy.libs`, `pillow.libs`...) are left alone."""
    import shutil
    import subprocess

    tool = shutil.which("strip")
    if tool is None:
        return
    for path in folder.rglob("*.so*"):
        if any(part.endswith(".libs") for part in path.parts) or path.is_symlink():
            continue
        if path.read_bytes()[:4] == b"\x7fELF":
            subprocess.run([tool, "--strip-unneeded", str(path)], capture_output=True, check=False)
