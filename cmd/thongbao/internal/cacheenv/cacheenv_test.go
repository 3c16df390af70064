package cacheenv

import "testing"

func TestParse(t *testing.T) {
	for v, want := range map[string]Setting{
		"": On, "on": On, "1": On, "true": On, "YES": On,
		"off": Off, "OFF": Off, " Off ": Off, "0": Off, "false": Off, "False": Off, "no": Off,
		"tắt": Unknown, "disable": Unknown, "/tmp/cache": Unknown, "2": Unknown,
	} {
		if got := Parse(v); got != want {
			t.Errorf("Parse(%q) = %v, want %v", v, got, want)
		}
	}
}

func TestLooksLikeFolder(t *testing.T) {
	for v, want := range map[string]bool{
		"/tmp/cache": true, `C:\cache`: true, "~/c": true, "./c": true, "disable": false, "tắt": false,
	} {
		if got := LooksLikeFolder(v); got != want {
			t.Errorf("LooksLikeFolder(%q) = %v, want %v", v, got, want)
		}
	}
}
