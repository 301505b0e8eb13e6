package service

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/huntbook/huntbook/backend/llm"
	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/store"
)

// An import file may carry configuration: AI providers (where requests go
// and which key variable they attach), the default provider, prompt
// overrides, redaction terms, preferences and Google settings. None of it is
// taken silently: ImportFile lists it in the report as "settings found in
// this file" and ApplyImportedSettings applies what the user ticked, each
// through the same validated path as the settings page.

// FoundSetting is one piece of configuration found in an import file.
type FoundSetting struct {
	ID      string `json:"id"`      // stable within one report, e.g. "provider:OpenAI"
	Kind    string `json:"kind"`    // aiProvider, defaultProvider, promptOverride, redactionTerms, preference, calendar, unknown
	Label   string `json:"label"`   // what it is, in words
	Value   string `json:"value"`   // what the file sets, as shown to the user
	Current string `json:"current"` // what this machine has now ("" when unset)
	BaseURL string `json:"baseURL,omitempty"`
	KeyEnv  string `json:"keyEnv,omitempty"` // the environment variable whose key requests would carry
	Warning string `json:"warning,omitempty"`
	Problem string `json:"problem,omitempty"` // why it cannot be applied; "" when it can
}

type foundItem struct {
	FoundSetting
	order int
	apply func() error
}

// pendingSettings keeps the configuration of recent imports until the user
// applies some of it; only the last few imports are kept.
type pendingSettings struct {
	mu    sync.Mutex
	items map[string][]foundItem
	order []string
}

const keepPending = 4

func (p *pendingSettings) put(items []foundItem) string {
	if len(items) == 0 {
		return ""
	}
	var b [8]byte
	_, _ = rand.Read(b[:])
	token := hex.EncodeToString(b[:])
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.items == nil {
		p.items = map[string][]foundItem{}
	}
	p.items[token] = items
	p.order = append(p.order, token)
	for len(p.order) > keepPending {
		delete(p.items, p.order[0])
		p.order = p.order[1:]
	}
	return token
}

func (p *pendingSettings) take(token string) ([]foundItem, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	items, ok := p.items[token]
	return items, ok
}

// ApplyImportedSettings applies the settings with the given ids from the
// import whose report carried token, in a safe order (providers before the
// default provider), and returns those it applied. Each goes through the
// settings page's own validation; the first that fails stops the rest and
// its error names it.
func (s *Data) ApplyImportedSettings(token string, ids []string) ([]FoundSetting, error) {
	items, ok := s.pending.take(token)
	if !ok {
		return nil, model.Errorf(model.CodeNotFound, "apply settings: that import's settings are no longer held; import the file again with only its settings")
	}
	want := map[string]bool{}
	for _, id := range ids {
		want[id] = true
	}
	var chosen []foundItem
	for _, it := range items {
		if want[it.ID] || want["all"] && it.Problem == "" {
			if it.Problem != "" {
				return nil, model.Invalid(it.ID, "%s cannot be applied: %s", it.Label, it.Problem)
			}
			chosen = append(chosen, it)
			delete(want, it.ID)
		}
	}
	delete(want, "all")
	for id := range want {
		return nil, model.Errorf(model.CodeNotFound, "apply settings: the file has no setting %q", id)
	}
	sort.SliceStable(chosen, func(i, j int) bool { return chosen[i].order < chosen[j].order })
	applied := []FoundSetting{}
	for _, it := range chosen {
		if err := it.apply(); err != nil {
			return applied, fmt.Errorf("apply %s: %w", it.Label, err)
		}
		applied = append(applied, it.FoundSetting)
	}
	if len(applied) > 0 {
		s.changed()
	}
	return applied, nil
}

// foundSettings lists the configuration in ds, each with what applying it
// would do and the validated change that does it.
func (s *Data) foundSettings(ds *store.Dataset) []foundItem {
	var out []foundItem
	out = append(out, s.foundProviders(ds.Tables["ai_providers"])...)
	out = append(out, s.foundPrompts(ds.Tables["ai_prompt_overrides"])...)
	if it, ok := s.foundRedaction(ds.Tables["ai_redaction_terms"]); ok {
		out = append(out, it)
	}
	keys := make([]string, 0, len(ds.Settings))
	for k := range ds.Settings {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if it, ok := s.foundSetting(k, ds.Settings[k]); ok {
			out = append(out, it)
		}
	}
	return out
}

func text(row map[string]any, col string) string {
	v, _ := row[col].(string)
	return v
}

func (s *Data) foundProviders(rows []map[string]any) []foundItem {
	var out []foundItem
	for _, row := range rows {
		p := llm.Provider{Name: strings.TrimSpace(text(row, "name")), BaseURL: strings.TrimSpace(text(row, "base_url")),
			Model: strings.TrimSpace(text(row, "model")), Kind: llm.Kind(text(row, "kind")), APIKeyEnv: strings.TrimSpace(text(row, "api_key_env"))}
		if n, ok := row["context_tokens"].(json.Number); ok {
			if v, err := n.Int64(); err == nil && v > 0 && v < 1<<24 {
				p.ContextTokens = int(v)
			}
		}
		it := foundItem{order: 0, FoundSetting: FoundSetting{ID: "provider:" + p.Name, Kind: "aiProvider",
			Label: "AI provider “" + p.Name + "”", Value: string(p.Kind) + ", model " + p.Model, BaseURL: p.BaseURL, KeyEnv: p.APIKeyEnv}}
		if cur, err := s.db.AIProvider(s.ctx(), p.Name); err == nil {
			it.Current = cur.BaseURL + " (" + cur.Kind + ", model " + cur.Model + keyNote(cur.APIKeyEnv) + ")"
		}
		it.Warning = providerWarning(p)
		if err := p.Validate(); err != nil {
			it.Problem = err.Error()
		}
		// Saved unconfirmed: before its first request the user confirms the
		// destination and key once more, where they run the task.
		it.apply = func() error {
			_, err := SaveProviderUnconfirmed(s.assistant, p)
			return err
		}
		out = append(out, it)
	}
	return out
}

func keyNote(env string) string {
	if env == "" {
		return ""
	}
	return ", key from $" + env
}

// providerWarning says what a provider would do with the user's text that
// they may not expect from a file someone gave them (the key variable is
// shown beside it).
func providerWarning(p llm.Provider) string {
	u, err := url.Parse(p.BaseURL)
	if err != nil || u.Host == "" || p.Kind != llm.KindLocal || llm.IsLoopback(u.Hostname()) {
		return ""
	}
	return "marked local, so your name and details would be sent unredacted to " + u.Host
}

func (s *Data) foundPrompts(rows []map[string]any) []foundItem {
	var out []foundItem
	for _, row := range rows {
		task, body := text(row, "task"), text(row, "body")
		it := foundItem{order: 2, FoundSetting: FoundSetting{ID: "prompt:" + task, Kind: "promptOverride",
			Label: "Prompt for “" + task + "”", Value: preview(body)}}
		if cur, err := s.db.PromptOverride(s.ctx(), task); err == nil && cur != "" {
			it.Current = preview(cur)
		}
		if _, err := parseTask(task); err != nil {
			it.Problem = err.Error()
		}
		it.apply = func() error { return s.assistant.SetPromptOverride(task, body) }
		out = append(out, it)
	}
	return out
}

func preview(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 160 {
		return string(r[:160]) + "…"
	}
	return s
}

// foundRedaction offers the file's redaction terms as one setting that adds
// them to this machine's own (it never removes any).
func (s *Data) foundRedaction(rows []map[string]any) (foundItem, bool) {
	var terms []string
	for _, row := range rows {
		if t := strings.TrimSpace(text(row, "term")); t != "" {
			terms = append(terms, t)
		}
	}
	if len(terms) == 0 {
		return foundItem{}, false
	}
	it := foundItem{order: 3, FoundSetting: FoundSetting{ID: "redaction-terms", Kind: "redactionTerms",
		Label: fmt.Sprintf("%d redaction terms (added to yours)", len(terms)), Value: preview(strings.Join(terms, ", "))}}
	it.apply = func() error {
		cur, err := s.assistant.RedactionTerms()
		if err != nil {
			return err
		}
		_, err = s.assistant.SetRedactionTerms(append(cur, terms...))
		return err
	}
	return it, true
}

// localSettings are state of this machine, not configuration: never offered.
var localSettings = map[string]bool{settingGoogleReconnect: true, "convert_html_descriptions": true}

func (s *Data) foundSetting(key, value string) (foundItem, bool) {
	if localSettings[key] || strings.HasPrefix(key, csvMappingKey) { // remembered CSV columns: this machine's habit
		return foundItem{}, false
	}
	cur, _ := s.db.Setting(s.ctx(), key)
	it := foundItem{order: 4, FoundSetting: FoundSetting{ID: "setting:" + key, Label: key, Value: preview(value), Current: preview(cur)}}
	switch key {
	case "ai.provider":
		it.order, it.Kind, it.Label = 1, "defaultProvider", "Default AI provider"
		it.apply = func() error { return s.assistant.SetDefaultProvider(value) }
	case keyTheme, keyClosedCards, keyNotifications, keyNudge, keyNudgeDays, keyWeeklyGoal:
		it.Kind, it.Label = "preference", map[string]string{keyTheme: "Theme", keyClosedCards: "Closed cards on the board",
			keyNotifications: "Notifications for due follow-ups", keyNudge: "Nudge after days of silence",
			keyNudgeDays: "Days of silence before a nudge", keyWeeklyGoal: "Weekly goal"}[key]
		it.apply = func() error { return s.applyPreference(key, value) }
	case settingGoogleClientID:
		it.Kind, it.Label = "calendar", "Google OAuth client ID"
		it.Warning = "Google sign-in would use this client; its owner sees that you signed in"
		if err := checkClientID(value); err != nil {
			it.Problem = err.Error()
		}
		it.apply = func() error { return s.db.SetSetting(s.ctx(), key, strings.TrimSpace(value)) }
	case settingGoogleCalendars:
		it.Kind, it.Label = "calendar", "Google calendars to sync"
		var ids []string
		if err := json.Unmarshal([]byte(value), &ids); err != nil || len(ids) > 100 {
			it.Problem = "not a list of calendar ids"
		}
		it.apply = func() error { return s.db.SetSetting(s.ctx(), key, value) }
	case settingSyncInterval:
		it.Kind, it.Label = "calendar", "Calendar sync interval (minutes)"
		n, err := strconv.Atoi(value)
		if err != nil {
			it.Problem = "not a number of minutes"
		}
		it.apply = func() error { return s.calendar.SetSyncInterval(n) }
	default:
		it.Kind, it.Problem = "unknown", "this version of Huntbook has no such setting"
	}
	return it, true
}

func (s *Data) applyPreference(key, value string) error {
	p, err := s.settings.Get()
	if err != nil {
		return err
	}
	switch key {
	case keyTheme:
		p.Theme = Theme(value)
	case keyClosedCards:
		p.ClosedCards = ClosedCards(value)
	case keyNotifications:
		b, err := strconv.ParseBool(value)
		if err != nil {
			return model.Invalid("notifications", "notifications must be true or false")
		}
		p.Notifications = b
	case keyNudge:
		b, err := strconv.ParseBool(value)
		if err != nil {
			return model.Invalid("nudge", "nudge must be true or false")
		}
		p.Nudge = b
	case keyNudgeDays, keyWeeklyGoal:
		n, err := strconv.Atoi(value)
		if err != nil {
			return model.Invalid(key, "%s must be a number", key)
		}
		if key == keyNudgeDays {
			p.NudgeDays = n
		} else {
			p.WeeklyGoal = n
		}
	}
	_, err = s.settings.Save(p)
	return err
}

// checkClientID is SetClient's check of a Google client ID.
func checkClientID(id string) error {
	if len(id) > 300 || strings.ContainsAny(id, " \t\r\n") {
		return model.Invalid("clientId", "that does not look like a Google client ID")
	}
	return nil
}

// publicFound drops the appliers for the report.
func publicFound(items []foundItem) []FoundSetting {
	out := make([]FoundSetting, len(items))
	for i, it := range items {
		out[i] = it.FoundSetting
	}
	return out
}
