package newsparse

import "github.com/newsparse/newsparse/internal/block"

// The block, its role and their names moved to internal/block. These aliases only
// carry the root to the qualified names: `go fix -inline` (blockpkg-rename.sh inline)
// rewrites every use into block.Block, block.RoleHeadline, ... and deletes this file.

//go:fix inline
type Block = block.Block

//go:fix inline
type Role = block.Role

// The roles.
const (
	//go:fix inline
	RoleUnknown = block.RoleUnknown
	//go:fix inline
	RoleHeadline = block.RoleHeadline
	//go:fix inline
	RoleStandfirst = block.RoleStandfirst
	//go:fix inline
	RoleByline = block.RoleByline
	//go:fix inline
	RoleDateline = block.RoleDateline
	//go:fix inline
	RoleBody = block.RoleBody
	//go:fix inline
	RoleSubheading = block.RoleSubheading
	//go:fix inline
	RoleQuote = block.RoleQuote
	//go:fix inline
	RoleList = block.RoleList
	//go:fix inline
	RoleCaption = block.RoleCaption
	//go:fix inline
	RoleCredit = block.RoleCredit
	//go:fix inline
	RoleRemoved = block.RoleRemoved
)
