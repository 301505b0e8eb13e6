//go:build !e2e

package service

import "crypto/x509"

// e2eIMAPRoots is nil outside the end-to-end build: certificates are
// checked against the system's roots only.
func e2eIMAPRoots(string) *x509.CertPool { return nil }
