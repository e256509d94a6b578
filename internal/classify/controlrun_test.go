package classify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestControlRun(t *testing.T) {
	tests := []struct {
		line   string
		reason Reason
		rule   FurnitureRule
	}{
		{"Facebook Twitter LinkedIn Email", ReasonBoilerplate, ControlRun},
		{"Share | Print", ReasonBoilerplate, ControlRun},
		{"Facebook, Twitter, Reddit", ReasonBoilerplate, ControlRun},
		{"Home / Search / Menu", ReasonNavigation, ControlRun},
		// the first button's reason stands for the run
		{"Comments Share", ReasonComments, ControlRun},
		// one word is a whole phrase, not a run
		{"Facebook", ReasonBoilerplate, WholePhrase},
		// a word that is no control makes the line something else
		{"Facebook Twitter Outage Lasts Hours", NoReason, NoFurniture},
		{"Jane Doe", NoReason, NoFurniture},
		// more buttons than a bar holds
		{"Share Share Share Share Share Share Share Share Share", NoReason, NoFurniture},
		{"| |", ReasonBoilerplate, Separator},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			reason, rule := FurnitureRuleOf(tt.line)
			assert.Equal(t, tt.rule, rule)
			assert.Equal(t, tt.reason, reason)
		})
	}
}
