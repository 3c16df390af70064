# thongbao: build, test and measure.
GO ?= go

.PHONY: all build test vet fmt example bench clean

all: build

build:
	$(GO) build -o bin/thongbao ./cmd/thongbao

# test is what CI runs (.ci/run): formatting, vet, then every test.
test: fmt vet
	$(GO) test ./...

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
