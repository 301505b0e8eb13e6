//go:build linux && (production || dev) && !bindings

// The window's navigation policy on WebKitGTK: every navigation of the
// webview (top level, frames, new windows) goes through decide-policy, and
// Go's huntbookAllowNavigation says yes or no. See navigation.go.

#include <gtk/gtk.h>
#include <webkit2/webkit2.h>
#include "navigation_linux.h"
#include "_cgo_export.h"

#define GUARDED_KEY "huntbook-navigation-guard"
#define RETRY_MS 20
#define MAX_TRIES 500 // 10 s

static gboolean decide_policy(WebKitWebView *view, WebKitPolicyDecision *decision,
                              WebKitPolicyDecisionType type, gpointer data)
{
    if (type != WEBKIT_POLICY_DECISION_TYPE_NAVIGATION_ACTION &&
        type != WEBKIT_POLICY_DECISION_TYPE_NEW_WINDOW_ACTION)
    {
        return FALSE; // responses: WebKit's default
    }
    WebKitNavigationAction *action =
        webkit_navigation_policy_decision_get_navigation_action(WEBKIT_NAVIGATION_POLICY_DECISION(decision));
    WebKitURIRequest *request = action ? webkit_navigation_action_get_request(action) : NULL;
    const gchar *uri = request ? webkit_uri_request_get_uri(request) : NULL;
    int click = action &&
                webkit_navigation_action_get_navigation_type(action) == WEBKIT_NAVIGATION_TYPE_LINK_CLICKED &&
                webkit_navigation_action_is_user_gesture(action);
    int new_window = type == WEBKIT_POLICY_DECISION_TYPE_NEW_WINDOW_ACTION;
    if (uri != NULL && huntbookAllowNavigation((char *)uri, click, new_window))
    {
        return FALSE; // allowed: WebKit's default is to go ahead
    }
    webkit_policy_decision_ignore(decision);
    return TRUE;
}

static WebKitWebView *find_webview(GtkWidget *widget)
{
    if (WEBKIT_IS_WEB_VIEW(widget))
    {
        return WEBKIT_WEB_VIEW(widget);
    }
    if (!GTK_IS_CONTAINER(widget))
    {
        return NULL;
    }
    WebKitWebView *found = NULL;
    GList *children = gtk_container_get_children(GTK_CONTAINER(widget));
    for (GList *l = children; l != NULL && found == NULL; l = l->next)
    {
        found = find_webview(GTK_WIDGET(l->data));
    }
    g_list_free(children);
    return found;
}

static int tries = 0;

static gboolean connect_policy(gpointer data)
{
    int views = 0;
    GList *windows = gtk_window_list_toplevels();
    for (GList *l = windows; l != NULL; l = l->next)
    {
        WebKitWebView *view = find_webview(GTK_WIDGET(l->data));
        if (view == NULL)
        {
            continue;
        }
        if (g_object_get_data(G_OBJECT(view), GUARDED_KEY) == NULL)
        {
            g_signal_connect(view, "decide-policy", G_CALLBACK(decide_policy), NULL);
            g_object_set_data(G_OBJECT(view), GUARDED_KEY, GINT_TO_POINTER(1));
        }
        views++;
    }
    g_list_free(windows);
    if (views > 0 || ++tries >= MAX_TRIES)
    {
        huntbookNavigationGuarded(views);
    }
    else
    {
        g_timeout_add(RETRY_MS, connect_policy, NULL); // the window is not built yet
    }
    return G_SOURCE_REMOVE;
}

void huntbook_guard_navigation(void)
{
    tries = 0;
    g_idle_add(connect_policy, NULL);
}
