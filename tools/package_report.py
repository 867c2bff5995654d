"""``make package-report``: is our bundle leaner than a naive PySide6 hello-world bundle?

The issue's yardstick: the one-folder build of the whole app must come out smaller than what
``pyinstaller --windowed hello.py`` gives for a PySide6 window on the same machine, with the
same Python and the same PySide6. This builds that naive bundle in a temporary folder (nothing
is cached: the figure must come from this machine, now) and prints both sizes side by side.

Usage: python tools/package_report.py [--bundle dist/council-desktop] [--keep]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BUNDLE = ROOT / "dist" / "council-desktop"

HELLO = """\
import sys
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication(sys.argv)
label = QLabel("Hello, world")
label.show()
if "--quit" in sys.argv:
    from PySide6.QtCore import QTimer
    QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""


def folder_size(path: Path) -> int:
    """Bytes of all regular files under ``path`` (symlinks counted once, as links)."""
    total = 0
    for dirpath, _dirs, files in os.walk(path):
        for name in files:
            file = Path(dirpath, name)
            if not file.is_symlink():
                total += file.stat().st_size
    return total


def file_count(path: Path) -> int:
    return sum(len(files) for _d, _s, files in os.walk(path))


def display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def mb(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def build_naive_hello(work: Path) -> tuple[Path, float]:
    """The baseline: PyInstaller's defaults, one folder, windowed. Returns (folder, seconds)."""
    script = work / "hello.py"
    script.write_text(HELLO, encoding="utf-8")
    started = time.monotonic()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level=WARN",
            "--onedir",
            "--windowed",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            "--specpath",
            str(work),
            str(script),
        ],
        check=True,
        cwd=work,
    )
    return work / "dist" / "hello", time.monotonic() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=DEFAULT_BUNDLE)
    parser.add_argument("--keep", action="store_true", help="keep the hello-world build folder")
    args = parser.parse_args(argv)
    if not args.bundle.is_dir():
        print(f"No bundle at {args.bundle}: run `make package` first.", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="council-hello-"))
    try:
        hello, seconds = build_naive_hello(work)
        ours, theirs = folder_size(args.bundle), folder_size(hello)
        rows = [
            ("build", "size", "files"),
            (f"{display(args.bundle)} (whole app)", mb(ours), str(file_count(args.bundle))),
            ("naive PySide6 hello-world", mb(theirs), str(file_count(hello))),
        ]
        width = max(len(row[0]) for row in rows)
        print()
        for label, size, files in rows:
            print(f"{label:<{width}}  {size:>10}  {files:>6}")
        print(
            f"(hello-world built in {seconds:.0f} s with PyInstaller defaults, --onedir --windowed)"
        )
        verdict = "smaller" if ours < theirs else "NOT smaller"
        print(f"Our bundle is {mb(abs(theirs - ours))} {verdict} than the naive hello-world.")
        return 0 if ours < theirs else 1
    finally:
        if args.keep:
            print(f"hello-world build kept in {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
