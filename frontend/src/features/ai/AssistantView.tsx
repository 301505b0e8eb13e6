/**
 * The AI settings view (navigation "AI settings"): model providers, the
 * request ledger, prompts and privacy. Drafts stay on each application's AI
 * tab, where they are written; this view is only what sets the AI up and
 * records what it sent.
 */
import { useState } from 'react';
import { Stack, Tabs, Text, Title } from '@mantine/core';
import { LedgerSection } from './LedgerSection';
import { PromptsSection, RedactionSection } from './PromptsSection';
import { ProvidersSection } from './ProvidersSection';

/** AssistantView is the settings and records of the AI assistance. */
export function AssistantView() {
  const [tab, setTab] = useState<string | null>('providers');
  return (
    <Stack gap="md" maw={1100}>
      <div>
        <Title order={2}>AI settings</Title>
        <Text size="sm" c="dimmed">
          The models that write drafts, what they are sent, and every request Huntbook made. Drafts are written and kept
          on each application&apos;s AI tab.
        </Text>
      </div>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="providers">Providers</Tabs.Tab>
          <Tabs.Tab value="ledger">Request ledger</Tabs.Tab>
          <Tabs.Tab value="prompts">Prompts and privacy</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="providers" pt="md">
          <ProvidersSection />
        </Tabs.Panel>
        <Tabs.Panel value="ledger" pt="md">
          <LedgerSection />
        </Tabs.Panel>
        <Tabs.Panel value="prompts" pt="md">
          <Stack gap="md">
            <RedactionSection />
            <PromptsSection />
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
