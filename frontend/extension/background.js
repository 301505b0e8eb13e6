// Huntbook's extension service worker: the "Save to Huntbook" context-menu
// item opens the same form as the toolbar button, in a small window, for the
// page it was chosen on. Choosing it grants activeTab for that page.
const MENU_ID = 'save-to-huntbook';

chrome.runtime.onInstalled.addListener(() => {
  chrome.contextMenus.create({ id: MENU_ID, title: 'Save to Huntbook', contexts: ['page', 'selection'] });
});

chrome.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId !== MENU_ID || !tab || tab.id === undefined) return;
  chrome.windows.create({
    url: chrome.runtime.getURL(`popup.html?tab=${tab.id}`),
    type: 'popup',
    width: 400,
    height: 600,
  });
});
