/**
 * Query keys, one group per area. Each group's `all` is the prefix of every
 * key in it, so invalidating `all` reaches the whole area. ./invalidation
 * decides which areas a change touches; views only read keys from here.
 */
export const queryKeys = {
  applications: {
    all: ['applications'] as const,
    /** One application (its fields, not the detail's notes, tasks or history). */
    one: (id: number) => ['applications', 'one', id] as const,
    /** A search for the contact form's link picker. */
    search: (text: string) => ['applications', 'search', text] as const,
    /** The offline match of one application's job with the profile, or with an imported CV (cvId). */
    analysis: (id: number, cvId: number | null) => ['applications', 'analysis', id, cvId] as const,
    /** What rows and cards flag (next interview, due follow-ups) as of this day (YYYY-MM-DD). */
    signals: (day: string) => ['applications', 'signals', day] as const,
    /** One application with its notes, contacts, tasks, history and interviews (the drawer). */
    detail: (id: number) => ['applications', 'detail', id] as const,
    /** One application's AI drafts (the drawer's timeline). */
    drafts: (id: number) => ['applications', 'drafts', id] as const,
    /** The board's open cards matching a query (search, tag, order). */
    cards: (query: object) => ['applications', 'cards', query] as const,
    /** One page (page number last) of the applications list matching a query: prefix of its pages. */
    list: (query: object) => ['applications', 'list', query] as const,
    /** The ids of every application matching a list query, in its order (ranges, "select all"). */
    ids: (query: object) => ['applications', 'ids', query] as const,
    /** One page (page number last) of a board lane's closed cards: prefix of its pages. */
    closed: (query: object) => ['applications', 'closed', query] as const,
    /** Every tag in use (filter suggestions). */
    tags: ['applications', 'tags'] as const,
  },

  contacts: {
    all: ['contacts'] as const,
    list: (search: string) => ['contacts', 'list', search] as const,
  },
  followups: {
    all: ['followups'] as const,
    /** Due and upcoming follow-ups as seen on this day (YYYY-MM-DD). */
    on: (day: string) => ['followups', day] as const,
  },
  agenda: {
    all: ['agenda'] as const,
    /** Interviews from the start of today for this many days. */
    interviews: (days: number) => ['agenda', 'interviews', days] as const,
    proposals: ['agenda', 'proposals'] as const,
    /** The interviews the reminders look at (the backend's default horizon). */
    reminders: ['agenda', 'reminders'] as const,
  },
  insights: {
    all: ['insights'] as const,
    /** The report over the last this many weeks. */
    report: (weeks: number) => ['insights', 'report', weeks] as const,
  },
  settings: {
    all: ['settings'] as const,
    /** The preferences (theme, board, reminders, nudges, weekly goal). */
    preferences: ['settings', 'preferences'] as const,
  },
  stages: {
    all: ['stages'] as const,
  },
  browser: {
    all: ['browser'] as const,
    /** Which browsers have Huntbook's native host registered. */
    status: ['browser', 'status'] as const,
  },
  about: {
    /** The running build (version, commit, date) and where releases are published; fixed while the app runs. */
    all: ['about'] as const,
  },
  assistant: {
    all: ['assistant'] as const,
    /** The saved model providers with their key source and destination. */
    providers: ['assistant', 'providers'] as const,
    /** The shipped provider presets. */
    presets: ['assistant', 'presets'] as const,
    /** The request ledger (the newest rows the AI settings view shows). */
    ledger: ['assistant', 'ledger'] as const,
    /** The saved drafts of one application. */
    generations: (applicationId: number) => ['assistant', 'generations', applicationId] as const,
    /** Every version of one draft (latest is the draft's newest version number, so an edit reads them again). */
    versions: (generationId: number, latest: number) => ['assistant', 'versions', generationId, latest] as const,
    /** The prompt template of each task, shipped and overridden. */
    templates: ['assistant', 'templates'] as const,
    /** The extra terms hidden from cloud providers. */
    redactionTerms: ['assistant', 'redactionTerms'] as const,
  },
  csvImport: {
    all: ['csvImport'] as const,
    /** How a CSV file would be imported with a mapping (JSON of it). */
    preview: (path: string, mapping: string) => ['csvImport', 'preview', path, mapping] as const,
  },
  cv: {
    all: ['cv'] as const,
    /** The imported CV versions, newest first. */
    versions: ['cv', 'versions'] as const,
    /** The master profile. */
    master: ['cv', 'master'] as const,
    /** The file of one CV version (its bytes, for the document viewer). */
    file: (versionId: number) => ['cv', 'file', versionId] as const,
    /** The CV versions sent with applications: prefix of every linked key. */
    linkedAll: ['cv', 'linked'] as const,
    /** The CV version sent with one application (null when none is recorded). */
    linked: (applicationId: number) => ['cv', 'linked', applicationId] as const,
  },
  mail: {
    all: ['mail'] as const,
    /** The job e-mails waiting for the user's word. */
    proposals: ['mail', 'proposals'] as const,
    /** The job e-mails already confirmed or dismissed. */
    history: ['mail', 'history'] as const,
    /** The e-mail settings (keep full text, apply automatically). */
    settings: ['mail', 'settings'] as const,
  },
  mailAccount: {
    all: ['mailAccount'] as const,
    /** The read-only IMAP account and how its checks went. */
    status: ['mailAccount', 'status'] as const,
  },
  calendar: {
    all: ['calendar'] as const,
    /** The Google Calendar connection and sync settings. */
    status: ['calendar', 'status'] as const,
  },
} as const;
