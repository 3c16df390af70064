package plain

import "github.com/thongbao/thongbao/notice/internal/lazyre"

// slashAuthorityRe starts an authority line whose abbreviation is typed
// with a slash, "T/L BỘ TRƯỞNG", "K/T CHỦ TỊCH", "T/M UỶ BAN NHÂN DÂN",
// for "TL.", "KT.", "TM." (in capitals, which no line of the body starts
// with).
var slashAuthorityRe = lazyre.New(`^(?:T/UQ|T/M|K/T|T/L)\s+\p{Lu}`)

// slashAuthority reports whether t starts an authority line typed with a
// slash, in capitals.
func slashAuthority(t string) bool {
	return slashAuthorityRe().MatchString(t) && capsTitle(t)
}
