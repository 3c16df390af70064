package check

import "strings"

// withoutIssuersTail is a unit's name (its head "Phòng" left off) without
// the words it shares with the end of the issuer's name, which its code
// leaves out as it leaves out "Sở": "Phòng Quản lý khai thác công trình
// thủy lợi" of the "Cục Quản lý và Xây dựng công trình thủy lợi" is coded
// "QLKT". Two shared words or more are left out, and two words or more
// must stay; else name is given back whole.
func withoutIssuersTail(v *View, name []string) []string {
	issuer := " " + issuerKey(v)
	for k := len(name) - 2; k >= 2; k-- {
		tail := strings.TrimSpace(normal(strings.Join(name[len(name)-k:], " ")))
		if strings.HasSuffix(issuer, " "+tail) {
			return name[:len(name)-k]
		}
	}
	return name
}
