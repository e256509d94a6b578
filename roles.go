package newsparse

// classify gives every block with no role yet its role.
func classify(blocks []block) {
	for i := range blocks {
		if blocks[i].role != roleUnknown {
			continue
		}
		if i == 0 {
			blocks[i].role = roleHeadline
		} else {
			blocks[i].role = roleBody
		}
	}
}
