package secrets

import (
	"errors"
	"strings"
	"testing"

	"github.com/huntbook/huntbook/backend/model"
	"github.com/zalando/go-keyring"
)

// TestOpenRealKeychain runs first (before keyring.MockInit replaces the
// provider): on a headless machine there is no Secret Service, so Open must
// fall back to memory at once; on a desktop it gets the real keychain. Either
// way the store must work.
func TestOpenRealKeychain(t *testing.T) {
	s := Open("huntbook-test")
	t.Logf("real keychain persistent: %v", s.Persistent())
	exercise(t, s)
}

func TestKeychainWithMock(t *testing.T) {
	keyring.MockInit()
	s := Open("huntbook-test")
	if !s.Persistent() {
		t.Fatal("Open with a working keychain returned a session-only store")
	}
	exercise(t, s)
	// The probe entry must not be left behind.
	if _, err := keyring.Get("huntbook-test", probeKey); !errors.Is(err, keyring.ErrNotFound) {
		t.Fatalf("probe key left in keychain: %v", err)
	}
	// A value stored by one Store is visible to another over the same keychain.
	if err := s.Set("k", "v"); err != nil {
		t.Fatal(err)
	}
	if v, err := Open("huntbook-test").Get("k"); err != nil || v != "v" {
		t.Fatalf("second store Get = %q, %v", v, err)
	}
}

func TestKeychainBrokenFallsBack(t *testing.T) {
	keyring.MockInitWithError(errors.New("The name org.freedesktop.secrets was not provided by any .service files"))
	s := Open("huntbook-test")
	if s.Persistent() {
		t.Fatal("Open with a failing keychain claims persistence")
	}
	exercise(t, s)
}

func TestKeychainErrorNamesKeyNotValue(t *testing.T) {
	keyring.MockInitWithError(errors.New("dbus: connection closed"))
	k := &keychain{service: "huntbook-test"}
	err := k.Set("openai.key", "sk-very-secret")
	if err == nil {
		t.Fatal("Set on a failing keychain succeeded")
	}
	if strings.Contains(err.Error(), "sk-very-secret") {
		t.Fatalf("error leaks the secret: %v", err)
	}
	if model.ErrorCode(err) != model.CodeUnavailable || !strings.Contains(err.Error(), "openai.key") {
		t.Fatalf("error = %v (code %s), want unavailable naming the key", err, model.ErrorCode(err))
	}
}

func TestMemory(t *testing.T) {
	s := Memory()
	if s.Persistent() {
		t.Fatal("memory store claims persistence")
	}
	exercise(t, s)
	if Memory() == s {
		t.Fatal("Memory returned a shared store")
	}
}

func TestLookupEnv(t *testing.T) {
	s := Memory()
	if err := s.Set("openai.key", "stored"); err != nil {
		t.Fatal(err)
	}
	t.Setenv("HUNTBOOK_TEST_KEY", "  from-env\n")
	if v, err := Lookup(s, "openai.key", "HUNTBOOK_TEST_KEY"); err != nil || v != "from-env" {
		t.Fatalf("Lookup with env = %q, %v", v, err)
	}
	t.Setenv("HUNTBOOK_TEST_KEY", "")
	if v, err := Lookup(s, "openai.key", "HUNTBOOK_TEST_KEY"); err != nil || v != "stored" {
		t.Fatalf("Lookup with empty env = %q, %v", v, err)
	}
	if v, err := Lookup(s, "openai.key", ""); err != nil || v != "stored" {
		t.Fatalf("Lookup without env = %q, %v", v, err)
	}
	if _, err := Lookup(s, "missing", "HUNTBOOK_TEST_UNSET"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Lookup missing = %v, want ErrNotFound", err)
	}
}

// exercise checks the Store contract on s.
func exercise(t *testing.T, s Store) {
	t.Helper()
	const key = "huntbook.test.token"
	if _, err := s.Get(key); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Get before Set = %v, want ErrNotFound", err)
	}
	if model.ErrorCode(func() error { _, err := s.Get(key); return err }()) != model.CodeNotFound {
		t.Fatal("ErrNotFound does not carry CodeNotFound")
	}
	if err := s.Set(key, `{"access_token":"a"}`); err != nil {
		t.Fatalf("Set: %v", err)
	}
	if err := s.Set(key, `{"access_token":"b"}`); err != nil {
		t.Fatalf("Set again: %v", err)
	}
	if v, err := s.Get(key); err != nil || v != `{"access_token":"b"}` {
		t.Fatalf("Get = %q, %v", v, err)
	}
	if err := s.Delete(key); err != nil {
		t.Fatalf("Delete: %v", err)
	}
	if err := s.Delete(key); err != nil {
		t.Fatalf("Delete of a missing key: %v", err)
	}
	if _, err := s.Get(key); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Get after Delete = %v, want ErrNotFound", err)
	}
	if err := s.Set("", "x"); model.ErrorCode(err) != model.CodeInvalid {
		t.Fatalf("Set with empty key = %v, want invalid", err)
	}
	big := strings.Repeat("x", MaxValueSize+1)
	if err := s.Set(key, big); model.ErrorCode(err) != model.CodeTooLarge {
		t.Fatalf("Set of %d bytes = %v, want too_large", len(big), err)
	}
}
