package main

import (
	"strings"
	"testing"
)

// A typo in the durability setting must stop the start, not silently run with SQLite's default.
func TestRunRefusesAnUnknownSynchronousSetting(t *testing.T) {
	err := run("127.0.0.1:0", t.TempDir(), "", "warn", false, "off", false)
	if err == nil || !strings.Contains(err.Error(), "-sqlite-synchronous") {
		t.Fatalf("run with -sqlite-synchronous off: got %v, want an error naming the flag", err)
	}
}
