# ReviewLens — set-up, run and test. `make run` and `make test` install missing Debian packages when run as
# root, and otherwise print the exact apt-get line and stop.
SWIFT ?= swift
DEB_PACKAGES := libxml2-dev libstemmer-dev libsqlite3-dev pkg-config poppler-utils
BIN := .build/release/reviewlens

.PHONY: all deps build run test check-rules eval model eval-baseline eval-loo bench fuzz check-office clean

all: run

deps:
	@missing=""; for p in $(DEB_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing Debian packages:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null || exit 1; \
	  else \
	    echo "ReviewLens needs these Debian packages:$$missing"; \
	    echo "Install them with: sudo apt-get install -y$$missing"; \
	    exit 1; \
	  fi; \
	fi

build: deps
	$(SWIFT) build -c release --product reviewlens

## The main job: every document under Corpus/ into Output/.
run: build
	$(BIN) run Corpus --out Output --rules Rules

## The test suite (what CI runs).
test: deps
	$(SWIFT) build --product reviewlens
	$(SWIFT) test

check-rules: build
	$(BIN) rules check --rules Rules

## Accuracy on the gold passages: the tuning splits (rules alone: the statistical model was trained on them), then
## the two held-out splits with the rules alone and with the model.
eval: build
	$(BIN) eval --gold Corpus/gold.jsonl --rules Rules --split dev --errors 0 --no-model
	$(BIN) eval --gold Corpus/gold.jsonl --rules Rules --split dev2 --errors 0 --no-model
	$(BIN) eval --gold Corpus/gold.jsonl --rules Rules --split dev3 --errors 0 --no-model
	$(BIN) eval --gold Corpus/gold.jsonl --rules Rules --split dev4 --errors 0 --no-model
	$(BIN) eval --gold Corpus/gold.jsonl --rules Rules --split dev5 --errors 0 --no-model
	$(BIN) eval --gold Corpus/gold.jsonl --rules Rules --split dev6 --errors 0 --no-model
	$(BIN) eval --gold Corpus/gold.jsonl --rules Rules --split dev7 --errors 0 --no-model
	$(BIN) eval --gold Corpus/gold.jsonl --rules Rules --split dev8 --errors 0 --no-model
	$(BIN) eval --gold Corpus/gold.jsonl --rules Rules --split dev9 --errors 0 --no-model
	$(BIN) eval --gold Corpus/gold.jsonl --rules Rules --split dev10 --errors 0 --no-model
	$(BIN) eval --gold Corpus/gold.jsonl --rules Rules --split dev11 --errors 0 --no-model
	$(BIN) eval --gold Corpus/gold.jsonl --rules Rules --split dev12 --errors 0 --no-model
	$(BIN) eval --gold Corpus/gold.jsonl --rules Rules --split dev13 --errors 0 --no-model
	$(BIN) eval --gold Corpus/gold.jsonl --rules Rules --split heldout --errors 0 --no-model
	$(BIN) eval --gold Corpus/gold.jsonl --rules Rules --split heldout --errors 0
	$(BIN) eval --gold Corpus/gold.jsonl --rules Rules --split heldout-paraphrase --errors 0 --no-model
	$(BIN) eval --gold Corpus/gold.jsonl --rules Rules --split heldout-paraphrase --errors 0

## Retrain the statistical model (Rules/model.json) on the tuning splits; never on a held-out split.
model: build
	$(BIN) train --gold Corpus/gold.jsonl --rules Rules --split dev dev2 dev3 dev4 dev5 dev6 dev7 dev8 dev9 dev10 dev11 dev12 dev13

## The model's settings, chosen without the held-out splits: train with each published-register tuning split
## left out and score it (about 2 minutes; see the script's header for --words, --c, --threshold, TRAIN=).
eval-loo: build
	bash bench/leave_one_out.sh

## The ceiling: a second annotator labelled the held-out split blind (Corpus/second-opinion-heldout.jsonl); their
## agreement with the gold labels, and ReviewLens scored against each annotator (python3 only; a few seconds).
eval-agreement: build
	$(BIN) tag --rules Rules --input Corpus/gold-heldout.jsonl > .build/heldout-tags.jsonl
	python3 bench/agreement.py --gold Corpus/gold.jsonl --split heldout --second Corpus/second-opinion-heldout.jsonl --tool .build/heldout-tags.jsonl

## Accuracy side by side with a keyword matcher over the same phrases, on the held-out splits (python3 with PyYAML;
## about two minutes: its regular expressions are slow; SPLITS="dev5 dev6" for others, "" for every split).
SPLITS ?= heldout heldout-paraphrase
eval-baseline: build
	python3 bench/keyword_baseline.py --gold Corpus/gold.jsonl --rules Rules $(if $(SPLITS),--split $(SPLITS))

## Fuzzing (libFuzzer, bounded): each reader and the rule loader for FUZZ_SECONDS, seeded from Corpus/,
## (leak detection is off: Foundation leaks 32 bytes per FileManager.fileSystemRepresentation call inside ZIPFoundation)
## Tests/Fixtures and ../shared/peers. Crashes land in Tests/Fixtures/Fuzz/crashes/ — turn each into a regression test.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= docx wordxml odt html text rules
FUZZ_BIN := .build-fuzz/debug/ReviewLensFuzz
fuzz: deps
	$(SWIFT) build --scratch-path .build-fuzz --product ReviewLensFuzz -Xswiftc -sanitize=fuzzer,address \
	  -Xswiftc -DFUZZING -Xswiftc -parse-as-library -Xcc -fsanitize=fuzzer-no-link,address
	@mkdir -p Tests/Fixtures/Fuzz/crashes
	@for t in $(FUZZ_TARGETS); do \
	  seeds=.build-fuzz/seeds/$$t; rm -rf $$seeds; mkdir -p $$seeds; \
	  case $$t in \
	    docx) find Corpus Tests/Fixtures ../shared/peers -name '*.docx' -size -200k 2>/dev/null | head -300 | xargs -r -I{} cp {} $$seeds/ ;; \
	    odt) find ../shared/peers -name '*.odt' -size -200k 2>/dev/null | xargs -r -I{} cp {} $$seeds/ ;; \
	    wordxml) find Corpus ../shared/peers -name '*.xml' -size -200k 2>/dev/null | head -100 | xargs -r -I{} cp {} $$seeds/ ;; \
	    html) find Tests/Fixtures ../shared/peers -name '*.htm*' -size -200k 2>/dev/null | xargs -r -I{} cp {} $$seeds/ ;; \
	    text) find Corpus Tests/Fixtures ../shared/peers -name '*.txt' -size -100k 2>/dev/null | head -200 | xargs -r -I{} cp {} $$seeds/ ;; \
	    rules) cp Rules/*.yaml Tests/Fixtures/Rules/*/*.yaml $$seeds/ 2>/dev/null ;; \
	  esac; \
	  mkdir -p .build-fuzz/corpus/$$t; \
	  echo "== fuzzing $$t for $(FUZZ_SECONDS)s"; \
	  ASAN_OPTIONS=detect_leaks=0 REVIEWLENS_FUZZ_TARGET=$$t $(FUZZ_BIN) .build-fuzz/corpus/$$t $$seeds -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=2048 \
	    -timeout=20 -detect_leaks=0 -artifact_prefix=Tests/Fixtures/Fuzz/crashes/$$t- -print_final_stats=1 2>&1 | grep -E "stat::number_of_executed_units|stat::peak_rss|ERROR|SUMMARY|Done" ; \
	done

## Optional full check of the reports: installs LibreOffice and Chromium (Debian), then runs the report tests,
## which convert board-summary.docx to PDF and load summary.html headless (they skip when these are absent).
check-office:
	@command -v soffice >/dev/null && command -v chromium >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui chromium >/dev/null; \
	  else echo "Install them with: sudo apt-get install -y --no-install-recommends libreoffice-writer-nogui chromium"; exit 1; fi; }
	$(SWIFT) test --filter ReportTests

## Benchmark against the user's alternatives (installs its peers: pandoc, libxml2-utils, python-docx, spaCy).
bench: build
	bash bench/install-peers.sh
	SIZES="$${SIZES:-1000 10000}" RUNS="$${RUNS:-3}" RUNS_10000="$${RUNS_10000:-1}" bash bench/run.sh

clean:
	rm -rf .build Output/*.json Output/*.jsonl Output/*.csv Output/*.md
