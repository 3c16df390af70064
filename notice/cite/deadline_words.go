package cite

import "strings"

// Words returns the deadline as a notice writes it, and as the register of
// tasks writes it too: as the clerk wrote it ("Tháng 02/2025", "hằng
// tuần", "Quý III/2025"), or, for a date ("2023-02-28", "2023-06",
// "15/4/2026"), in the usual words ("trước ngày 28/02/2023", "trong tháng
// 6/2023", "trước ngày 15/4/2026").
func (d Deadline) Words() string {
	if t := strings.TrimSpace(d.Text); t != "" && !isISO(t) && !d.isBareDate(t) {
		return t
	}
	return d.Phrase()
}

// isBareDate reports whether a deadline by a day was written as that day
// alone, as a document writes a date ("15/4/2026", "ngày 15/4/2026"): a
// date, not words.
func (d Deadline) isBareDate(t string) bool {
	w, ok := ParseWritten(t, false)
	return ok && d.Kind == By && w == d.Date
}

// isISO reports whether a deadline was written as an ISO date or month.
func isISO(s string) bool {
	return len(s) >= 7 && s[4] == '-' && strings.Trim(s[:4], "0123456789") == ""
}
