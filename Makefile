# thongbao: build, test and measure.
GO ?= go
# VERSION is stamped into the binary (thongbao --version, SARIF, manifests):
# the latest tag vN.N.N without its "v"; with no tag the binary says 0.0.0-dev.
VERSION ?= $(shell git describe --tags --match 'v[0-9]*' 2>/dev/null | sed 's/^v//')

.PHONY: all build dist test test-long vet fmt tools example bench clean

all: build

# build, like dist, builds without cgo: the binary is then static, as the
# released ones are (cgo comes only with pflag's import of net); a dynamic
# one spends about 1 ms and 70 page faults of every run in the dynamic loader
# and libc.
build:
	CGO_ENABLED=0 $(GO) build $(if $(VERSION),-ldflags "-X main.buildVersion=$(VERSION)") -o bin/thongbao ./cmd/thongbao

# test is what CI runs (.ci/run): the tools the tests need, formatting, vet,
# then every test. notice/check's tests read every testdata file many ways:
# some 4-5 minutes on a quiet 2-core machine, 20-35 under a shared one's
# load, past go test's default 10-minute limit; the limit here is 45.
test: tools fmt vet
	$(GO) test -timeout 45m ./...

# tools installs what the tests need that the machine lacks: pdftotext
# (poppler-utils) reads the rendered PDFs back, xmllint (libxml2-utils)
# validates the JUnit report against Jenkins' schema. Without them (no root,
# no apt-get) those tests are skipped, and this says how to get them.
TOOLS = pdftotext:poppler-utils xmllint:libxml2-utils
tools:
	@for t in $(TOOLS); do \
	  cmd=$${t%%:*}; pkg=$${t#*:}; \
	  command -v $$cmd >/dev/null 2>&1 && continue; \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing $$pkg ($$cmd) for the tests"; \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$pkg >/dev/null 2>&1 || \
	    { DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null 2>&1 && \
	      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$pkg >/dev/null 2>&1; } || true; \
	  fi; \
	  command -v $$cmd >/dev/null 2>&1 || \
	    echo "make: $$cmd not found and could not be installed: the tests that need it will be skipped (install $$pkg: sudo apt-get install $$pkg)"; \
	done

# test-long also runs the command-line scripts at full size (a batch of
# 2,000 notices).
test-long: tools fmt vet
	$(GO) test ./...
	$(GO) test ./cmd/thongbao -run TestScripts -args -long

# vet also vets (and so builds) every package for Windows and macOS, where
# offices run the tool, and for 32-bit Windows, which older offices' machines
# still run (a constant past 32 bits once broke that build unseen).
vet:
	$(GO) vet ./...
	GOOS=windows $(GO) vet ./...
	GOOS=windows GOARCH=386 $(GO) vet ./...
	GOOS=darwin $(GO) vet ./...

# dist builds the release binaries, reproducibly: no paths, no build id,
# no VCS stamp, no cgo; the same commit gives the same bytes. SHA256SUMS
# lists them.
DIST_VERSION = $(if $(VERSION),$(VERSION),0.0.0-dev)
PLATFORMS = linux/amd64 linux/arm64 windows/amd64 windows/386 windows/arm64 darwin/amd64 darwin/arm64
dist:
	@rm -rf dist && mkdir -p dist
	@for p in $(PLATFORMS); do \
	  os=$${p%/*}; arch=$${p#*/}; ext=; [ $$os = windows ] && ext=.exe; \
	  out=dist/thongbao-$(DIST_VERSION)-$$os-$$arch$$ext; \
	  CGO_ENABLED=0 GOOS=$$os GOARCH=$$arch $(GO) build -trimpath -buildvcs=false \
	    -ldflags "-s -w -buildid= -X main.buildVersion=$(DIST_VERSION)" -o $$out ./cmd/thongbao || exit 1; \
	  echo $$out; \
	done
	@cd dist && sha256sum thongbao-* > SHA256SUMS

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
	rm -rf bin dist
