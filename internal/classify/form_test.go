package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestIsBrowserChrome(t *testing.T) {
	for s, want := range map[string]bool{
		"(BUTTON) Accept all cookies and continue to the site": true, "IFRAME: https://example.org/frame": true,
		"#Coast Gazette » Feed Coast Gazette » Comments Feed": true, "#hashtag and more": false,
		"[ ] Pack the tent": false, "Name: ____": false, "Harbour » News": false,
	} {
		assert.Equal(t, want, isBrowserChrome(s), s)
	}
}
