# SalesCoach: every target bootstraps its own .venv; nothing is installed by hand.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
TS     := $(wildcard resources/translations/*.ts)
QM     := $(TS:.ts=.qm)
VERSION = $(shell sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)

.PHONY: run test lint bench bench-package soak package translations lupdate screenshots clean \
	bytecode

run: $(STAMP) translations bytecode
	$(BIN)/salescoach

# The app's own modules compiled, as an installed package's are: an editable install has
# none, and with PYTHONDONTWRITEBYTECODE set every start compiled them all again (30 to 100 ms).
bytecode: $(STAMP)
	$(BIN)/python -m compileall -q salescoach

test: $(STAMP) translations
	$(BIN)/ruff check salescoach tests benchmarks docs packaging
	$(BIN)/lint-imports
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -rfE -p no:cacheprovider; \
	  status=$$?; \
	  if [ $$status -eq 5 ]; then echo "pytest collected no tests: treating that as a failure"; exit 1; fi; \
	  exit $$status

lint: $(STAMP)
	$(BIN)/ruff check salescoach tests benchmarks docs packaging
	$(BIN)/lint-imports
	$(BIN)/mypy

# 500 kills per crash-safety scenario instead of the 50 of `make test`, 100 killed syncs
# instead of 30, and five team walks of 5,000 steps from random seeds instead of 300.
soak: $(STAMP)
	SALESCOACH_KILLS=500 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -s \
	  -p no:cacheprovider tests/reliability/test_kills.py
	SALESCOACH_SYNC_KILLS=100 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q \
	  -p no:cacheprovider tests/team/test_team_cli.py
	for walk in 1 2 3 4 5; do \
	  SALESCOACH_WALK_SEED=random SALESCOACH_WALK_STEPS=5000 $(BIN)/python -m pytest -q -s \
	    -p no:cacheprovider tests/team/test_model_walk.py -k "None" || exit 1; \
	done

bench: $(STAMP) bytecode
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

# The frozen app's start against a frozen hello-world window, and the bundle's size.
bench-package: package
	$(BIN)/python -m benchmarks.frozen_start dist/salescoach/salescoach

translations: $(QM)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Refresh the app's .ts catalogues from the sources (run by hand after changing UI strings);
# qtbase_extra_*.ts, what Qt's own catalogue lacks, is kept by hand.
lupdate: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete $$(find salescoach/ui -name '*.py') \
	  -ts $(wildcard resources/translations/salescoach_*.ts)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
	  || { echo "SalesCoach needs Python 3.11 or newer (set PYTHON=...)."; exit 1; }
	@$(PYTHON) -c 'import ensurepip' 2>/dev/null || { \
	  echo "Installing python3-venv (needed to create .venv)..."; \
	  SUDO=$$( [ "$$(id -u)" -eq 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq python3-venv; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[dev]"
	touch $@

# The Linux bundle (PyInstaller one-folder) and its .deb, then a smoke test of the installed
# files: version, an import, check, tips in French, a briefing, the window (see packaging/).
package: $(STAMP) translations
	$(BIN)/python -m pip install -q "pyinstaller>=6.5"
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
	  packaging/salescoach.spec
	sh packaging/linux/build_deb.sh dist/salescoach $(VERSION) dist/salescoach_$(VERSION)_amd64.deb
	$(BIN)/python packaging/smoke.py dist/salescoach_$(VERSION)_amd64.deb

# Retake the README's screenshots on a 1366x768 virtual screen (needs xvfb and openbox).
screenshots: $(STAMP) translations
	xvfb-run -a -s "-screen 0 1366x768x24" sh -c 'openbox >/dev/null 2>&1 & sleep 1; \
	  PYTHONPATH=. $(BIN)/python docs/screenshots.py'

clean:
	rm -rf $(VENV) build dist resources/translations/*.qm
