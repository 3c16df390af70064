package plain

import "testing"

// TestByline leaves a newspaper's initials under a reposted notice out of
// the letter, and keeps a signer's title in capitals, and initials that
// more lines follow, as the reader read them.
func TestByline(t *testing.T) {
	cases := []struct{ src, want string }{
		{"Công an huyện thông báo để chủ xe biết.\n\nTNĐT\n",
			"n.txt:1:1 body: Công an huyện thông báo để chủ xe biết."},
		{"Công an huyện thông báo để chủ xe biết./.\n\nTRƯỞNG\n",
			"n.txt:1:1 body: Công an huyện thông báo để chủ xe biết./.\nn.txt:3:1 signer: TRƯỞNG"},
	}
	for _, c := range cases {
		f, err := Read("n.txt", []byte(c.src))
		if err != nil {
			t.Fatal(err)
		}
		if got := paraLines(f); got != c.want {
			t.Errorf("%q: got\n%s\nwant\n%s", c.src, got, c.want)
		}
	}
}
