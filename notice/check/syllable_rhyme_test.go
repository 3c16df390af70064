package check

import "testing"

// TestNoSuchRhyme holds the rhyme test to words of every rhyme's kind,
// the starts "gi" and "qu" among them, and to the slips it is for.
func TestNoSuchRhyme(t *testing.T) {
	for _, w := range []string{"luật", "được", "người", "quát", "quen", "quăng", "quẹo", "quyết", "quốc", "giếng", "giữ", "gìn", "giặt",
		"khuỷu", "ngoặt", "xoong", "thuở", "huỳnh", "khuya", "hươu", "yên", "yêu", "việc", "kỹ", "ừm", "oẳn", "hoẵng", "khuâng", "nguệch", "séc", "phôtô", "tuýp", "yểng", "quạ", "quả", "quơ", "quở", "quỹ", "quậy"} {
		if r, bad := noSuchRhyme(w); bad {
			t.Errorf("%q: rhyme %q said to be none of Vietnamese", w, r)
		}
	}
	for w, want := range map[string]string{"luạt": "uat", "đuợc": "uơc", "nguời": "uơi", "muón": "uon", "tíen": "ien", "dịc": "ic", "giáơ": "aơ", "quọ": "uo", "quóc": "uoc", "quọng": "uong"} {
		if r, bad := noSuchRhyme(w); !bad || r != want {
			t.Errorf("%q: got %q %v, want %q", w, r, bad, want)
		}
	}
}
