package service

import (
	"strconv"

	"github.com/huntbook/huntbook/backend/model"
)

// Settings are the user's preferences, kept in the database.
type Settings struct{ base }

// Preferences are the settings the UI shows.
type Preferences struct {
	Theme         Theme       `json:"theme"`
	ClosedCards   ClosedCards `json:"closedCards"`
	Notifications bool        `json:"notifications"` // OS notifications for due follow-ups
	Nudge         bool        `json:"nudge"`         // a follow-up after NudgeDays of silence on a sent application
	NudgeDays     int         `json:"nudgeDays"`     // 1..MaxNudgeDays; 0 saves the default, 7
	WeeklyGoal    int         `json:"weeklyGoal"`    // applications a week; 0 for none
}

// Theme is the colour scheme: "system" follows the operating system.
type Theme string

// The themes.
const (
	ThemeSystem Theme = "system"
	ThemeLight  Theme = "light"
	ThemeDark   Theme = "dark"
)

// valid reports whether t is one of the themes.
func (t Theme) valid() bool { return t == ThemeSystem || t == ThemeLight || t == ThemeDark }

// ClosedCards says how the board shows closed (rejected, ghosted...) applications.
type ClosedCards string

// How closed cards show.
const (
	ClosedFade ClosedCards = "fade" // faded in their stage's lane
	ClosedLane ClosedCards = "lane" // in their own lanes
)

// valid reports whether c is one of the ways.
func (c ClosedCards) valid() bool { return c == ClosedFade || c == ClosedLane }

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

// DefaultPreferences are the preferences of a new database.
func DefaultPreferences() Preferences {
	return Preferences{Theme: ThemeSystem, ClosedCards: ClosedFade, NudgeDays: DefaultNudgeDays}
}

// readPreferences reads the stored preferences, with defaults for unset or
// unreadable ones (a stored value Save would refuse reads as its default), so
// what the page gets is always valid.
func readPreferences(b base) (Preferences, error) {
	p := DefaultPreferences()
	v := map[string]string{}
	for _, key := range []string{keyTheme, keyClosedCards, keyNotifications, keyNudge, keyNudgeDays, keyWeeklyGoal} {
		s, err := b.db.Setting(b.ctx(), key)
		if err != nil {
			return p, err
		}
		v[key] = s
	}
	if t := Theme(v[keyTheme]); t.valid() {
		p.Theme = t
	}
	if c := ClosedCards(v[keyClosedCards]); c.valid() {
		p.ClosedCards = c
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
	if !p.Theme.valid() {
		return p, model.Invalid("theme", "theme must be system, light or dark")
	}
	if !p.ClosedCards.valid() {
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
		keyTheme: string(p.Theme), keyClosedCards: string(p.ClosedCards), keyNotifications: strconv.FormatBool(p.Notifications),
		keyNudge: strconv.FormatBool(p.Nudge), keyNudgeDays: strconv.Itoa(p.NudgeDays), keyWeeklyGoal: strconv.Itoa(p.WeeklyGoal),
	} {
		if err := s.db.SetSetting(s.ctx(), key, v); err != nil {
			return p, err
		}
	}
	return p, nil
}
