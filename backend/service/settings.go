package service

import (
	"strconv"

	"github.com/huntbook/huntbook/backend/model"
)

// Settings are the user's preferences, kept in the database.
type Settings struct{ base }

// Preferences are the settings the UI shows.
type Preferences struct {
	Theme         string `json:"theme"`         // "system", "light" or "dark"
	ClosedCards   string `json:"closedCards"`   // "fade" or "lane": how the board shows closed applications
	Notifications bool   `json:"notifications"` // OS notifications for due follow-ups
}

const (
	keyTheme         = "ui.theme"
	keyClosedCards   = "ui.closedCards"
	keyNotifications = "reminders.notifications"
)

// Get returns the preferences, with defaults for unset ones.
func (s *Settings) Get() (Preferences, error) {
	p := Preferences{Theme: "system", ClosedCards: "fade"}
	for key, dst := range map[string]*string{keyTheme: &p.Theme, keyClosedCards: &p.ClosedCards} {
		v, err := s.db.Setting(s.ctx(), key)
		if err != nil {
			return p, err
		}
		if v != "" {
			*dst = v
		}
	}
	v, err := s.db.Setting(s.ctx(), keyNotifications)
	if err != nil {
		return p, err
	}
	p.Notifications, _ = strconv.ParseBool(v)
	return p, nil
}

// Save validates and stores the preferences.
func (s *Settings) Save(p Preferences) (Preferences, error) {
	switch p.Theme {
	case "system", "light", "dark":
	default:
		return p, model.Invalid("theme", "theme must be system, light or dark")
	}
	switch p.ClosedCards {
	case "fade", "lane":
	default:
		return p, model.Invalid("closedCards", "closed cards must fade or go to their own lane")
	}
	for key, v := range map[string]string{keyTheme: p.Theme, keyClosedCards: p.ClosedCards, keyNotifications: strconv.FormatBool(p.Notifications)} {
		if err := s.db.SetSetting(s.ctx(), key, v); err != nil {
			return p, err
		}
	}
	return p, nil
}
