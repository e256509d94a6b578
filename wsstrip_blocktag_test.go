package newsparse

import (
	"testing"

	"github.com/newsparse/newsparse/internal/htmldom"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html/atom"
)

// TestBlockTagShared holds the walker's block list and htmldom.BlockTag, by which
// Strip cuts the white space between blocks, to one list: any atom on which they
// differ would let Strip cut a space the walker reads. (blockTag is to call
// htmldom.BlockTag; until then this test keeps the two copies equal.)
func TestBlockTagShared(t *testing.T) {
	blocks := 0
	for a := atom.Atom(0); a < 1<<24; a++ {
		if blockTag(a) != htmldom.BlockTag(a) {
			require.Failf(t, "block lists differ", "%v (%#x)", a, uint32(a))
		}
		if blockTag(a) {
			blocks++
		}
	}
	require.Greater(t, blocks, 40)
}
