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
	Nudge         bool   `json:"nudge"`         // a follow-up after NudgeDays of silence on a sent application
	NudgeDays     int    `json:"nudgeDays"`     // 1..MaxNudgeDays; 0 saves the default, 7
	WeeklyGoal    int    `json:"weeklyGoal"`    // applications a week; 0 for none
}

// The bounds of the numbers in Preferences.
const (
	DefaultNudgeDays = 7
	MaxNudgeDays     = 90
	MaxWeeklyGoal    = 100
)

const (
	keyTheme         = "ui.theme"
	keyClosedCards   = "ui.closedCards"
	keyNotifications = "reminders.notifications"
	keyNudge         = "nudges.enabled"
	keyNudgeDays     = "nudges.days"
	keyWeeklyGoal    = "goals.weekly"
)

// Get returns the preferences, with defaults for unset ones.
func (s *Settings) Get() (Preferences, error) {
	return readPreferences(s.base)
}

// readPreferences reads the stored preferences, with defaults for unset or
// unreadable ones.
func readPreferences(b base) (Preferences, error) {
	p := Preferences{Theme: "system", ClosedCards: "fade", NudgeDays: DefaultNudgeDays}
	v := map[string]string{}
	for _, key := range []string{keyTheme, keyClosedCards, keyNotifications, keyNudge, keyNudgeDays, keyWeeklyGoal} {
		s, err := b.db.Setting(b.ctx(), key)
		if err != nil {
			return p, err
		}
		v[key] = s
	}
	if v[keyTheme] != "" {
		p.Theme = v[keyTheme]
	}
	if v[keyClosedCards] != "" {
		p.ClosedCards = v[keyClosedCards]
	}
	p.Notifications, _ = strconv.ParseBool(v[keyNotifications])
	p.Nudge, _ = strconv.ParseBool(v[keyNudge])
	if n, err := strconv.Atoi(v[keyNudgeDays]); err == nil && n >= 1 && n <= MaxNudgeDays {
		p.NudgeDays = n
	}
	if n, err := strconv.Atoi(v[keyWeeklyGoal]); err == nil && n >= 0 && n <= MaxWeeklyGoal {
		p.WeeklyGoal = n
	}
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
	if p.NudgeDays == 0 {
		p.NudgeDays = DefaultNudgeDays // a caller that knows nothing of nudges
	}
	if p.NudgeDays < 1 || p.NudgeDays > MaxNudgeDays {
		return p, model.Invalid("nudgeDays", "nudge after 1 to %d days of silence", MaxNudgeDays)
	}
	if p.WeeklyGoal < 0 || p.WeeklyGoal > MaxWeeklyGoal {
		return p, model.Invalid("weeklyGoal", "a weekly goal is 0 (none) to %d applications", MaxWeeklyGoal)
	}
	for key, v := range map[string]string{
		keyTheme: p.Theme, keyClosedCards: p.ClosedCards, keyNotifications: strconv.FormatBool(p.Notifications),
		keyNudge: strconv.FormatBool(p.Nudge), keyNudgeDays: strconv.Itoa(p.NudgeDays), keyWeeklyGoal: strconv.Itoa(p.WeeklyGoal),
	} {
		if err := s.db.SetSetting(s.ctx(), key, v); err != nil {
			return p, err
		}
	}
	return p, nil
}
