package pdf

import "sync"

// boxPool keeps the box arrays of layouts already drawn (RenderBytes),
// so that a batch lays out each notice into an array of the ones before
// it instead of a new one of some 3,000 boxes (0.2-0.3 MB) a notice.
var boxPool sync.Pool // of *[]Box

func getBoxes() []Box {
	if p, ok := boxPool.Get().(*[]Box); ok {
		return *p
	}
	return nil
}

// putBoxes gives boxes back once nothing reads them. They are cleared
// first, so that the pool holds no notice's text.
func putBoxes(boxes []Box) {
	if cap(boxes) == 0 {
		return
	}
	boxes = boxes[:cap(boxes)]
	clear(boxes)
	boxPool.Put(&boxes)
}
