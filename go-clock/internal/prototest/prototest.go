// Package prototest gives Go tests the shared contract files in the repo's
// proto/ folder: the cross-language vectors and the log-line schema.
package prototest

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// Path returns the path of a file below proto/, found by walking up from the
// test's working directory (go test runs in the package directory).
func Path(t testing.TB, rel string) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		candidate := filepath.Join(dir, "proto", rel)
		if _, err := os.Stat(candidate); err == nil {
			return candidate
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatalf("proto/%s not found above the test directory", rel)
		}
		dir = parent
	}
}

// LoadJSON decodes proto/<rel> into `into`, failing the test on any error.
func LoadJSON(t testing.TB, rel string, into any) {
	t.Helper()
	data, err := os.ReadFile(Path(t, rel))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, into); err != nil {
		t.Fatalf("%s: %v", rel, err)
	}
}
