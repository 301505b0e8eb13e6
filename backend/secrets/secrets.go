// Package secrets keeps API keys and OAuth tokens out of the database: in the
// OS keychain when there is one (macOS Keychain, Windows Credential Manager,
// the Secret Service on Linux), else in memory for this session only. Values
// never appear in errors or log lines; only key names do.
package secrets

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/huntbook/huntbook/backend/model"
	"github.com/zalando/go-keyring"
)

// ErrNotFound is returned by Get when no secret is stored under the key.
var ErrNotFound = &model.Error{Code: model.CodeNotFound, Message: "secret not found"}

// MaxValueSize bounds a stored value: Windows' credential manager takes 2,560
// bytes at most, so a larger secret would work on one OS and not another.
const MaxValueSize = 2560

// opTimeout bounds every keychain call: a wedged D-Bus session must not hang the app.
const opTimeout = 5 * time.Second

// Store keeps secrets under string keys.
type Store interface {
	// Get returns the secret under key, or an error wrapping ErrNotFound.
	Get(key string) (string, error)
	// Set stores value under key, replacing any previous value.
	Set(key, value string) error
	// Delete removes key; deleting a missing key is not an error.
	Delete(key string) error
	// Persistent reports whether secrets outlive this process (keychain) or
	// are kept for this session only (memory).
	Persistent() bool
}

// Open returns a Store backed by the OS keychain under service when the
// keychain works (probed once with a harmless write and delete), else a
// session-only memory store.
func Open(service string) Store {
	k := &keychain{service: service}
	if err := k.probe(); err != nil {
		return Memory()
	}
	return k
}

// Memory returns an empty session-only Store (Persistent reports false).
func Memory() Store { return &memory{m: map[string]string{}} }

// Lookup returns the secret from the environment variable envVar when the
// user named one and it is set, else the secret stored under key.
func Lookup(s Store, key, envVar string) (string, error) {
	if envVar != "" {
		if v, ok := os.LookupEnv(envVar); ok && strings.TrimSpace(v) != "" {
			return strings.TrimSpace(v), nil
		}
	}
	return s.Get(key)
}

func checkKey(key string) error {
	if key == "" {
		return model.Invalid("key", "secret key is empty")
	}
	return nil
}

func checkValue(key, value string) error {
	if len(value) > MaxValueSize {
		return &model.Error{Code: model.CodeTooLarge, Field: key,
			Message: fmt.Sprintf("secret %q is %d bytes, over the %d-byte limit of OS keychains", key, len(value), MaxValueSize)}
	}
	return nil
}

// keychain stores secrets through zalando/go-keyring.
type keychain struct{ service string }

// probeKey is written then deleted by Open to see whether the keychain works.
const probeKey = "huntbook-keychain-probe"

func (k *keychain) probe() error {
	if err := k.Set(probeKey, "probe"); err != nil {
		return err
	}
	return k.Delete(probeKey)
}

// call runs f with a deadline: keychain back ends talk to other processes.
func call[T any](op, key string, f func() (T, error)) (T, error) {
	type result struct {
		v   T
		err error
	}
	ch := make(chan result, 1)
	go func() {
		v, err := f()
		ch <- result{v, err}
	}()
	select {
	case r := <-ch:
		return r.v, r.err
	case <-time.After(opTimeout):
		var zero T
		return zero, &model.Error{Code: model.CodeUnavailable, Field: key,
			Message: fmt.Sprintf("keychain %s %q: no answer after %s", op, key, opTimeout)}
	}
}

func (k *keychain) Get(key string) (string, error) {
	if err := checkKey(key); err != nil {
		return "", err
	}
	v, err := call("get", key, func() (string, error) { return keyring.Get(k.service, key) })
	if errors.Is(err, keyring.ErrNotFound) {
		return "", fmt.Errorf("keychain get %q: %w", key, ErrNotFound)
	}
	if err != nil {
		return "", keychainError("get", key, err)
	}
	return v, nil
}

func (k *keychain) Set(key, value string) error {
	if err := checkKey(key); err != nil {
		return err
	}
	if err := checkValue(key, value); err != nil {
		return err
	}
	_, err := call("set", key, func() (struct{}, error) { return struct{}{}, keyring.Set(k.service, key, value) })
	if err != nil {
		return keychainError("set", key, err)
	}
	return nil
}

func (k *keychain) Delete(key string) error {
	if err := checkKey(key); err != nil {
		return err
	}
	_, err := call("delete", key, func() (struct{}, error) { return struct{}{}, keyring.Delete(k.service, key) })
	if err != nil && !errors.Is(err, keyring.ErrNotFound) {
		return keychainError("delete", key, err)
	}
	return nil
}

func (k *keychain) Persistent() bool { return true }

// keychainError types a back-end failure; the message names the key, never the value.
func keychainError(op, key string, err error) error {
	var me *model.Error
	if errors.As(err, &me) {
		return err
	}
	code := model.CodeUnavailable
	if errors.Is(err, keyring.ErrSetDataTooBig) {
		code = model.CodeTooLarge
	}
	return &model.Error{Code: code, Field: key, Message: fmt.Sprintf("keychain %s %q: %v", op, key, err), Err: err}
}

// memory is the session-only fallback.
type memory struct {
	mu sync.Mutex
	m  map[string]string
}

func (s *memory) Get(key string) (string, error) {
	if err := checkKey(key); err != nil {
		return "", err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	v, ok := s.m[key]
	if !ok {
		return "", fmt.Errorf("session store get %q: %w", key, ErrNotFound)
	}
	return v, nil
}

func (s *memory) Set(key, value string) error {
	if err := checkKey(key); err != nil {
		return err
	}
	if err := checkValue(key, value); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[key] = value
	return nil
}

func (s *memory) Delete(key string) error {
	if err := checkKey(key); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.m, key)
	return nil
}

func (s *memory) Persistent() bool { return false }
