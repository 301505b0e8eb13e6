import type { ReactNode } from 'react';
import { SimpleGrid, Stack, Title } from '@mantine/core';
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
 * other. One column of sections in a small window; two side by side in a
 * wide one (from Mantine's xl breakpoint, 88em).
 */
export function SettingsView({ calendar }: { calendar?: ReactNode }) {
  return (
    <Stack gap="md" maw={{ base: 900, xl: 1840 }}>
      <Title order={2} size="h3">
        Settings
      </Title>
      <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="md" verticalSpacing="md">
        <Stack gap="md" miw={0}>
          <PreferencesSection />
          <GoalsSection />
          <StagesSection />
          <AboutSection />
        </Stack>
        <Stack gap="md" miw={0}>
          {calendar}
          <MailAccountSection />
          <BrowserSection />
          <DataSection />
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}
