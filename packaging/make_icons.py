"""Render the program's icon files from its one drawing, for the bundles and installers.

    python packaging/make_icons.py [OUT_DIR]     (default: build/icons)

Source: narvard_desktop/resources/icons/narvard-desktop.svg. Qt (already a dependency)
draws the SVG; Pillow (the `bundle` extra) packs the sizes into a Windows .ico and a
macOS .icns. Writes narvard-desktop.png (512 px), .ico and .icns.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "narvard_desktop" / "resources" / "icons" / "narvard-desktop.svg"
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]


def render_png(svg: Path, size: int, out: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - Qt needs one
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a drawable SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(out)):
        raise SystemExit(f"could not write {out}")


def main(argv: list[str]) -> int:
    from PIL import Image

    out_dir = Path(argv[0]) if argv else ROOT / "build" / "icons"
    out_dir.mkdir(parents=True, exist_ok=True)
    big = out_dir / "narvard-desktop-1024.png"
    render_png(SOURCE, 1024, big)
    with Image.open(big) as image:
        image.resize((512, 512), Image.Resampling.LANCZOS).save(out_dir / "narvard-desktop.png")
        image.save(out_dir / "narvard-desktop.ico", sizes=ICO_SIZES)
        image.save(out_dir / "narvard-desktop.icns")
    for name in ("narvard-desktop.png", "narvard-desktop.ico", "narvard-desktop.icns"):
        print(out_dir / name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
