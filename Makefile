# ReviewLens — set-up, run and test. `make run` and `make test` install missing Debian packages when run as
# root, and otherwise print the exact apt-get line and stop.
SWIFT ?= swift
DEB_PACKAGES := libxml2-dev libstemmer-dev libsqlite3-dev pkg-config
BIN := .build/release/reviewlens

.PHONY: all deps build run test check-rules eval bench clean

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

## Accuracy on the gold passages: the development split and the held-out split.
eval: build
	$(BIN) eval --gold Corpus/gold.jsonl --rules Rules --split dev --errors 0
	$(BIN) eval --gold Corpus/gold.jsonl --rules Rules --split heldout --errors 0

clean:
	rm -rf .build Output/*.json Output/*.jsonl Output/*.csv Output/*.md
