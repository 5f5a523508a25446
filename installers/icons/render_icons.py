"""Render the app icon from its SVG source to the PNG, ICO and ICNS files the installers need.

    python installers/icons/render_icons.py            # writes resources/icons/facilitator-*.png, .ico, .icns

Qt's SVG renderer (QtSvg, part of PySide6-Essentials) draws each size
offscreen; the ICO and ICNS containers are written here from those PNGs
(both formats store PNG images as they are), so no platform tool is needed
(``iconutil`` exists only on macOS). Sizes are declared in ``installers/bundle.py``.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import bundle  # noqa: E402

#: ICNS element types that hold a PNG of (pixels); the @2x types reuse the larger renderings.
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
    (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512),
)


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn on a transparent size×size canvas, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(["render_icons"])  # noqa: F841 (kept alive by Qt)
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding each PNG as is (PNG entries are valid since Windows Vista)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))  # reserved, type 1 = icon, image count
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns: 'icns', total length, then (type, length, PNG) elements, big-endian."""
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    needed = sorted({*bundle.PNG_SIZES, *bundle.ICO_SIZES, *(size for _kind, size in ICNS_TYPES)})
    pngs = {size: render_png(bundle.ICON_SVG, size) for size in needed}
    written = []
    for size in bundle.PNG_SIZES:
        bundle.png_icon(size).write_bytes(pngs[size])
        written.append(bundle.png_icon(size))
    bundle.ICON_ICO.write_bytes(ico_bytes({size: pngs[size] for size in bundle.ICO_SIZES}))
    bundle.ICON_ICNS.write_bytes(icns_bytes(pngs))
    written += [bundle.ICON_ICO, bundle.ICON_ICNS]
    for path in written:
        print(f"wrote {path.relative_to(bundle.ROOT)} ({path.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
