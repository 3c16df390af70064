# thongbao: build, test and measure.
GO ?= go

.PHONY: all build test vet fmt example clean

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

clean:
	rm -rf bin
