//go:build !e2e

package service

// e2eGrantsDataDir is false outside end-to-end builds (see paths_e2e.go).
const e2eGrantsDataDir = false
