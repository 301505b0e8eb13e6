import type { ReactNode } from 'react';
import { Stack, Title } from '@mantine/core';
import { AboutSection } from './AboutSection';
import { BrowserSection } from './BrowserSection';
import { DataSection } from './DataSection';
import { GoalsSection } from './GoalsSection';
import { MailAccountSection } from './MailAccountSection';
import { PreferencesSection } from './PreferencesSection';
import { StagesSection } from './StagesSection';

/**
 * SettingsView: preferences, follow-up nudges and the weekly goal, the
 * pipeline's stages, the calendar, the read-only e-mail account, the browser
 * extension, the data file (backups, export, import, wipe), and which build
 * this is. The calendar section belongs to the agenda feature: the shell
 * passes it in (src/shell/SettingsPage.tsx), so features do not import each
 * other.
 */
export function SettingsView({ calendar }: { calendar?: ReactNode }) {
  return (
    <Stack gap="md" maw={900}>
      <Title order={2} size="h3">
        Settings
      </Title>
      <PreferencesSection />
      <GoalsSection />
      <StagesSection />
      {calendar}
      <MailAccountSection />
      <BrowserSection />
      <DataSection />
      <AboutSection />
    </Stack>
  );
}
