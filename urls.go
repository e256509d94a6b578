package newsparse

import (
	"net/url"
	"strings"
)

// cleanURLString prepares an address from markup as the WHATWG URL parser does before
// it looks for a scheme: leading and trailing C0 controls and spaces are stripped and
// every tab and line break inside is removed, so that "java&#x09;script:" and
// "&#x01;javascript:" are seen for the javascript: addresses a browser takes them for.
func cleanURLString(s string) string {
	s = strings.TrimFunc(s, func(r rune) bool { return r <= ' ' })
	if strings.ContainsAny(s, "\t\n\r") {
		s = strings.Map(func(r rune) rune {
			if r == '\t' || r == '\n' || r == '\r' {
				return -1
			}
			return r
		}, s)
	}
	return s
}

// isWebScheme reports the schemes whose addresses may reach the output.
func isWebScheme(scheme string) bool {
	return strings.EqualFold(scheme, "http") || strings.EqualFold(scheme, "https")
}

// safeURL returns ref as an address fit for the output, or "" when it is not one:
// cleaned as cleanURLString does, resolved against base when it is relative or
// protocol-relative, and kept only when the result is http or https (or still
// relative, for want of a base), holds no control character and is at most
// MaxURLBytes long. javascript:, vbscript:, data:, file: and every other scheme go.
func safeURL(base *url.URL, ref string) string {
	ref = cleanURLString(ref)
	if ref == "" || len(ref) > MaxURLBytes {
		return ""
	}
	u, err := url.Parse(ref) // refuses ASCII control characters
	if err != nil {
		return ""
	}
	if u.Scheme != "" && !isWebScheme(u.Scheme) {
		return ""
	}
	if base == nil {
		return ref
	}
	out := base.ResolveReference(u).String()
	if len(out) > MaxURLBytes {
		return ""
	}
	return out
}
