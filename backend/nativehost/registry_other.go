//go:build !windows

package nativehost

func setRegistry(_, _ string) error { return nil }

func deleteRegistry(_ string) error { return nil }
