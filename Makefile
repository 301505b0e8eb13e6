# Huntbook: one command to build, run and test on a fresh Debian/Ubuntu machine.
#   make run      install what is missing, build, open the app on its local database
#   make build    build/bin/huntbook (the command line, no GTK) and build/bin/huntbook-desktop (the window)
#   make test     install what is missing, then every test: frontend, Go, end-to-end
#   make bench    benchmark table
#   make measure  start-up time, memory (PSS) and network check of the real window
#   make windows  cross-build build/bin/huntbook.exe and huntbook-desktop.exe (needs mingw, see below)
#   make package  the packages this system can build, into build/dist with SHA256SUMS (see below)
# System packages come from .ci/deps (apt-get when root or passwordless sudo,
# otherwise it prints the command). Stamps under .cache/make keep repeated runs
# from reinstalling anything.

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := build
MAKEFLAGS += --no-builtin-rules

GO ?= go
# Tags for go vet/test; the desktop build adds desktop,production,webkit2_41
# (WebKitGTK 4.1) and wails.json's build:tags carries the same list to wails.
GOTAGS := sqlite_fts5
APP_TAGS := desktop,production,webkit2_41,$(GOTAGS)
E2E_TAGS := $(APP_TAGS),e2e

WAILS_VERSION := v2.16.0
WAILS := bin/wails
STAMP := .cache/make
BIN := build/bin/huntbook-desktop
CLI_BIN := build/bin/huntbook
E2E_BIN := build/bin/huntbook-e2e
SHOTS := build/e2e-shots

# Benchmark scripts run by `make bench` after the Go benchmarks; each prints
# its own figures. Add a script here to extend the table.
BENCH_SCRIPTS := .ci/bench-cli

GO_SOURCES := $(shell find . -name '*.go' -not -path './frontend/*' -not -path './.cache/*' -not -path './build/*' 2>/dev/null) go.mod go.sum
FRONTEND_SOURCES := $(shell find frontend/src frontend/wailsjs -type f 2>/dev/null) \
	$(wildcard frontend/index.html frontend/vite.config.* frontend/tsconfig*.json frontend/public/* frontend/scripts/*)

.PHONY: build dev run test test-frontend test-go test-e2e vet lint lint-go lint-frontend bench bench-ui \
	measure windows deps deps-build frontend bindings clean

## dependencies ---------------------------------------------------------------

deps:
	@.ci/deps test

deps-build:
	@.ci/deps build

# The pinned Wails CLI, installed into the project (./bin is git-ignored).
$(WAILS):
	GOBIN=$(CURDIR)/bin $(GO) install github.com/wailsapp/wails/v2/cmd/wails@$(WAILS_VERSION)

# npm ci only when the lock file changed.
$(STAMP)/npm: frontend/package-lock.json frontend/package.json
	@test -f frontend/package-lock.json || { echo "frontend/package-lock.json is missing"; exit 1; }
	cd frontend && npm ci --no-audit --no-fund
	@mkdir -p $(@D) && touch $@

## build ----------------------------------------------------------------------

frontend/dist/index.html: $(STAMP)/npm $(FRONTEND_SOURCES)
	cd frontend && npm run build
	@touch $@

frontend: frontend/dist/index.html

# A plain go build with the tags wails build would pass: wails build (v2.16.0)
# works too, but it rewrites frontend/wailsjs/runtime on every run, which makes
# the frontend look stale to make and touches files the frontend owns.
# -s -w as in a wails production build; no -trimpath, so the compiled cgo
# packages (SQLite, WebKit bindings) are shared with go test through the cache.
# Version, commit and commit date (UTC) from git, for `huntbook version` and
# Settings (backend/buildinfo).
VERSION := $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
COMMIT := $(shell git rev-parse HEAD 2>/dev/null)
BUILD_DATE := $(shell TZ=UTC git log -1 --format=%cd --date=format-local:%Y-%m-%dT%H:%M:%SZ 2>/dev/null)
BUILDINFO := github.com/huntbook/huntbook/backend/buildinfo
VERSION_LDFLAGS := -X $(BUILDINFO).version=$(VERSION) -X $(BUILDINFO).commit=$(COMMIT) -X $(BUILDINFO).date=$(BUILD_DATE)
GO_BUILD := $(GO) build -ldflags "-s -w $(VERSION_LDFLAGS)"

# The window (root main.go/app.go: Wails, GTK, WebKit).
$(BIN): frontend/dist/index.html $(GO_SOURCES) | $(WAILS)
	$(GO_BUILD) -tags $(APP_TAGS) -o $@ .
	@echo "built $(BIN)"

# The command line (cmd/huntbook): pure Go plus SQLite, no GTK or WebKit;
# it starts $(BIN) for the window and is the window's document-reading
# child and browser host.
$(CLI_BIN): $(GO_SOURCES)
	$(GO_BUILD) -tags $(GOTAGS) -o $@ ./cmd/huntbook
	@echo "built $(CLI_BIN)"

build: deps-build
	@$(MAKE) --no-print-directory $(BIN) $(CLI_BIN)

# Regenerate the page's contract from the bound Go structs: Wails' call stubs
# in frontend/wailsjs (models.ts sorted, so a run without changes changes
# nothing) and the TypeScript types in frontend/src/api/generated.ts
# (tools/tsgen; TestGeneratedUpToDate fails when they are stale).
bindings: $(WAILS)
	$(WAILS) generate module -tags "webkit2_41 $(GOTAGS)"
	find frontend/wailsjs -type f -exec chmod 644 {} +
	$(GO) run -tags $(GOTAGS) ./tools/tsgen -models frontend/wailsjs/go/models.ts

# Live-reloading development window (needs a display; first start ~3 min).
dev: deps-build $(WAILS) $(STAMP)/npm
	$(WAILS) dev -m

run: build
	@if [[ -z "$${DISPLAY:-}" && -z "$${WAYLAND_DISPLAY:-}" ]]; then \
		echo "No display found: Huntbook's window needs a desktop session. Use the command line instead: $(CLI_BIN) app list (see README)"; \
		exit 1; \
	fi
	./$(BIN)

## test -----------------------------------------------------------------------

test: deps
	@$(MAKE) --no-print-directory test-frontend vet test-go test-e2e test-extension test-package
	@echo "make test: all passed"

test-frontend: $(STAMP)/npm
	cd frontend && npm test

vet: frontend/dist/index.html
	$(GO) vet -tags $(GOTAGS) ./... ./.ci/measure ./.ci/clibench
	$(GO) vet -tags $(E2E_TAGS) ./backend/desktop/...

# Every Go package except the end-to-end runner, which test-e2e runs.
test-go: frontend/dist/index.html
	$(GO) test -tags $(GOTAGS) $$($(GO) list -tags $(GOTAGS) ./... ./.ci/measure ./.ci/clibench | grep -v /backend/desktop/e2e)
	$(GO) test -tags $(GOTAGS),e2e ./backend/desktop/

$(E2E_BIN): frontend/dist/index.html $(GO_SOURCES)
	$(GO_BUILD) -tags $(E2E_TAGS) -o $@ .

# The real binary with the e2e tag, driven in its own WebKitGTK webview
# under Xvfb, with fresh data and XDG dirs per scenario.
test-e2e: $(E2E_BIN)
	HUNTBOOK_E2E=1 HUNTBOOK_E2E_BIN=$(CURDIR)/$(E2E_BIN) HUNTBOOK_E2E_SHOTS=$(CURDIR)/$(SHOTS) \
		$(GO) test -tags $(GOTAGS) -count=1 -timeout 20m -v ./backend/desktop/e2e/ | \
		grep -v '^=== \(RUN\|PAUSE\|CONT\)'
	@echo "end-to-end screenshots: $(CURDIR)/$(SHOTS)"

# The browser extension in Debian's Chromium (under Xvfb), saving a job page
# through the native host into a temporary data folder (frontend/extension/e2e.mjs).
.PHONY: test-extension
test-extension: $(E2E_BIN) $(STAMP)/npm
	cd frontend && HUNTBOOK=$(CURDIR)/$(E2E_BIN) xvfb-run -a node extension/e2e.mjs
	cd frontend && HUNTBOOK=$(CURDIR)/$(E2E_BIN) xvfb-run -a node extension/e2e-firefox.mjs

## lint -----------------------------------------------------------------------

# golangci-lint, pinned in its own module (tools/lint/go.mod) so its
# dependencies never mix with the app's; built into ./bin once per pin.
GOLANGCI_LINT := bin/golangci-lint
# Packages with files under the e2e build tag: linted a second time with it.
E2E_LINT_PKGS = $(addprefix ./,$(sort $(dir $(shell grep -rlE --include='*.go' '^//go:build.*\be2e\b' backend))))

$(GOLANGCI_LINT): tools/lint/go.mod tools/lint/go.sum
	cd tools/lint && $(GO) build -o $(CURDIR)/$@ github.com/golangci/golangci-lint/v2/cmd/golangci-lint

# Go (config: .golangci.yml) and the frontend (ESLint + Prettier's check).
lint: deps-build
	@$(MAKE) --no-print-directory lint-go lint-frontend

lint-go: $(GOLANGCI_LINT)
	$(GOLANGCI_LINT) fmt --diff ./... ./.ci/...
	$(GOLANGCI_LINT) run ./... ./.ci/measure ./.ci/clibench
	$(GOLANGCI_LINT) run --build-tags $(E2E_TAGS) $(E2E_LINT_PKGS)

lint-frontend: $(STAMP)/npm
	cd frontend && npm run lint

## figures --------------------------------------------------------------------

bench: frontend/dist/index.html $(CLI_BIN)
	@mkdir -p build
	$(GO) test -tags $(GOTAGS) -run '^$$' -bench . -benchmem ./... | tee build/bench.txt | \
		awk '/^pkg:/ {pkg=$$2} /^Benchmark/ {printf "%-28s %s\n", substr(pkg, index(pkg, "backend/")), $$0}'
	@for s in $(BENCH_SCRIPTS); do echo "== $$s"; $$s; done

# The UI's speed in the real window (10,000 applications: list, board, search,
# drag frame times, memory); slow, so not part of make test.
bench-ui: $(E2E_BIN)
	HUNTBOOK_E2E=1 HUNTBOOK_E2E_BENCH=1 HUNTBOOK_E2E_BIN=$(CURDIR)/$(E2E_BIN) HUNTBOOK_E2E_SHOTS=$(CURDIR)/$(SHOTS) \
		$(GO) test -tags $(GOTAGS) -count=1 -run 'TestPerf|TestOutsideWrite' -v -timeout 10m ./backend/desktop/e2e/

# Median of 3 cold starts: DOM ready and first paint from process start, PSS
# of all the app's processes while idle, and any socket to a non-loopback
# address (which fails the target: the app must not phone anywhere).
measure: deps $(E2E_BIN)
	$(GO) run ./.ci/measure -bin $(E2E_BIN) -runs 3 -idle 10s

## Windows (nice to have) -----------------------------------------------------

# Cross-build with mingw so SQLite is real (cgo); without CC an .exe would
# carry a stub SQLite that fails at run time, hence the CGO_ENABLED check on
# both: huntbook-desktop.exe (the window, wails) and huntbook.exe (the CLI).
WIN_MINGW := CGO_ENABLED=1 CC=x86_64-w64-mingw32-gcc CXX=x86_64-w64-mingw32-g++
windows: $(WAILS) frontend/dist/index.html
	@EXTRA_PKGS="gcc-mingw-w64-x86-64" .ci/deps build
	$(WIN_MINGW) $(WAILS) build -s -m -skipbindings -platform windows/amd64 -ldflags "$(VERSION_LDFLAGS)" -o huntbook-desktop.exe
	$(WIN_MINGW) GOOS=windows GOARCH=amd64 $(GO_BUILD) -tags $(GOTAGS) -o build/bin/huntbook.exe ./cmd/huntbook
	@for exe in build/bin/huntbook-desktop.exe build/bin/huntbook.exe; do \
		$(GO) version -m $$exe | grep -q 'CGO_ENABLED=1' || \
			{ echo "$$exe was built without cgo: its SQLite would not work"; exit 1; }; \
	done
	@echo "built build/bin/huntbook.exe and build/bin/huntbook-desktop.exe"

## packages -------------------------------------------------------------------

# make package builds what the system it runs on can build, into build/dist,
# then SHA256SUMS beside them: on Linux the .deb, .rpm and .tar.gz
# (package-linux) and, when mingw and makensis are installed, the Windows
# installer (package-windows: the cross-build takes minutes); on Windows the
# installer; on macOS the universal Huntbook.app in a .dmg (package-macos).
# Versions come from git tags (packaging/version.sh); packaging/ has the rest.
NFPM := bin/nfpm
DIST := build/dist
UNAME_S := $(shell uname -s)
SHA256 := sha256sum
ifeq ($(UNAME_S),Darwin)
PACKAGES := package-macos
SHA256 := shasum -a 256
else ifneq ($(filter MINGW% MSYS%,$(UNAME_S)),)
PACKAGES := package-windows
else
PACKAGES := package-linux $(if $(and $(shell command -v x86_64-w64-mingw32-gcc),$(shell command -v makensis)),package-windows)
endif

.PHONY: package package-linux package-windows package-macos test-package

package:
	@$(MAKE) --no-print-directory $(PACKAGES)
	cd $(DIST) && rm -f SHA256SUMS && $(SHA256) huntbook* >SHA256SUMS
	@echo "make package: $(PACKAGES) into $(DIST)"; cat $(DIST)/SHA256SUMS

# nfpm, pinned in its own module (tools/nfpm/go.mod) like golangci-lint.
$(NFPM): tools/nfpm/go.mod tools/nfpm/go.sum
	cd tools/nfpm && $(GO) build -o $(CURDIR)/$@ github.com/goreleaser/nfpm/v2/cmd/nfpm

package-linux: $(NFPM)
	@.ci/deps package
	@$(MAKE) --no-print-directory $(BIN) $(CLI_BIN)
	packaging/linux/build.sh $(NFPM)

package-windows:
	@EXTRA_PKGS="gcc-mingw-w64-x86-64 nsis" .ci/deps build
	@$(MAKE) --no-print-directory windows
	packaging/windows/build.sh

# Both programs for each architecture (cgo: clang's -arch comes from GOARCH),
# then lipo, the bundle, the icon and hdiutil in packaging/macos/build.sh.
# Go 1.26 programs need macOS 12. Runs on a Mac only (the workflow's macos job).
MAC_ENV := CGO_ENABLED=1 GOOS=darwin MACOSX_DEPLOYMENT_TARGET=12.0 CGO_CFLAGS=-mmacosx-version-min=12.0
package-macos: frontend/dist/index.html
	@[[ "$(UNAME_S)" == Darwin ]] || { echo "make package-macos runs on macOS only (lipo, iconutil, hdiutil)"; exit 1; }
	@.ci/deps build
	for arch in arm64 amd64; do \
		$(MAC_ENV) GOARCH=$$arch CGO_LDFLAGS="-framework UniformTypeIdentifiers -mmacosx-version-min=12.0" \
			$(GO_BUILD) -tags $(APP_TAGS) -o build/package/macos/$$arch/huntbook-desktop . ; \
		$(MAC_ENV) GOARCH=$$arch $(GO_BUILD) -tags $(GOTAGS) -o build/package/macos/$$arch/huntbook ./cmd/huntbook ; \
	done
	packaging/macos/build.sh

# The .deb as a user gets it: lintian, apt install, the installed command
# line and window, apt purge (.ci/package-test; needs root or sudo).
test-package: package-linux
	.ci/package-test

clean:
	rm -rf build/bin $(SHOTS) $(STAMP) build/bench.txt build/dist build/package build/package-test
