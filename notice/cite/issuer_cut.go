package cite

// issuerLead marks the bytes a stop of issuerStops starts with.
var issuerLead = func() (lead [256]bool) {
	for _, st := range issuerStops {
		lead[st[0]] = true
	}
	return lead
}()

// issuerWidth is the longest stop of issuerStops.
var issuerWidth = func() (w int) {
	for _, st := range issuerStops {
		w = max(w, len(st))
	}
	return w
}()

// cutIssuer is cut(s, issuerStops, limit) read in one walk over the
// window: the first byte where any stop starts is where cut's earliest
// strings.Index would be. Twenty-two searches of the window, sixteen of
// them stopping at every space, were 0.1M instructions a seed; the walk
// compares only at a stop's first byte.
func cutIssuer(s string, limit int) string {
	window := s[:min(len(s), limit+issuerWidth)]
	end := len(s)
walk:
	for p := 0; p < len(window); p++ {
		if !issuerLead[window[p]] {
			continue
		}
		for _, st := range issuerStops {
			if len(window)-p >= len(st) && window[p:p+len(st)] == st {
				end = p
				break walk
			}
		}
	}
	return limitCut(s, end, limit)
}
