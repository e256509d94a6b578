package newsparse

import (
	"testing"

	"github.com/newsparse/newsparse/internal/block"
	"github.com/newsparse/newsparse/internal/classify"
	"github.com/stretchr/testify/assert"
)

// TestBlockReasons holds every reason the classifier gives to one the public
// Reason defines, so that converting one to the other never makes a word the JSON
// contract does not list.
func TestBlockReasons(t *testing.T) {
	assert.Len(t, block.Reasons(), len(reasons), "one block.Reason for each public one")
	for _, r := range block.Reasons() {
		assert.True(t, reasonOf(r).Known(), "%v", r)
	}
	assert.Empty(t, reasonOf(classify.NoReason))
}
