# Council Desktop: every target sets up its own .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint format typecheck bench bench-quick package package-report screenshots translations clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed")'
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	touch $(STAMP)

# Interface translations: sources are resources/translations/*.ts (kept in git), the compiled .qm
# files are not; run/test build them from the .ts files. `make translations` also re-extracts the
# strings from the UI sources first (see docs/translations.md).
TS := resources/translations/council_desktop_tr.ts resources/translations/council_desktop_ru.ts
QM := $(TS:.ts=.qm)
UI_SOURCES = $(shell find council_desktop/ui -name '*.py' | LC_ALL=C sort)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete -locations none -source-language en $(UI_SOURCES) -ts $(TS)
	$(MAKE) --no-print-directory $(QM)

run: $(STAMP) $(QM)
	@$(BIN)/python -m council_desktop.ui.preflight
	$(BIN)/python -m council_desktop

test: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

typecheck: $(STAMP)
	$(BIN)/mypy

# Benchmarks (docs/performance.md): every figure against its baseline, in one run. Data is
# generated into /tmp/bench-data (not committed); results go to bench/out/.
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench.run

bench-quick: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench.run --quick

screenshots: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py --language tr

# Installers (docs/packaging.md): the lean one-folder build in dist/council-desktop/, proved by
# its own frozen self-test; package-report prints its size beside a naive PySide6 hello-world.
package: $(STAMP) $(QM)
	$(BIN)/python -m PyInstaller --noconfirm --log-level=WARN build.spec
	QT_QPA_PLATFORM=offscreen dist/council-desktop/council-desktop-cli --self-test

package-report: package
	$(BIN)/python tools/package_report.py

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
