//go:build e2e

package service

import (
	"crypto/x509"
	"os"
	"path/filepath"
)

// e2eIMAPRoots lets the end-to-end scenario's IMAP server on 127.0.0.1 be
// trusted: its certificate is written to the data folder before the app
// starts. Release builds trust only the system's roots.
func e2eIMAPRoots(dataDir string) *x509.CertPool {
	pem, err := os.ReadFile(filepath.Join(dataDir, "e2e-imap-ca.pem")) //nolint:gosec // G304: a fixed name in the data folder, e2e builds only
	if err != nil {
		return nil
	}
	pool := x509.NewCertPool()
	if !pool.AppendCertsFromPEM(pem) {
		return nil
	}
	return pool
}
