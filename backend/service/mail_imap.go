package service

import (
	"context"
	"crypto/tls"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/huntbook/huntbook/backend/imapread"
	"github.com/huntbook/huntbook/backend/jobrun"
	"github.com/huntbook/huntbook/backend/mailread"
	"github.com/huntbook/huntbook/backend/model"
	"github.com/huntbook/huntbook/backend/secrets"
)

// The read-only IMAP account: its settings (never the password) in the
// settings table, the password in the keychain or for this session only,
// the folders' state in mail_imap_folders (store/mail_imap.go).
const (
	settingMailAccount     = "mail.imap.account"     // JSON mailAccountSettings
	settingMailLastSync    = "mail.imap.lastSync"    // last successful sync, UTC RFC 3339
	settingMailLastAttempt = "mail.imap.lastAttempt" // last sync started, success or not
	settingMailLastError   = "mail.imap.lastError"   // the last sync's error, "" after a success
	secretMailPassword     = "mail.imap.password"    //nolint:gosec // G101: the keychain key, not a password
	jobMailSync            = "mail-sync"
	// Ledger tasks: what each IMAP connection was for.
	ledgerTaskIMAPSync = "IMAP sync"
	ledgerTaskIMAPTest = "IMAP test"
	defaultSinceDays   = 90
)

// mailIMAP is the IMAP side of Mail: where the password lives and the
// connection options (tests trust their own certificate here).
type mailIMAP struct {
	once sync.Once
	// keychain keeps a remembered password (secrets.Open; tests set Memory).
	keychain secrets.Store
	// session keeps a password for this session only.
	session secrets.Store
	opts    imapread.Options
}

func (m *Mail) secretStores() (keychain, session secrets.Store) {
	m.imap.once.Do(func() {
		if m.imap.keychain == nil {
			m.imap.keychain = secrets.Open(secretsService)
		}
		m.imap.session = secrets.Memory()
		if pool := e2eIMAPRoots(m.deps.DataDir); pool != nil && m.imap.opts.TLSConfig == nil {
			m.imap.opts.TLSConfig = &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12}
		}
	})
	return m.imap.keychain, m.imap.session
}

// imapOptions are the connection options, once the stores are set up.
func (m *Mail) imapOptions() imapread.Options {
	m.secretStores()
	return m.imap.opts
}

// mailAccountSettings is the stored account, without the password.
type mailAccountSettings struct {
	Host            string   `json:"host"`
	Port            int      `json:"port"`
	Security        string   `json:"security"`
	User            string   `json:"user"`
	Folders         []string `json:"folders"`
	SinceDays       int      `json:"sinceDays"`
	IntervalMinutes int      `json:"intervalMinutes"`
}

// identity names the mailbox a folder state belongs to.
func (a mailAccountSettings) identity() string {
	return a.User + "@" + net.JoinHostPort(a.Host, strconv.Itoa(a.Port))
}

// MailAccount is the read-only IMAP account as the page shows it; the
// password never leaves Go, only whether one is kept and where.
type MailAccount struct {
	Configured bool     `json:"configured"`
	Host       string   `json:"host"`
	Port       int      `json:"port"`
	Security   string   `json:"security"` // "tls" or "starttls"
	User       string   `json:"user"`
	Folders    []string `json:"folders"`
	// SinceDays is how far back a first read goes.
	SinceDays int `json:"sinceDays"`
	// IntervalMinutes is how often mail is checked while the app runs; 0
	// means only when the user asks.
	IntervalMinutes int  `json:"intervalMinutes"`
	PasswordSaved   bool `json:"passwordSaved"`
	// PasswordRemembered: in the keychain; false: for this session only.
	PasswordRemembered bool `json:"passwordRemembered"`
	KeychainAvailable  bool `json:"keychainAvailable"`
	// LastSync is the last successful check, LastAttempt the last one
	// started (UTC RFC 3339, "" for never); LastError the last check's error.
	LastSync     string                  `json:"lastSync"`
	LastAttempt  string                  `json:"lastAttempt"`
	LastError    string                  `json:"lastError"`
	Syncing      bool                    `json:"syncing"`
	FolderStates []model.MailFolderState `json:"folderStates"`
}

// MailAccountInput is the account as the user typed it. An empty Password
// keeps the one already kept.
type MailAccountInput struct {
	Host             string   `json:"host"`
	Port             int      `json:"port"`
	Security         string   `json:"security"`
	User             string   `json:"user"`
	Password         string   `json:"password"`
	RememberPassword bool     `json:"rememberPassword"`
	Folders          []string `json:"folders"`
	SinceDays        int      `json:"sinceDays"`
	IntervalMinutes  int      `json:"intervalMinutes"`
}

// MailAccountTest is what "Test connection" found.
type MailAccountTest struct {
	Message string `json:"message"`
	// Folders are the account's folders with their message counts.
	Folders []imapread.FolderInfo `json:"folders"`
	// Available lists every folder the server has, to choose from.
	Available []string `json:"available"`
}

// MailFolderReport is what one check did in one folder.
type MailFolderReport struct {
	Folder       string `json:"folder"`
	New          int    `json:"new"`
	SkippedParts int    `json:"skippedParts"`
	// Reset: the server renumbered the folder, so it was read again from
	// "how far back" (messages already kept are not kept twice).
	Reset bool `json:"reset"`
}

// MailSyncReport says what "Check mail" did.
type MailSyncReport struct {
	Folders []MailFolderReport `json:"folders"`
	// Fetched messages were read from the server: Kept became proposals,
	// Known were kept before, NotJob were not job-related, Broken could
	// not be read.
	Fetched int `json:"fetched"`
	Kept    int `json:"kept"`
	Known   int `json:"known"`
	NotJob  int `json:"notJob"`
	Broken  int `json:"broken"`
}

func (m *Mail) accountSettings(ctx context.Context) (mailAccountSettings, bool, error) {
	var a mailAccountSettings
	v, err := m.db.Setting(ctx, settingMailAccount)
	if err != nil || v == "" {
		return a, false, err
	}
	if err := json.Unmarshal([]byte(v), &a); err != nil {
		return a, false, fmt.Errorf("read the e-mail account settings: %w", err)
	}
	return a, a.Host != "", nil
}

// password returns the kept password: this session's, else the keychain's.
func (m *Mail) password() (pw string, remembered bool) {
	kc, sess := m.secretStores()
	if v, err := sess.Get(secretMailPassword); err == nil && v != "" {
		return v, false
	}
	if v, err := kc.Get(secretMailPassword); err == nil && v != "" {
		return v, kc.Persistent()
	}
	return "", false
}

// MailAccount returns the IMAP account (without the password) and how its
// checks went.
func (m *Mail) MailAccount() (MailAccount, error) {
	ctx := m.ctx()
	kc, _ := m.secretStores()
	out := MailAccount{Security: imapread.SecurityTLS, Port: 993, Folders: []string{"INBOX"}, SinceDays: defaultSinceDays,
		KeychainAvailable: kc.Persistent(), FolderStates: []model.MailFolderState{}}
	a, ok, err := m.accountSettings(ctx)
	if err != nil {
		return out, err
	}
	out.Syncing = len(m.runner.Running(jobMailSync)) > 0
	for k, dst := range map[string]*string{settingMailLastSync: &out.LastSync, settingMailLastAttempt: &out.LastAttempt, settingMailLastError: &out.LastError} {
		if *dst, err = m.db.Setting(ctx, k); err != nil {
			return out, err
		}
	}
	if !ok {
		return out, nil
	}
	out.Configured = true
	out.Host, out.Port, out.Security, out.User = a.Host, a.Port, a.Security, a.User
	out.Folders, out.SinceDays, out.IntervalMinutes = a.Folders, a.SinceDays, a.IntervalMinutes
	pw, remembered := m.password()
	out.PasswordSaved, out.PasswordRemembered = pw != "", remembered
	if out.FolderStates, err = m.db.MailFolderStates(ctx, a.identity()); err != nil {
		return out, err
	}
	return out, nil
}

// normalize checks an input and fills its defaults; the password may be
// empty (the kept one then serves).
func (in MailAccountInput) normalize() (mailAccountSettings, error) {
	a := mailAccountSettings{Host: strings.ToLower(strings.TrimSpace(in.Host)), Port: in.Port, Security: in.Security,
		User: strings.TrimSpace(in.User), SinceDays: in.SinceDays, IntervalMinutes: in.IntervalMinutes}
	if a.Security == "" {
		a.Security = imapread.SecurityTLS
	}
	if a.Port == 0 {
		a.Port = 993
		if a.Security == imapread.SecurityStartTLS {
			a.Port = 143
		}
	}
	for _, f := range in.Folders {
		if f = strings.TrimSpace(f); f != "" && !slices.Contains(a.Folders, f) {
			a.Folders = append(a.Folders, f)
		}
	}
	if len(a.Folders) == 0 {
		a.Folders = []string{"INBOX"}
	}
	if a.SinceDays == 0 {
		a.SinceDays = defaultSinceDays
	}
	switch {
	case a.SinceDays < 1 || a.SinceDays > 3650:
		return a, model.Invalid("sinceDays", "how far back must be 1 to 3650 days")
	case a.IntervalMinutes != 0 && (a.IntervalMinutes < 5 || a.IntervalMinutes > 24*60):
		return a, model.Invalid("intervalMinutes", "check every 5 minutes to 24 hours, or 0 for only when asked")
	case len(a.Folders) > 20:
		return a, model.Invalid("folders", "read at most 20 folders")
	}
	acct := a.imapAccount("placeholder", time.Time{})
	return a, acct.Validate()
}

func (a mailAccountSettings) imapAccount(password string, now time.Time) imapread.Account {
	acct := imapread.Account{Host: a.Host, Port: a.Port, Security: a.Security, User: a.User, Password: password, Folders: a.Folders}
	if !now.IsZero() && a.SinceDays > 0 {
		acct.Since = now.AddDate(0, 0, -a.SinceDays)
	}
	return acct
}

// SaveMailAccount stores the IMAP account: the settings in the database,
// the password in the keychain (RememberPassword) or for this session only.
// Changing the server, the user or the security, or reading further back,
// forgets what was read so the next check starts afresh (messages already
// kept are not kept twice).
func (m *Mail) SaveMailAccount(in MailAccountInput) (MailAccount, error) {
	ctx := m.ctx()
	a, err := in.normalize()
	if err != nil {
		return MailAccount{}, err
	}
	if in.Password == "" {
		if pw, _ := m.password(); pw == "" {
			return MailAccount{}, model.Invalid("password", "enter the password (many providers want an app password for IMAP)")
		}
	}
	old, had, err := m.accountSettings(ctx)
	if err != nil {
		return MailAccount{}, err
	}
	if had && (old.identity() != a.identity() || old.Security != a.Security || a.SinceDays > old.SinceDays) {
		if err := m.forgetSyncState(ctx); err != nil {
			return MailAccount{}, err
		}
	}
	if err := m.keepPassword(in.Password, in.RememberPassword); err != nil {
		return MailAccount{}, err
	}
	b, err := json.Marshal(a)
	if err != nil {
		return MailAccount{}, fmt.Errorf("save the e-mail account: %w", err)
	}
	if err := m.db.SetSetting(ctx, settingMailAccount, string(b)); err != nil {
		return MailAccount{}, err
	}
	return m.MailAccount()
}

// keepPassword puts a new password (or moves the kept one) where the user
// chose: the keychain, or this session only.
func (m *Mail) keepPassword(pw string, remember bool) error {
	kc, sess := m.secretStores()
	if pw == "" {
		pw, _ = m.password()
	}
	if remember && kc.Persistent() {
		if err := kc.Set(secretMailPassword, pw); err != nil {
			return err
		}
		return sess.Delete(secretMailPassword)
	}
	if err := sess.Set(secretMailPassword, pw); err != nil {
		return err
	}
	if kc.Persistent() {
		return kc.Delete(secretMailPassword)
	}
	return nil
}

func (m *Mail) forgetSyncState(ctx context.Context) error {
	if err := m.db.ResetMailFolderStates(ctx); err != nil {
		return err
	}
	for _, k := range []string{settingMailLastSync, settingMailLastAttempt, settingMailLastError} {
		if err := m.db.SetSetting(ctx, k, ""); err != nil {
			return err
		}
	}
	return nil
}

// DisconnectMailAccount stops a running check, forgets the account, its
// password and what was read; the messages kept stay.
func (m *Mail) DisconnectMailAccount() error {
	for _, id := range m.runner.Running(jobMailSync) {
		m.runner.Cancel(jobMailSync, id)
	}
	kc, sess := m.secretStores()
	if err := sess.Delete(secretMailPassword); err != nil {
		return err
	}
	if err := kc.Delete(secretMailPassword); err != nil {
		return err
	}
	if err := m.forgetSyncState(m.ctx()); err != nil {
		return err
	}
	return m.db.SetSetting(m.ctx(), settingMailAccount, "")
}

// TestMailAccount connects with the account as typed (the kept password
// when none is typed), opens each folder read-only and lists the server's
// folders; it saves nothing. The connection goes in the request ledger.
func (m *Mail) TestMailAccount(in MailAccountInput) (MailAccountTest, error) {
	out := MailAccountTest{Folders: []imapread.FolderInfo{}, Available: []string{}}
	a, err := in.normalize()
	if err != nil {
		return out, err
	}
	pw := in.Password
	if pw == "" {
		if pw, _ = m.password(); pw == "" {
			return out, model.Invalid("password", "enter the password to test the connection")
		}
	}
	acct := a.imapAccount(pw, time.Time{})
	start := time.Now()
	rep, err := imapread.Check(m.ctx(), acct, m.imapOptions())
	status := fmt.Sprintf("OK: %d folders opened read-only", len(rep.Folders))
	m.ledgerIMAP(acct, ledgerTaskIMAPTest, rep.Stats, time.Since(start), status, err)
	if err != nil {
		return out, err
	}
	out.Folders, out.Available = rep.Folders, rep.Available
	n := 0
	for _, f := range rep.Folders {
		n += max(f.Messages, 0)
	}
	out.Message = fmt.Sprintf("Connected to %s as %s: %s, %s, opened read-only.", a.Host, a.User,
		plural(len(rep.Folders), "folder"), plural(n, "message"))
	return out, nil
}

// SyncMail checks the account's folders for new mail in the background and
// returns the job id at once (the running check's id when one is under
// way). Progress comes as job:progress, the MailSyncReport with job:done;
// CancelMailSync stops it.
func (m *Mail) SyncMail() (string, error) {
	if _, err := m.syncAccount(m.ctx()); err != nil {
		return "", err
	}
	id, _ := m.runner.StartOne(jobMailSync, func(ctx context.Context, job *jobrun.Job) (any, error) {
		rep, err := m.runSync(ctx, job)
		if err != nil {
			return nil, err
		}
		return rep, nil
	})
	return id, nil
}

// SyncMailNow checks mail and waits for it, reporting progress like
// SyncMail (the command line's `huntbook mail sync`). A non-empty password
// serves for this process only, for an account whose password is not kept.
func (m *Mail) SyncMailNow(password string) (MailSyncReport, error) {
	ctx := m.ctx()
	if password != "" {
		_, sess := m.secretStores()
		if err := sess.Set(secretMailPassword, password); err != nil {
			return MailSyncReport{}, err
		}
	}
	if _, err := m.syncAccount(ctx); err != nil {
		return MailSyncReport{}, err
	}
	res, err := m.runner.RunOne(ctx, jobMailSync, func(ctx context.Context, job *jobrun.Job) (any, error) {
		return m.runSync(ctx, job)
	})
	if errors.Is(err, jobrun.ErrBusy) {
		return MailSyncReport{}, model.Errorf(model.CodeConflict, "a mail check is already running")
	}
	rep, _ := res.(MailSyncReport)
	return rep, err
}

// CancelMailSync stops a running check; what was read so far is kept.
func (m *Mail) CancelMailSync(jobID string) error {
	if !m.runner.Cancel(jobMailSync, jobID) {
		return model.NotFound("job", jobID)
	}
	return nil
}

// syncAccount is the account a check uses, with its password.
func (m *Mail) syncAccount(ctx context.Context) (mailAccountSettings, error) {
	a, ok, err := m.accountSettings(ctx)
	if err != nil {
		return a, err
	}
	if !ok {
		return a, model.Errorf(model.CodeInvalid, "set up the e-mail account first (Settings, E-mail account)")
	}
	if pw, _ := m.password(); pw == "" {
		return a, model.Invalid("password", "the password was kept for the last session only: enter it again in Settings, E-mail account")
	}
	return a, nil
}

// runSync reads the new mail of every folder, keeps the job-related
// messages as proposals, and saves how far each folder was read, also
// when it fails or is cancelled half way.
func (m *Mail) runSync(ctx context.Context, job *jobrun.Job) (MailSyncReport, error) {
	rep := MailSyncReport{Folders: []MailFolderReport{}}
	a, err := m.syncAccount(ctx)
	if err != nil {
		return rep, err
	}
	pw, _ := m.password()
	now := m.db.Now()
	if err := m.db.SetSetting(ctx, settingMailLastAttempt, now.UTC().Format(time.RFC3339)); err != nil {
		return rep, err
	}
	acct := a.imapAccount(pw, now)
	ident := a.identity()
	kept, err := m.db.MailFolderStates(ctx, ident)
	if err != nil {
		return rep, err
	}
	state := map[string]imapread.FolderState{}
	for _, s := range kept {
		state[s.Folder] = imapread.FolderState{UIDValidity: s.UIDValidity, LastUID: s.LastUID}
	}
	var changed []int64
	deliver := func(folder string, uid uint32, raw io.Reader) error {
		rep.Fetched++
		msg, err := mailread.ReadMessage(raw, m.limits)
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			rep.Broken++
			return nil
		}
		out, err := m.ingest(ctx, MailOrigin{Kind: "imap", Source: ident, Folder: folder, UID: uid}, msg)
		if err != nil {
			return err
		}
		switch out.result {
		case ingestKept:
			rep.Kept++
			if out.autoApplied && out.appID != 0 {
				changed = append(changed, out.appID)
			}
		case ingestKnown:
			rep.Known++
		case ingestOther:
			rep.NotJob++
		}
		return nil
	}
	opts := m.imapOptions()
	opts.OnProgress = func(folder string, done, total int) {
		job.Progress(int64(done), int64(total), fmt.Sprintf("Reading %s: %d of %d new messages", folder, done, total))
	}
	start := time.Now()
	next, stats, syncErr := imapread.Sync(ctx, acct, state, opts, deliver)
	// Keep what was read, even after a failure or a cancel.
	bg := context.WithoutCancel(ctx)
	var save []model.MailFolderState
	for _, f := range a.Folders {
		if s, ok := next[f]; ok {
			save = append(save, model.MailFolderState{Folder: f, UIDValidity: s.UIDValidity, LastUID: s.LastUID})
		}
	}
	saveErr := m.db.SaveMailFolderStates(bg, ident, save)
	for _, f := range stats.Folders {
		rep.Folders = append(rep.Folders, MailFolderReport{Folder: f.Folder, New: f.Found, SkippedParts: f.SkippedParts, Reset: f.Reset})
	}
	if stats.BytesRead > 0 || syncErr != nil {
		m.ledgerIMAP(acct, ledgerTaskIMAPSync, stats, time.Since(start), fmt.Sprintf("OK: %d new messages, %d kept", rep.Fetched, rep.Kept), syncErr)
	}
	if rep.Kept > 0 {
		m.mailChanged()
	}
	if len(changed) > 0 {
		m.changed(changed...)
	}
	errText := ""
	if syncErr != nil {
		errText = model.AsError(syncErr).Message
		if errors.Is(syncErr, context.Canceled) {
			errText = "stopped by the user"
		}
	} else if saveErr == nil {
		if err := m.db.SetSetting(bg, settingMailLastSync, m.db.Now().UTC().Format(time.RFC3339)); err != nil {
			return rep, err
		}
	}
	if err := m.db.SetSetting(bg, settingMailLastError, errText); err != nil {
		return rep, errors.Join(syncErr, err)
	}
	if syncErr != nil {
		return rep, syncErr
	}
	return rep, saveErr
}

// ledgerIMAP writes one row for one IMAP connection: host, purpose, bytes,
// duration and how it ended (never the user name or the password).
func (m *Mail) ledgerIMAP(acct imapread.Account, task string, st imapread.Stats, took time.Duration, okStatus string, err error) {
	scheme := "imaps://"
	if acct.Security == imapread.SecurityStartTLS {
		scheme = "imap+starttls://"
	}
	e := model.LedgerEntry{Provider: "imap", Host: acct.Host, Task: task, Method: "IMAP", URL: scheme + acct.Address(),
		BytesSent: st.BytesWritten, BytesReceived: st.BytesRead, Status: okStatus, DurationMs: took.Milliseconds(), Placeholders: []string{}}
	if err != nil {
		e.Status = "failed"
		if errors.Is(err, context.Canceled) {
			e.Status = "cancelled"
		}
		e.Error = model.AsError(err).Message
	}
	_, _ = m.db.AddLedgerEntry(context.WithoutCancel(m.ctx()), e)
}

// RunMailSchedule checks mail at the interval the user turned on (off by
// default) until ctx ends; the window starts it. It looks once a minute,
// so a changed interval applies without a restart.
func RunMailSchedule(ctx context.Context, m *Mail) {
	tick := time.NewTicker(time.Minute)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		if m.mailSyncDue(m.db.Now()) {
			_, _ = m.SyncMail()
		}
	}
}

// mailSyncDue tells whether the interval since the last check started has
// passed (failed checks count, so a broken account is not retried at once).
func (m *Mail) mailSyncDue(now time.Time) bool {
	ctx := m.ctx()
	a, ok, err := m.accountSettings(ctx)
	if err != nil || !ok || a.IntervalMinutes <= 0 || len(m.runner.Running(jobMailSync)) > 0 {
		return false
	}
	if pw, _ := m.password(); pw == "" {
		return false
	}
	last, _ := m.db.Setting(ctx, settingMailLastAttempt)
	if t, err := time.Parse(time.RFC3339, last); err == nil && now.Sub(t) < time.Duration(a.IntervalMinutes)*time.Minute {
		return false
	}
	return true
}

// plural says "1 folder", "3 folders".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}
