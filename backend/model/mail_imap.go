package model

import "time"

// MailFolderState is what the read-only IMAP client remembers of one folder
// between runs: the folder's UIDVALIDITY, the highest UID already read, and
// when it was last read.
type MailFolderState struct {
	Folder      string    `json:"folder"`
	UIDValidity uint32    `json:"uidValidity"`
	LastUID     uint32    `json:"lastUid"`
	LastSync    time.Time `json:"lastSync"`
}
