//go:build e2e

package service

// e2eGrantsDataDir lets the end-to-end scenarios, which cannot drive a
// native dialog, hand over files in the data folder; anything else is
// still refused, which the navigation scenario checks.
const e2eGrantsDataDir = true
