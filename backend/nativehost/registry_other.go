//go:build !windows

package nativehost

func setRegistry(key, value string) error { return nil }

func deleteRegistry(key string) error { return nil }
