/** The Assistant view (navigation): AI providers, the request ledger, prompts and privacy settings. */
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
        <Title order={2}>Assistant</Title>
        <Text size="sm" c="dimmed">
          Drafts come from a model you choose. Open an application and its AI tab to use it.
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
