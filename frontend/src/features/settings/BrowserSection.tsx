import { Alert, Button, Code, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { browser, type browser as B } from '../../api';
import { queryKeys } from '../../app/queryKeys';
import { ActionError, QueryState } from '../../shared/QueryState';

/** What each host state is called in the table. */
const stateLabel: Record<B.HostState, string> = {
  registered: 'Connected',
  'program-missing': 'Connected to a program that is gone',
  'not-registered': 'Not connected',
  foreign: 'Another program’s manifest',
  unreadable: 'Manifest unreadable',
};

const stateColor: Record<B.HostState, string> = {
  registered: 'green.8',
  'program-missing': 'orange.8',
  'not-registered': 'dimmed',
  foreign: 'red.8',
  unreadable: 'red.8',
};

/**
 * BrowserSection connects the browser extension to Huntbook: for each
 * supported browser found for this user, whether Huntbook's native host is
 * registered, where its manifest is, and Connect/Disconnect; then how to
 * load the extension itself.
 */
export function BrowserSection() {
  const client = useQueryClient();
  const query = useQuery({ queryKey: queryKeys.browser.status, queryFn: () => browser.status() });
  const act = useMutation({
    mutationFn: ({ name, connect }: { name: string; connect: boolean }) =>
      connect ? browser.connect(name) : browser.disconnect(name),
    onSuccess: (next) => client.setQueryData(queryKeys.browser.status, next),
  });
  const busy = act.isPending ? act.variables.name : '';
  const status = query.data ?? null;

  const found = status?.browsers.filter((b) => b.found) ?? [];
  const missing = status?.browsers.filter((b) => !b.found).map((b) => b.name) ?? [];

  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="md">
        <Title order={3} size="h4">
          Browser
        </Title>
        <Text size="sm" c="dimmed">
          The “Save to Huntbook” extension reads a job page in your browser and saves it here. It makes no network
          request: it talks only to Huntbook, which each browser must be told about (Connect).
        </Text>
        <ActionError error={act.error} onDismiss={() => act.reset()} title="Browser connection" />
        <QueryState of={query} loading="Looking for browsers" errorTitle="Browser connection">
          {() =>
            status === null ? null : found.length === 0 ? (
              <Alert color="yellow" title="No supported browser found">
                None of Chrome, Chromium, Brave, Edge, Vivaldi or Firefox has a settings folder for this user. Start the
                browser once, then come back.
              </Alert>
            ) : (
              <Table verticalSpacing="xs" aria-label="Browsers">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Browser</Table.Th>
                    <Table.Th>Huntbook</Table.Th>
                    <Table.Th>Manifest</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {found.map((b) => (
                    <Table.Tr key={b.name}>
                      <Table.Td>{b.name}</Table.Td>
                      <Table.Td>
                        <Text size="sm" fw={500} c={stateColor[b.state]} style={{ whiteSpace: 'nowrap' }}>
                          {stateLabel[b.state]}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="xs" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                          {b.manifestPath}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        {b.state === 'registered' ? (
                          <Button
                            size="xs"
                            variant="default"
                            loading={busy === b.name}
                            onClick={() => act.mutate({ name: b.name, connect: false })}
                            aria-label={`Disconnect ${b.name}`}
                          >
                            Disconnect
                          </Button>
                        ) : (
                          <Button
                            size="xs"
                            loading={busy === b.name}
                            disabled={b.state === 'foreign'}
                            onClick={() => act.mutate({ name: b.name, connect: true })}
                            aria-label={`Connect ${b.name}`}
                          >
                            {b.state === 'program-missing' ? 'Reconnect' : 'Connect'}
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )
          }
        </QueryState>
        {missing.length > 0 && (
          <Text size="xs" c="dimmed">
            Not found for this user: {missing.join(', ')}.
          </Text>
        )}
        {status && (
          <Stack gap={4}>
            <Text fw={600} size="sm">
              Load the extension
            </Text>
            <Text size="sm">
              {status.extensionDir ? (
                <>
                  The extension is in <Code>{status.extensionDir}</Code>.
                </>
              ) : (
                <>
                  The extension is built with the app (<Code>npm run build</Code> puts it in{' '}
                  <Code>build/bin/extension</Code>).
                </>
              )}
            </Text>
            <List size="sm" type="ordered">
              <List.Item>
                Chrome, Chromium, Brave, Edge, Vivaldi: open <Code>chrome://extensions</Code>, turn on Developer mode,
                choose “Load unpacked” and pick that folder. Its id must be <Code>{status.chromeExtensionId}</Code>.
              </List.Item>
              <List.Item>
                Firefox: open <Code>about:debugging#/runtime/this-firefox</Code>, choose “Load Temporary Add-on…” and
                pick <Code>manifest.json</Code> in that folder (id <Code>{status.firefoxExtensionId}</Code>).
              </List.Item>
              <List.Item>
                Connect the browser above, then use the toolbar button or “Save to Huntbook” in the page’s menu.
              </List.Item>
            </List>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
