# silang: two commands on a fresh machine (Python 3.11, pip, Debian packages):
#   make demo   set up .venv and run `silang analyze examples/` (SQLite file silang.db)
#   make test   set up .venv with test extras (+ Debian chromium, Java for Spark), run the
#               checks of `make lint`, then every test and docstring example (CI runs this)
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
PIP = $(BIN)/pip --disable-pip-version-check -q

.PHONY: demo test lint bench system-deps clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(PIP) install -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(PIP) install -e ".[test,spark,bench]"
	touch $(VENV)/.installed $@

demo: $(VENV)/.installed
	$(BIN)/silang analyze examples/
	$(BIN)/silang report --format html --output report.html
	@echo "Fact sheets written to report.html."
	@echo "silang is installed in $(VENV)/: run it as $(BIN)/silang (e.g. $(BIN)/silang serve),"
	@echo "or activate the environment once per shell with: . $(BIN)/activate"

# Headless Chromium (browser tests) and Java (Spark local mode) come from Debian, and npm
# (axe-core) too where the machine has none. Only what is missing is installed: a machine
# whose npm came with its own Node.js cannot take Debian's npm beside it.
system-deps:
	@missing=""; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	command -v java >/dev/null 2>&1 || missing="$$missing openjdk-17-jre-headless"; \
	command -v npm >/dev/null 2>&1 || missing="$$missing npm"; \
	[ -z "$$missing" ] || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else echo "install Debian packages$$missing (as root)"; exit 1; fi; }

# axe-core (npm) checks the web UI's accessibility in the browser tests.
AXE = $(VENV)/axe/node_modules/axe-core/axe.min.js
$(AXE):
	npm install --prefix $(VENV)/axe axe-core@4.14.1 --no-audit --no-fund --silent

# The lint checks take under half a minute; the tests, with the doctests of src/ (see
# [tool.pytest.ini_options]), about six.
test: lint system-deps $(AXE)
	$(BIN)/pytest -q

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy src

bench: $(VENV)/.installed-test
	$(BIN)/python benchmarks/run_all.py

clean:
	rm -rf $(VENV) silang.db silang.db-wal silang.db-shm report.html
