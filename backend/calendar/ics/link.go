package ics

import (
	"net/url"
	"strings"

	"github.com/huntbook/huntbook/backend/lazyre"
)

// meetingHosts are the video-meeting services whose links mark a call:
// a host suffix and, where the service also serves other pages, a path prefix.
var meetingHosts = []struct{ host, path string }{
	{"meet.google.com", ""},
	{"zoom.us", "/j/"}, {"zoom.us", "/my/"}, {"zoom.us", "/w/"}, {"zoom.us", "/s/"},
	{"zoomgov.com", "/j/"},
	{"teams.microsoft.com", "/l/meetup-join"}, {"teams.microsoft.com", "/meet/"},
	{"teams.live.com", "/meet/"},
	{"webex.com", ""},
	{"whereby.com", ""},
	{"meet.jit.si", ""},
	{"gotomeeting.com", "/join/"}, {"meet.goto.com", ""}, {"global.gotomeeting.com", ""},
	{"chime.aws", ""},
	{"bluejeans.com", ""},
	{"join.skype.com", ""},
	{"around.co", ""},
	{"app.livestorm.co", ""},
	{"facetime.apple.com", ""},
	{"vc.ringcentral.com", ""}, {"meetings.ringcentral.com", ""},
	{"bigbluebutton", ""},
}

var urlPattern = lazyre.New(`https?://[^\s<>"'\\)\]]+`)

// FindMeetingURL returns the first video-meeting link (Google Meet, Zoom,
// Microsoft Teams, Webex, Whereby, Jitsi, GoTo, Chime, BlueJeans, Skype...)
// in the given texts, or "". Other links (event pages, maps) are ignored.
func FindMeetingURL(texts ...string) string {
	for _, t := range texts {
		if !strings.Contains(t, "http") {
			continue
		}
		for _, raw := range urlPattern.FindAllString(t, 20) {
			raw = strings.TrimRight(raw, ".,;:!?")
			if IsMeetingURL(raw) {
				return raw
			}
		}
	}
	return ""
}

// IsMeetingURL tells whether raw is a link to a known video-meeting service.
func IsMeetingURL(raw string) bool {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") {
		return false
	}
	host := strings.ToLower(u.Hostname())
	for _, m := range meetingHosts {
		if (host == m.host || strings.HasSuffix(host, "."+m.host) || (m.host == "bigbluebutton" && strings.Contains(host, m.host))) &&
			strings.HasPrefix(u.Path, m.path) {
			return true
		}
	}
	return false
}

// meetingURL picks the event's conference link: RFC 7986 CONFERENCE (video
// first), the vendors' own properties, then known links in the text.
func meetingURL(c *component, location, description string) string {
	var fallback string
	for _, p := range c.all("CONFERENCE") {
		v := strings.TrimSpace(p.Value)
		if !strings.HasPrefix(strings.ToLower(v), "http") {
			continue // tel:, xmpp:, sip:
		}
		if strings.Contains(strings.ToUpper(strings.Join(p.Params["FEATURE"], ",")), "VIDEO") {
			return v
		}
		if fallback == "" {
			fallback = v
		}
	}
	if fallback != "" {
		return fallback
	}
	for _, name := range []string{"X-GOOGLE-CONFERENCE", "X-MICROSOFT-ONLINEMEETINGCONFLINK", "X-MICROSOFT-SKYPETEAMSMEETINGURL",
		"X-MICROSOFT-ONLINEMEETINGEXTERNALLINK"} {
		if p := c.first(name); p != nil {
			if v := strings.TrimSpace(p.Value); strings.HasPrefix(strings.ToLower(v), "http") {
				return v
			}
		}
	}
	var link string
	if p := c.first("URL"); p != nil {
		link = strings.TrimSpace(p.Value)
	}
	return FindMeetingURL(location, link, description)
}
