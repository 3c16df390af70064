package importer

// numbering is where the labels are simplified (see labels.go).
func (im *importer) numbering() {}
