# AMP desktop — set-up, run, test, package.  `make run` and `make test` do everything
# from a fresh Debian machine (they install what is missing).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
QM := resources/translations/amp_sv.qm

.PHONY: run test bench package translations update-translations clean system-deps system-deps-test

run: system-deps $(STAMP) $(QM)
	$(BIN)/amp-desktop --example

test: system-deps-test $(STAMP) $(QM)
	$(BIN)/ruff check amp_desktop tests bench
	$(BIN)/ruff format --check amp_desktop tests bench
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

system-deps:
	bash packaging/debian-deps.sh

system-deps-test:
	bash packaging/debian-deps.sh test

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test,package]'
	touch $(STAMP)

translations $(QM): $(STAMP) resources/translations/amp_sv.ts
	$(BIN)/pyside6-lrelease resources/translations/amp_sv.ts -qm $(QM)

# lupdate sees every module, committed or not; apply_sv.py fills in packaging/i18n/sv.py.
update-translations: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find amp_desktop -name '*.py' | sort) -no-obsolete -ts resources/translations/amp_sv.ts
	$(BIN)/python packaging/i18n/apply_sv.py
	$(BIN)/pyside6-lrelease resources/translations/amp_sv.ts -qm $(QM)

bench: $(STAMP) $(QM)
	for b in bench/bench_*.py; do QT_QPA_PLATFORM=offscreen $(BIN)/python $$b || exit 1; done

# dist/AMP (see docs/building.md), smoke-run headless right after the build.
package: $(STAMP) $(QM)
	$(BIN)/pyinstaller --noconfirm --clean --distpath dist --workpath build packaging/amp.spec
	QT_QPA_PLATFORM=offscreen dist/AMP/AMP --selftest

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
