"""The frozen build works: PyInstaller bundle, its self-test, its brief command, its trimming.

The bundle is built with build.spec into dist/council-desktop/ (about a minute), or reused when
it is newer than every file it is made from. CI starts from a clean clone, so there it is always
built. Only the crash-report tests run in-process; everything else runs the frozen executables.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from council_desktop import frozen_app
from council_desktop.selftest import STEPS, pdf_fonts, pdf_text

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist" / "council-desktop"
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
CLI = DIST / f"council-desktop-cli{EXE_SUFFIX}"
GUI = DIST / f"council-desktop{EXE_SUFFIX}"
INTERNAL = DIST / "_internal"
BUILD_INPUTS = ("council_desktop", "resources", "data", "installer", "tools/make_icons.py")
BRIEF_MEETING = "0c0f1d00-2013-4c0d-9a00-000000000002"
BRIEF_TITLE = "Dışişleri Bakanları Konseyi Toplantısı"

packaging = pytest.mark.packaging


def _newest_input() -> float:
    newest = max((ROOT / name).stat().st_mtime for name in ("build.spec", "pyproject.toml"))
    for name in BUILD_INPUTS:
        path = ROOT / name
        files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
        newest = max([newest, *(p.stat().st_mtime for p in files if "__pycache__" not in p.parts)])
    return newest


@pytest.fixture(scope="session")
def bundle() -> Path:
    """dist/council-desktop, built now unless an up-to-date build is already there."""
    if CLI.is_file() and GUI.is_file() and CLI.stat().st_mtime > _newest_input():
        return DIST
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        pytest.fail("PyInstaller is not installed: pip install -e '.[test]' (pyinstaller>=6.10)")
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level=WARN", "build.spec"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert result.returncode == 0, f"PyInstaller failed:\n{result.stdout}\n{result.stderr}"
    assert CLI.is_file() and GUI.is_file()
    return DIST


def run_frozen(exe: Path, *args: str, timeout: int = 300) -> subprocess.CompletedProcess[str]:
    """Run a frozen executable offscreen, in the test's isolated home (see conftest)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [str(exe), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=timeout,
    )


def assert_self_test_passed(result: subprocess.CompletedProcess[str]) -> None:
    lines = result.stdout.splitlines()
    assert result.returncode == 0, result.stdout + result.stderr
    for name, _func in STEPS:
        assert any(line.startswith(f"PASS  {name} ") for line in lines), (name, result.stdout)
    assert not any(line.startswith("FAIL") for line in lines), result.stdout
    assert lines[-1] == f"self-test passed: {len(STEPS)} of {len(STEPS)} steps passed"


@packaging
def test_frozen_cli_self_test_passes_every_step(bundle: Path, tmp_path: Path) -> None:
    result = run_frozen(CLI, "--self-test")
    assert_self_test_passed(result)
    assert "(frozen bundle, version" in result.stdout
    log = Path(os.environ["XDG_STATE_HOME"], "CouncilDesktop", "log", "council-desktop.log")
    if sys.platform.startswith("linux"):  # platformdirs' log folder elsewhere differs
        assert "self-test: PASS  window" in log.read_text(encoding="utf-8")


@packaging
@pytest.mark.skipif(sys.platform == "win32", reason="a windowed Windows executable has no stdout")
def test_frozen_gui_executable_self_test_passes_too(bundle: Path) -> None:
    assert_self_test_passed(run_frozen(GUI, "--self-test"))


@packaging
def test_frozen_brief_command_writes_a_readable_pdf(bundle: Path, tmp_path: Path) -> None:
    db, out = tmp_path / "council.sqlite", tmp_path / "brief.pdf"
    result = run_frozen(CLI, "--db", str(db), "brief", BRIEF_MEETING, "-o", str(out))
    assert result.returncode == 0, result.stdout + result.stderr
    text = pdf_text(out)
    assert BRIEF_TITLE in " ".join(text.split())
    fonts, unembedded = pdf_fonts(out)
    assert unembedded == set()
    assert any(name.endswith("DejaVuSans") for name in fonts)


@packaging
def test_frozen_version_comes_from_the_package_metadata(bundle: Path) -> None:
    import tomllib

    version = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]
    result = run_frozen(CLI, "--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"council-desktop, version {version}"


@packaging
def test_frozen_bad_input_is_one_line_not_a_traceback(bundle: Path, tmp_path: Path) -> None:
    not_a_db = tmp_path / "notes.sqlite"
    not_a_db.write_text("these are not records", encoding="utf-8")
    result = run_frozen(CLI, "--db", str(not_a_db), "list", "meetings")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("Error: ")


@packaging
def test_bundle_leaves_out_what_the_app_does_not_use(bundle: Path) -> None:
    # Symbolic links count as files here, dangling ones too (is_file() is False for those).
    entries = [p for p in INTERNAL.rglob("*") if p.is_file() or p.is_symlink()]
    dangling = [p.relative_to(INTERNAL).as_posix() for p in entries if not p.exists()]
    assert dangling == []  # a link whose library was left out
    files = [p.relative_to(INTERNAL).as_posix() for p in entries]
    qt_translations = sorted(
        Path(f).name for f in files if f.endswith(".qm") and f.startswith("PySide6/")
    )
    assert qt_translations == [f"qtbase_{lang}.qm" for lang in ("en", "kk", "ru", "tr")]
    assert "resources/translations/council_desktop_tr.qm" in files
    plugins = {f.split("/plugins/")[1].split("/")[0] for f in files if "/plugins/" in f}
    assert plugins <= {
        "platforms",
        "imageformats",
        "iconengines",
        "platforminputcontexts",
        "platformthemes",
        "xcbglintegrations",
        "styles",
    }
    unwanted = ("Network", "Qml", "Quick", "Wayland", "WebEngine", "Multimedia", "Pdf", "Sql")
    for name in files:
        base = Path(name).name
        assert not any(f"Qt6{u}" in base or f"Qt{u}." in base for u in unwanted), name
        assert not base.startswith(("libqwayland", "libqeglfs", "libqvnc", "libqgtk3")), name
    tops = {f.split("/")[0] for f in files}
    for package in ("tkinter", "pytest", "_pytest", "hypothesis", "mypy", "setuptools", "pip"):
        assert package not in tops
    assert "resources/fonts/DejaVuSans.ttf" in files
    assert "data/sample.json" in files


# ---- the crash report (in-process: no frozen build needed) ----------------------------------


@pytest.fixture(autouse=True)
def _no_leftover_log_handlers():
    """frozen_app.run() adds the log file handler to the root logger: take it away again."""
    before = list(logging.getLogger().handlers)
    yield
    for handler in logging.getLogger().handlers[:]:
        if handler not in before:
            logging.getLogger().removeHandler(handler)
            handler.close()


def test_an_escaped_exception_is_logged_and_the_user_told_where(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from council_desktop import cli as cli_module
    from council_desktop.logs import log_file

    def explode(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("a module the build left out")

    monkeypatch.setattr(cli_module.cli, "main", explode)
    monkeypatch.setattr(sys, "argv", ["council-desktop-cli", "list", "meetings"])
    code = frozen_app.run(windowed=False)
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert code == 70
    err = capsys.readouterr().err
    assert str(log_file()) in err
    assert "Traceback" not in err
    logged = log_file().read_text(encoding="utf-8")
    assert "RuntimeError: a module the build left out" in logged
    assert "Traceback (most recent call last)" in logged


def test_a_normal_exit_code_passes_through(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "argv", ["council-desktop-cli", "--version"])
    assert frozen_app.run(windowed=False) == 0


# ---- the self-test from the source tree (in-process, through the real CLI) -------------------


def test_self_test_flag_runs_every_step_and_exits_0(qapp) -> None:
    from click.testing import CliRunner

    from council_desktop.cli import cli

    result = CliRunner().invoke(cli, ["--self-test"], obj={})
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert [line.split()[1] for line in lines if line.startswith("PASS")] == [
        name for name, _ in STEPS
    ]
    assert "(source tree, version" in result.output


def test_a_missing_piece_fails_as_not_available_and_exits_1(
    qapp, monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    from council_desktop import selftest
    from council_desktop.cli import cli

    monkeypatch.setattr(selftest, "GUI_STEPS", "council_desktop.ui.not_in_this_build")
    result = CliRunner().invoke(cli, ["--self-test"], obj={})
    assert result.exit_code == 1
    assert "FAIL  window     not available in this build" in result.output
    assert "FAIL  qt         not available in this build" in result.output
    assert result.output.splitlines()[-1] == (
        f"self-test FAILED: {len(STEPS) - 2} of {len(STEPS)} steps passed"
    )
