package check

// A joint notice may carry a number for each issuer, side by side in the
// header's cells ("Số: 210/TB-SYT | Số: 305/TB-SGDĐT | Quảng Trị, ngày
// ..."). The view's Number is the last read; the earlier ones are kept in
// Numbers, so the rules of the number's form read each of them.

// laterNumber files the number read so far among the earlier ones, before
// a later number line of the same line of the file (a cell beside it)
// takes its place; the same text twice (a number a text box and its copy
// both hold) is kept once. A number line on another line is left as it
// was (a portal's "Số hiệu: 182/KH-UBND" above the document's own).
func (v *View) laterNumber(next Seg) {
	if v.Number == nil || v.Number.LineAt(0) != next.LineAt(0) {
		return
	}
	for _, n := range v.Numbers {
		if n.Text == v.Number.Text {
			return
		}
	}
	v.Numbers = append(v.Numbers, *v.Number)
}

// eachNumber runs check on each earlier number of the header as on the
// number: on a view whose Number is that one.
func eachNumber(p *Pass, check func(*Pass)) {
	for i := range p.View.Numbers {
		if p.View.Number != nil && p.View.Numbers[i].Text == p.View.Number.Text {
			continue
		}
		v := *p.View
		v.Number, v.Numbers = &p.View.Numbers[i], nil
		q := *p
		q.View = &v
		check(&q)
	}
}
