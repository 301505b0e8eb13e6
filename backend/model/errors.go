// Package model holds Huntbook's domain types, their validation and the typed
// errors every layer returns. It imports nothing else of ours and no Wails.
package model

import (
	"context"
	"errors"
	"fmt"
)

// Code classifies an error so the UI and the CLI can react to it without
// parsing messages.
type Code string

// Error codes shared by every layer.
const (
	CodeInvalid      Code = "invalid"       // bad input: a field, a row, a file
	CodeNotFound     Code = "not_found"     // the thing asked for does not exist
	CodeConflict     Code = "conflict"      // clashes with what is stored (e.g. a stage still in use)
	CodeNewerVersion Code = "newer_version" // written by a newer Huntbook: refused, never modified
	CodeCorrupt      Code = "corrupt"       // a damaged file, archive or database
	CodeUnsupported  Code = "unsupported"   // a file of a kind we do not read
	CodeUnavailable  Code = "unavailable"   // a server, keychain or display that is not there
	CodeCanceled     Code = "canceled"      // the user stopped it
	CodeTooLarge     Code = "too_large"     // over a size limit
	CodeInternal     Code = "internal"      // a bug or an unexpected failure
	CodeUnconfirmed  Code = "unconfirmed"   // an AI provider the user has not confirmed (new, or its address or key source changed)
)

// Error is a typed error with a code, the field or row it concerns (if any)
// and a message written for the user.
type Error struct {
	Code    Code   `json:"code"`
	Field   string `json:"field,omitempty"`
	Message string `json:"message"`
	// Conflicts lists, for a CodeConflict about an edit made on an old
	// copy, each field someone else changed meanwhile with both values.
	Conflicts []FieldConflict `json:"conflicts,omitempty"`
	Err       error           `json:"-"`
}

// FieldConflict is one field that an edit and another writer both changed:
// Theirs is what is stored now, Yours what the edit would have written.
type FieldConflict struct {
	Field  string `json:"field"`
	Theirs any    `json:"theirs"`
	Yours  any    `json:"yours"`
}

// Error implements error.
func (e *Error) Error() string {
	if e.Err != nil && e.Message == "" {
		return e.Err.Error()
	}
	return e.Message
}

// Unwrap returns the underlying cause.
func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with the given code and a formatted message.
func Errorf(code Code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// Invalid returns a CodeInvalid error about one field.
func Invalid(field, format string, args ...any) *Error {
	return &Error{Code: CodeInvalid, Field: field, Message: fmt.Sprintf(format, args...)}
}

// NotFound returns a CodeNotFound error for a thing of the given kind.
func NotFound(kind string, id any) *Error {
	return &Error{Code: CodeNotFound, Message: fmt.Sprintf("%s %v not found", kind, id)}
}

// ErrorCode returns the code of the first *Error in err's chain, CodeCanceled
// for context cancellation, or CodeInternal.
func ErrorCode(err error) Code {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return CodeCanceled
	}
	return CodeInternal
}

// AsError returns err as an *Error: the first *Error in its chain (with the
// full wrapped text as message, so context is kept), or an internal error.
func AsError(err error) *Error {
	if err == nil {
		return nil
	}
	var e *Error
	if errors.As(err, &e) {
		return &Error{Code: e.Code, Field: e.Field, Message: err.Error(), Conflicts: e.Conflicts, Err: err}
	}
	return &Error{Code: ErrorCode(err), Message: err.Error(), Err: err}
}
