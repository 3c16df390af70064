# thongbao: build, test and measure.
GO ?= go
# VERSION is stamped into the binary (thongbao --version, SARIF, manifests):
# the latest tag vN.N.N without its "v"; with no tag the binary says 0.0.0-dev.
VERSION ?= $(shell git describe --tags --match 'v[0-9]*' 2>/dev/null | sed 's/^v//')

.PHONY: all build test vet fmt tools example bench clean

all: build

build:
	$(GO) build $(if $(VERSION),-ldflags "-X main.buildVersion=$(VERSION)") -o bin/thongbao ./cmd/thongbao

# test is what CI runs (.ci/run): the tools the tests need, formatting, vet,
# then every test.
test: tools fmt vet
	$(GO) test ./...

# tools installs what the tests need that the machine lacks: pdftotext
# (poppler-utils) reads the rendered PDFs back. Without it (no root, no
# apt-get) the PDF text tests are skipped, and this says how to get it.
tools:
	@command -v pdftotext >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing poppler-utils (pdftotext) for the PDF text tests"; \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null 2>&1 || \
	    { DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null 2>&1 && \
	      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null 2>&1; } || true; \
	  fi; \
	  command -v pdftotext >/dev/null 2>&1 || \
	    echo "make: pdftotext not found and could not be installed: the PDF text tests will be skipped (install poppler-utils: sudo apt-get install poppler-utils, or brew install poppler)"; \
	}

vet:
	$(GO) vet ./...

fmt:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi

# example renders the built-in example notice to standard output.
example:
	$(GO) run ./cmd/thongbao render --example -o -

# bench runs the Go benchmarks of each stage, then cmd/bench: a synthetic
# archive of N notices checked and batch-rendered as separate processes.
N ?= 2000
J ?= 2
bench: build
	$(GO) test -run '^$$' -bench . -benchmem ./notice/...
	$(GO) run ./cmd/bench -bin bin/thongbao -n $(N) -j $(J)

clean:
	rm -rf bin
