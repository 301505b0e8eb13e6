#ifndef HUNTBOOK_NAVIGATION_LINUX_H
#define HUNTBOOK_NAVIGATION_LINUX_H

// huntbook_guard_navigation schedules, on the GTK main loop, connecting the
// navigation policy to every WebKitWebView in the top-level windows. It may
// be called from any thread.
void huntbook_guard_navigation(void);

#endif
