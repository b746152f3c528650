# The lab kit's commands. `make setup` is idempotent and every other target
# runs it when needed, so on a fresh machine `make test` (or `make demo`) is
# the only thing to type.
SHELL := /bin/bash
.DEFAULT_GOAL := help

TS   := ts-server
PY   := py-client
GO   := go-clock
VENV := $(PY)/.venv
PYBIN := $(VENV)/bin/python
NPM_STAMP := $(TS)/node_modules/.setup-stamp
PY_STAMP  := $(VENV)/.setup-stamp
GO_PLUGIN := $(GO)/.tools/protoc-gen-go
GOTESTSUM := $(GO)/.tools/gotestsum
PROTOC_GEN_GO_VERSION := v1.36.12
GOTESTSUM_VERSION := v1.13.0
# make fuzz: time per Go fuzz target, fast-check runs per property, hypothesis examples per test.
FUZZTIME ?= 60s
FUZZ_RUNS ?= 20000
FUZZ_EXAMPLES ?= 5000

.PHONY: help setup build proto check-proto docs vectors test test-ts test-py test-go test-interop fuzz lint bench demo analyze simulate nemesis clean

help: ## List the targets.
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

# ---- set-up ---------------------------------------------------------------

$(NPM_STAMP): $(TS)/package.json $(TS)/package-lock.json
	cd $(TS) && npm ci --no-audit --no-fund
	touch $@

$(PY_STAMP): $(PY)/pyproject.toml $(PY)/requirements.lock
	test -x $(PYBIN) || python3 -m venv $(VENV)
	$(PYBIN) -m pip install --quiet --disable-pip-version-check -r $(PY)/requirements.lock
	$(PYBIN) -m pip install --quiet --disable-pip-version-check --no-deps -e $(PY)
	touch $@

$(GO_PLUGIN): $(GO)/go.mod $(GO)/go.sum
	cd $(GO) && go mod download && GOBIN=$(CURDIR)/$(GO)/.tools go install google.golang.org/protobuf/cmd/protoc-gen-go@$(PROTOC_GEN_GO_VERSION)
	touch $@

$(GOTESTSUM):
	GOBIN=$(CURDIR)/$(GO)/.tools go install gotest.tools/gotestsum@$(GOTESTSUM_VERSION)

setup: $(NPM_STAMP) $(PY_STAMP) $(GO_PLUGIN) $(GOTESTSUM) build ## Install everything (npm, Python venv, Go modules) and build.

build: $(NPM_STAMP) $(GO_PLUGIN) ## Compile the TypeScript and Go programs.
	cd $(TS) && npx tsc -p tsconfig.json
	cd $(GO) && go build -o bin/ ./cmd/...

# ---- protocol -------------------------------------------------------------

proto: $(NPM_STAMP) $(GO_PLUGIN) $(PY_STAMP) ## Regenerate the code of all three languages from proto/.
	bash proto/generate.sh

check-proto: $(NPM_STAMP) $(GO_PLUGIN) ## Fail when the generated code in the tree differs from a fresh generation.
	@fresh=$$(mktemp -d) && OUT_ROOT=$$fresh bash proto/generate.sh \
	  && for d in $(TS)/src/gen $(PY)/src/socialnet/v1 $(GO)/internal/pb; do \
	       diff -r -x __pycache__ $$d $$fresh/$$d > /dev/null || { echo "generated code in $$d is stale: run 'make proto'"; rm -rf $$fresh; exit 1; }; \
	     done; rm -rf $$fresh
	@echo "generated code is up to date"

docs: $(NPM_STAMP) $(PY_STAMP) ## Regenerate docs/messages.md from the .proto comments.
	$(PYBIN) $(PY)/scripts/proto_docs.py

vectors: $(PY_STAMP) ## Rewrite the cross-language vectors in proto/testdata/ (a protocol change).
	$(PYBIN) $(PY)/scripts/make_vectors.py

# ---- tests ----------------------------------------------------------------

test: setup check-proto test-ts test-py test-go test-interop ## Run every suite (setup first when needed).

test-ts: setup ## TypeScript unit tests and vectors.
	cd $(TS) && npm test --silent

test-py: setup ## Python unit tests and vectors.
	cd $(PY) && .venv/bin/python -m pytest -q tests --ignore=tests/integration

test-go: setup ## Go unit tests and vectors.
	cd $(GO) && .tools/gotestsum --format pkgname -- ./...

test-interop: setup ## Real processes in three languages over real ZeroMQ sockets.
	cd $(PY) && .venv/bin/python -m pytest -q tests/integration

SEEDS ?= 1000
simulate: setup ## Deterministic simulation campaigns (TS cluster, Go clock group): SEEDS=N (default 1000), or SEED=X to replay one with its trace.
ifdef SEED
	cd $(TS) && node dist/sim/main.js --seed $(SEED) --verbose
	cd $(GO) && go test ./internal/sim -run TestSimulate -seed=$(SEED) -count=1 -v | tail -40
else
	cd $(TS) && node dist/sim/main.js --seeds $(SEEDS) --start 1
	cd $(GO) && go run ./cmd/simulate -seeds $(SEEDS) -start 1
endif

nemesis: setup ## Faults on real processes under load: DURATION=60 SEED=1; prints the figures, checks nothing was lost.
	cd $(PY) && .venv/bin/python -m socialnet.lab.nemesis --duration $(or $(DURATION),60) --seed $(or $(SEED),1)

# Go fuzzes one target per invocation: every `func Fuzz...` in a _test.go file, one after another.
fuzz: setup ## Long fuzz campaigns: each Go target for FUZZTIME (60s), fast-check x FUZZ_RUNS, hypothesis x FUZZ_EXAMPLES.
	cd $(GO) && grep -rl --include='*_test.go' '^func Fuzz' . | sort | while read -r file; do \
	  for target in $$(sed -n 's/^func \(Fuzz[A-Za-z0-9_]*\)(.*/\1/p' "$$file"); do \
	    echo "== go fuzz $$target ($$(dirname $$file), $(FUZZTIME))"; \
	    go test -run '^$$' -fuzz "^$$target\$$" -fuzztime $(FUZZTIME) "./$$(dirname $$file)" || exit 1; \
	  done; done
	cd $(TS) && FUZZ_RUNS=$(FUZZ_RUNS) node --test $$(find dist -name '*.fuzz.test.js' | sort)
	cd $(PY) && HYPOTHESIS_PROFILE=fuzz FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) .venv/bin/python -m pytest -q $$(grep -l '^from hypothesis' tests/test_*.py)

lint: setup ## tsc --noEmit + eslint, ruff, go vet + gofmt, buf lint.
	cd $(TS) && npx tsc --noEmit -p tsconfig.json && npx eslint .
	cd $(PY) && .venv/bin/ruff check . && .venv/bin/ruff format --check .
	cd $(GO) && go vet ./... && test -z "$$(gofmt -l .)" || { gofmt -l $(GO); exit 1; }
	cd $(TS) && npx buf lint ../proto

# ---- the lab ----------------------------------------------------------------

demo: setup ## The scripted demo (~90 s): 3 servers, 2 clock nodes, 5 users; report in runs/<timestamp>/. ARGS=--short for ~30 s.
	$(PYBIN) -m socialnet.lab.demo $(ARGS)

analyze: $(PY_STAMP) ## Check and report a run: make analyze RUN=runs/<timestamp> (default: the latest, runs/current).
	$(PYBIN) -m socialnet.lab.analyze $(or $(RUN),runs/current)

# ---- measurements -----------------------------------------------------------

bench: setup ## Benchmarks: prints a table and writes bench/results.json.
	$(PYBIN) -m socialnet.lab.bench --out bench/results.json

clean: ## Remove build outputs (keeps installed packages).
	rm -rf $(TS)/dist $(GO)/bin bench/results.json
