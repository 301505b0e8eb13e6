package mailread

import (
	"strings"
	"testing"
)

func TestReadMessageBasics(t *testing.T) {
	raw := "From: Acme Talent <talent@acme.example>\r\nTo: me@example.com\r\nSubject: Your application\r\n" +
		"Date: Tue, 4 Mar 2025 10:00:00 +0100\r\nMessage-ID: <abc@acme.example>\r\n\r\nThank you for applying.\r\n"
	m, err := ReadMessage(strings.NewReader(raw), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if m.From.Email != "talent@acme.example" || m.From.Name != "Acme Talent" || m.ID != "abc@acme.example" ||
		m.Subject != "Your application" || m.Date.IsZero() || m.Text != "Thank you for applying." {
		t.Fatalf("read %+v", m)
	}
}
