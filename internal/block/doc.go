// Package block holds the unit both of newsparse's front ends produce and its
// classifier reads: Block, one paragraph-like piece of a page with the layout hints
// its source could give, the Role the classifier gives it and, for a block left out,
// the Reason.
//
// It is a leaf: it imports only the standard library and internal/credit's Credit,
// so that the front ends (internal/textdump, internal/htmldom), the classifier's
// rules (internal/classify) and the root can all read and write blocks without
// importing one another (DESIGN.md, "The layout we are moving to").
//
// Its types are internal forms of the public ones: a Block's Reason, Credit, Rows
// and Links become the root's Reason, Credit, TableRow and Link where the root
// assembles the Article, and nowhere else. The public types, and their godoc, stay in
// the root, where users read them.
package block
