package model

// The types of a CSV import from another tracker with a preview: the user
// sees how the file's columns and statuses will be read, changes what is
// wrong, then imports the rows that are good.

// CSVMapping is how a CSV file is read: the field of each column, the stage
// or outcome of each status, and the order of day and month in dates. A
// zero mapping means "detect".
type CSVMapping struct {
	// Columns is the field each column fills, by column index ("" ignores
	// the column). Empty: detect from the headers.
	Columns []string `json:"columns"`
	// Statuses maps status texts found in the file to where they go.
	Statuses []CSVStatusChoice `json:"statuses"`
	// DateOrder is "dmy", "mdy" or "" (decide from the file).
	DateOrder string `json:"dateOrder"`
}

// CSVStatusChoice says where one status text of the file goes. Target is
// "stage:<name>" (an existing stage), "outcome:<outcome>" (closed with that
// outcome) or "new:<name>" (a stage the import creates).
type CSVStatusChoice struct {
	Status string `json:"status"`
	Target string `json:"target"`
}

// CSVColumn is one column of the file and the field it fills.
type CSVColumn struct {
	Index   int      `json:"index"`
	Header  string   `json:"header"`
	Field   string   `json:"field"` // "" when ignored
	Samples []string `json:"samples"`
}

// CSVChoice is one option of a list (a field, a status target).
type CSVChoice struct {
	Value string `json:"value"`
	Label string `json:"label"`
}

// CSVStatus is one status text of the file, how many rows carry it and
// where it goes.
type CSVStatus struct {
	Status string `json:"status"`
	Count  int    `json:"count"`
	Target string `json:"target"`
	// Reason says why this target was chosen ("the stage of that name",
	// "nearest stage", "your choice").
	Reason string `json:"reason"`
}

// CSVRow is a good row as it will be saved.
type CSVRow struct {
	Line        int      `json:"line"`
	Company     string   `json:"company"`
	Title       string   `json:"title"`
	Stage       string   `json:"stage"`
	Outcome     string   `json:"outcome"`
	DateApplied string   `json:"dateApplied"`
	Location    string   `json:"location"`
	URL         string   `json:"url"`
	Contacts    []string `json:"contacts"`
}

// CSVSkippedRow is a row that will not be imported and why.
type CSVSkippedRow struct {
	Line     int      `json:"line"`
	Problems []string `json:"problems"`
	// Text is the row's first cells, to recognise it.
	Text string `json:"text"`
}

// CSVPreview is what importing a CSV file would do, nothing written yet.
type CSVPreview struct {
	Path string `json:"path"`
	// Kind is "csv", or "zip" for a Huntbook export (which has no preview:
	// import it as it is).
	Kind      string `json:"kind"`
	Encoding  string `json:"encoding"`
	Delimiter string `json:"delimiter"`
	// Columns, and the fields a column can fill.
	Columns []CSVColumn `json:"columns"`
	Fields  []CSVChoice `json:"fields"`
	// Statuses found, and where a status can go.
	Statuses []CSVStatus `json:"statuses"`
	Targets  []CSVChoice `json:"targets"`
	// DateOrder is "dmy", "mdy", or "" when no date needs the choice;
	// DateReason says how it was decided.
	DateOrder  string `json:"dateOrder"`
	DateReason string `json:"dateReason"`
	// Missing names required fields no column fills; nothing can be
	// imported until a column is chosen for each.
	Missing []string `json:"missing"`
	// Rows are the first good rows; Skipped the first bad ones.
	Rows    []CSVRow        `json:"rows"`
	Skipped []CSVSkippedRow `json:"skipped"`
	// Total rows (blank lines aside), how many are good and bad, and the
	// contacts the good rows carry.
	Total    int `json:"total"`
	Good     int `json:"good"`
	Bad      int `json:"bad"`
	Contacts int `json:"contacts"`
	// Remembered: the mapping is the one used for an earlier file with the
	// same headers.
	Remembered bool `json:"remembered"`
	// Mapping is the mapping this preview used; send it back to import.
	Mapping CSVMapping `json:"mapping"`
}

// CSVImportResult says what a CSV import with a preview did.
type CSVImportResult struct {
	Path         string `json:"path"`
	Applications int    `json:"applications"`
	Notes        int    `json:"notes"`
	Contacts     int    `json:"contacts"`
	Stages       int    `json:"stages"`
	// Skipped is how many bad rows were left out.
	Skipped int `json:"skipped"`
}
