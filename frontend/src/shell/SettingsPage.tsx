/**
 * SettingsPage is the Settings view with the sections other features own
 * (the calendar's, from agenda): composed here so features do not import
 * each other.
 */
import { CalendarSettings } from '../features/agenda/CalendarSettings';
import { SettingsView } from '../features/settings/SettingsView';

export function SettingsPage() {
  return <SettingsView calendar={<CalendarSettings />} />;
}
