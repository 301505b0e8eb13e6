// Mantine's styles for what the first screen shows (the frame, the
// navigation, the header, the applications list and its first-run card,
// notifications), in the order of Mantine's own styles.css. The full
// stylesheet (200 kB) held up the first paint: WebKitGTK parsed all of it
// and matched its rules before it showed anything. The rest arrives just
// after the first paint (see loadAllStyles in styles.ts).
//
// Every file is the @layer mantine version, as is the full sheet loaded
// later: within the layer, the full sheet's copy of each rule comes last, so
// the cascade ends exactly as with styles.css alone; outside it, the app's
// own CSS modules win over Mantine, as they did by coming after it.
//
// styles.test.tsx renders the first screen and fails if it uses a Mantine
// class defined in no file listed here: add the component's file (keep the
// order of Mantine's styles.css) when the first screen starts using it.
import '@mantine/core/styles/baseline.layer.css';
import '@mantine/core/styles/global.layer.css';
import '@mantine/core/styles/default-css-variables.layer.css';
import '@mantine/core/styles/UnstyledButton.layer.css';
import '@mantine/core/styles/VisuallyHidden.layer.css';
import '@mantine/core/styles/Paper.layer.css';
import '@mantine/core/styles/Loader.layer.css';
import '@mantine/core/styles/CloseButton.layer.css';
import '@mantine/core/styles/Group.layer.css';
import '@mantine/core/styles/Input.layer.css';
import '@mantine/core/styles/Alert.layer.css';
import '@mantine/core/styles/Text.layer.css';
import '@mantine/core/styles/AppShell.layer.css';
import '@mantine/core/styles/Combobox.layer.css';
import '@mantine/core/styles/InlineInput.layer.css';
import '@mantine/core/styles/Checkbox.layer.css';
import '@mantine/core/styles/Badge.layer.css';
import '@mantine/core/styles/Burger.layer.css';
import '@mantine/core/styles/Button.layer.css';
import '@mantine/core/styles/Center.layer.css';
import '@mantine/core/styles/Drawer.layer.css';
import '@mantine/core/styles/Kbd.layer.css';
import '@mantine/core/styles/Modal.layer.css';
import '@mantine/core/styles/NavLink.layer.css';
import '@mantine/core/styles/Notification.layer.css';
import '@mantine/core/styles/Stack.layer.css';
import '@mantine/core/styles/Title.layer.css';
import '@mantine/notifications/styles.layer.css';
// The app's own rules for every page (not Mantine's).
import './scrollbars.css';
import './focus.css';
