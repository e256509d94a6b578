package newsparse

import (
	"testing"

	"github.com/newsparse/newsparse/internal/classify"
	"github.com/stretchr/testify/assert"
)

// TestClassifyReasons holds every reason the classifier gives to one the public
// Reason defines, so that converting one to the other never makes a word the JSON
// contract does not list.
func TestClassifyReasons(t *testing.T) {
	assert.Len(t, classify.Reasons(), len(reasons), "one classify.Reason for each public one")
	for _, r := range classify.Reasons() {
		assert.True(t, reasonOf(r).Known(), "%v", r)
	}
	assert.Empty(t, reasonOf(classify.NoReason))
}
