package diag

import (
	"net/url"
	"path"
	"strings"
	"testing"
)

func TestArtifactURI(t *testing.T) {
	for _, c := range []struct {
		path, dir string
		windows   bool
		uri, base string
	}{
		{"a.toml", "/w", false, "a.toml", srcRoot},
		{"./x/../Thông báo/a b.toml", "/w", false, "Th%C3%B4ng%20b%C3%A1o/a%20b.toml", srcRoot},
		{"/srv/Thông báo/a.toml", "/w", false, "file:///srv/Th%C3%B4ng%20b%C3%A1o/a.toml", ""},
		{"../y/a.toml", "/w/x", false, "file:///w/y/a.toml", ""},
		{"../a.toml", "", false, "../a.toml", srcRoot},
		{`a\b.toml`, "/w", false, "a%5Cb.toml", srcRoot},
		{"a:b #1 100%.toml", "/w", false, "a%3Ab%20%231%20100%25.toml", srcRoot},
		{`x\Thông báo\a.toml`, `C:\w`, true, "x/Th%C3%B4ng%20b%C3%A1o/a.toml", srcRoot},
		{`C:\Users\Nguyễn Văn A\a.toml`, `C:\w`, true, "file:///C:/Users/Nguy%E1%BB%85n%20V%C4%83n%20A/a.toml", ""},
		{`\\server\share\a #1.toml`, `C:\w`, true, "file://server/share/a%20%231.toml", ""},
		{`..\a.toml`, `C:\w\x`, true, "file:///C:/w/a.toml", ""},
	} {
		uri, base := artifactURI(c.path, c.dir, c.windows)
		if uri != c.uri || base != c.base {
			t.Errorf("artifactURI(%q, %q, %v) = %q, %q; want %q, %q", c.path, c.dir, c.windows, uri, base, c.uri, c.base)
		}
	}
}

func TestDirURI(t *testing.T) {
	for _, c := range []struct {
		dir     string
		windows bool
		want    string
	}{
		{"/w", false, "file:///w/"},
		{"/", false, "file:///"},
		{"/tmp/Thư mục", false, "file:///tmp/Th%C6%B0%20m%E1%BB%A5c/"},
		{`C:\w\`, true, "file:///C:/w/"},
		{`\\server\share`, true, "file://server/share/"},
	} {
		if got := dirURI(c.dir, c.windows); got != c.want {
			t.Errorf("dirURI(%q, %v) = %q, want %q", c.dir, c.windows, got, c.want)
		}
	}
}

// uriChars are the characters a file URI is written with: the unreserved
// ones of RFC 3986, the slash, the colon of "file:" and percent escapes.
const uriChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/:%"

// FuzzArtifactURI checks that a file's URI, read back by net/url against
// the base the run declares, names the same file.
func FuzzArtifactURI(f *testing.F) {
	for _, s := range []string{"a.toml", "Thông báo/a b.toml", "/srv/x#1?.toml", "../a%20.toml", `a\b`, "a:b"} {
		f.Add(s)
	}
	const dir = "/w/Thư mục"
	base, err := url.Parse(dirURI(dir, false))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, p string) {
		if p == "" || strings.ContainsRune(p, 0) {
			t.Skip()
		}
		uri, baseID := artifactURI(p, dir, false)
		if i := strings.IndexFunc(uri, func(r rune) bool { return !strings.ContainsRune(uriChars, r) }); i >= 0 {
			t.Fatalf("artifactURI(%q) = %q: %q is not encoded", p, uri, uri[i:])
		}
		ref, err := url.Parse(uri)
		if err != nil {
			t.Fatalf("artifactURI(%q) = %q: %v", p, uri, err)
		}
		if baseID == "" && !ref.IsAbs() || baseID != "" && ref.IsAbs() {
			t.Fatalf("artifactURI(%q) = %q, base %q: absolute only without a base", p, uri, baseID)
		}
		want := path.Clean(p)
		if !path.IsAbs(want) {
			want = path.Join(dir, want)
		}
		if got := path.Clean(base.ResolveReference(ref).Path); got != want {
			t.Fatalf("artifactURI(%q) = %q reads back as %q, want %q", p, uri, got, want)
		}
	})
}
