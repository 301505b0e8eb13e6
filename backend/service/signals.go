package service

import "github.com/huntbook/huntbook/backend/model"

// Signals returns what the list and the board flag beside each application
// that has something to flag: the next confirmed interview and the
// follow-ups due on or before today ("YYYY-MM-DD", the user's day).
func (s *Applications) Signals(today string) ([]model.Signals, error) {
	return s.db.Signals(s.ctx(), today)
}
