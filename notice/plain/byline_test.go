package plain

import "testing"

// TestByline leaves a newspaper's initials under a reposted notice out of
// the letter, and keeps a signer's title in capitals, and initials that
// more lines follow, as the reader read them.
func TestByline(t *testing.T) {
	cases := []readCase{
		{"Công an huyện thông báo để chủ xe biết.\n\nTNĐT\n",
			"n.txt:1:1 body: Công an huyện thông báo để chủ xe biết."},
		{"Công an huyện thông báo để chủ xe biết./.\n\nTRƯỞNG\n",
			"n.txt:1:1 body: Công an huyện thông báo để chủ xe biết./.\nn.txt:3:1 signer: TRƯỞNG"},
	}
	readCases(t, cases)
}
