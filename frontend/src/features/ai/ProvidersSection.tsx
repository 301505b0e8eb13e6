/**
 * AI providers: the saved ones (see ProviderCard), a form to add or change
 * one starting from a preset, with its API key (keychain, this session only,
 * or an environment variable), and "look for local servers", which probes
 * this machine's usual ports only when the user asks.
 */
import { useState } from 'react';
import {
  Alert,
  Button,
  Group,
  NativeSelect,
  Paper,
  PasswordInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPlus, IconRadar } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { assistant } from '../../api';
import { queryKeys } from '../../app/queryKeys';
import { QueryState } from '../../shared/QueryState';
import { useAction } from '../../shared/action';
import { keyMessage, ProviderCard } from './ProviderCard';

const blank: assistant.Provider = { name: '', baseURL: '', model: '', kind: 'local' };

/** Where a provider's API key comes from, as the form asks it. */
export type KeySource = 'none' | 'paste' | 'env';

/** keySourceOf is where an existing provider's key comes from, for its form. */
export function keySourceOf(p: assistant.Provider, info?: assistant.ProviderInfo): KeySource {
  if (p.apiKeyEnv) return 'env';
  if (info?.keySource === 'keychain' || info?.keySource === 'session') return 'paste';
  return p.kind === 'cloud' ? 'paste' : 'none';
}

/**
 * saveWithKey saves the provider, then the pasted key (when the key comes
 * from a paste): the variable is cleared unless the key comes from one.
 * It returns where the key went, or '' when no key was pasted.
 */
export async function saveWithKey(p: assistant.Provider, source: KeySource, key: string): Promise<string> {
  const env = source === 'env' ? p.apiKeyEnv?.trim() : undefined;
  await assistant.saveProvider({ ...p, apiKeyEnv: env || undefined });
  if (source !== 'paste' || key.trim() === '') return '';
  return keyMessage(await assistant.setAPIKey(p.name, key));
}

/** ProvidersSection lists, adds, edits, tests and discovers providers. */
export function ProvidersSection() {
  const client = useQueryClient();
  const providers = useQuery({ queryKey: queryKeys.assistant.providers, queryFn: assistant.providers });
  const presets = useQuery({ queryKey: queryKeys.assistant.presets, queryFn: assistant.presets });
  const list = providers.data ?? null;
  const [form, setForm] = useState<assistant.Provider | null>(null);
  const [keySource, setKeySource] = useState<KeySource>('none');
  const [key, setKey] = useState('');
  const [keyNote, setKeyNote] = useState('');
  const [found, setFound] = useState<assistant.Found[] | null>(null);
  const save = useAction();
  const discover = useAction();
  const reload = () => client.invalidateQueries({ queryKey: queryKeys.assistant.providers });

  const open = (p: assistant.Provider | null) => {
    setForm(p);
    setKey('');
    setKeyNote('');
    if (p)
      setKeySource(
        keySourceOf(
          p,
          list?.find((i) => i.provider.name === p.name),
        ),
      );
  };
  const set = (patch: Partial<assistant.Provider>) => setForm((f) => ({ ...(f ?? blank), ...patch }));
  const fieldError = (name: string) => (save.field === name ? save.error : undefined);

  return (
    <Stack gap="md">
      {keyNote ? (
        <Alert color="teal" withCloseButton closeButtonLabel="Dismiss" onClose={() => setKeyNote('')}>
          {keyNote}
        </Alert>
      ) : null}
      <Group gap="xs">
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => open({ ...blank })}>
          Add a provider
        </Button>
        <Button
          variant="default"
          leftSection={<IconRadar size={16} aria-hidden />}
          loading={discover.busy}
          onClick={() => void discover.run(async () => setFound(await assistant.discover()))}
        >
          Look for local servers
        </Button>
        <Text size="xs" c="dimmed">
          Looks only on this computer (Ollama, LM Studio, llama.cpp), and only when you click.
        </Text>
      </Group>
      {discover.error ? (
        <Text c="red" size="sm" role="alert">
          {discover.error}
        </Text>
      ) : null}
      {found ? (
        <Paper withBorder p="sm" aria-label="Local servers found">
          {found.length === 0 ? (
            <Text size="sm">
              No model server answered on this computer. Start Ollama, LM Studio or llama.cpp server and look again.
            </Text>
          ) : (
            <Stack gap={6}>
              {found.map((f) => (
                <Group key={f.baseURL} justify="space-between">
                  <Text size="sm">
                    <b>{f.server || 'Server'}</b> at {f.baseURL}:{' '}
                    {f.models.length ? f.models.join(', ') : 'no models listed'}
                  </Text>
                  <Button
                    size="compact-sm"
                    variant="light"
                    onClick={() => {
                      open({
                        name: f.server || `Local ${f.port}`,
                        baseURL: f.baseURL,
                        model: f.models[0] ?? '',
                        kind: 'local',
                      });
                    }}
                  >
                    Use {f.server || f.baseURL}
                  </Button>
                </Group>
              ))}
            </Stack>
          )}
        </Paper>
      ) : null}

      {form ? (
        <Paper
          withBorder
          p="md"
          component="form"
          aria-label="Provider"
          onSubmit={(e) => {
            e.preventDefault();
            void save.run(async () => {
              const note = await saveWithKey(form, keySource, key);
              open(null);
              setKeyNote(note);
              await reload();
            });
          }}
        >
          <Title order={3} size="h5" mb="xs">
            {list?.some((i) => i.provider.name === form.name) ? `Change ${form.name}` : 'New provider'}
          </Title>
          <Stack gap="sm">
            <NativeSelect
              label="Start from"
              value=""
              onChange={(e) => {
                const pr = presets.data?.find((x) => x.name === e.currentTarget.value);
                if (pr) {
                  setForm({ ...pr });
                  setKeySource(keySourceOf(pr));
                }
              }}
              data={[
                { value: '', label: 'Choose a preset…' },
                ...(presets.data ?? []).map((x) => ({ value: x.name, label: x.name })),
              ]}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                label="Name"
                required
                value={form.name}
                onChange={(e) => set({ name: e.currentTarget.value })}
                error={fieldError('name')}
              />
              <TextInput
                label="Base URL"
                required
                value={form.baseURL}
                placeholder="http://localhost:11434/v1"
                onChange={(e) => set({ baseURL: e.currentTarget.value })}
                error={fieldError('baseURL') ?? fieldError('baseUrl')}
              />
              <TextInput
                label="Model"
                value={form.model}
                onChange={(e) => set({ model: e.currentTarget.value })}
                error={fieldError('model')}
              />
              <NativeSelect
                label="Kind"
                value={form.kind}
                onChange={(e) => set({ kind: e.currentTarget.value === 'cloud' ? 'cloud' : 'local' })}
                data={[
                  { value: 'local', label: 'Local (text sent as it is)' },
                  { value: 'cloud', label: 'Cloud (personal details replaced)' },
                ]}
                error={fieldError('kind')}
              />
            </SimpleGrid>
            <Stack gap={6}>
              <Text size="sm" fw={500} id="provider-key-label">
                API key
              </Text>
              <SegmentedControl
                aria-labelledby="provider-key-label"
                value={keySource}
                onChange={(v) => setKeySource(v as KeySource)}
                data={[
                  { value: 'none', label: 'No key' },
                  { value: 'paste', label: 'Paste a key' },
                  { value: 'env', label: 'Environment variable' },
                ]}
                style={{ alignSelf: 'flex-start' }}
              />
              {keySource === 'paste' ? (
                <PasswordInput
                  label="Key"
                  description="Kept in the system keychain, or for this session only where there is none; never in the database or an export."
                  placeholder={
                    list?.find((i) => i.provider.name === form.name && i.keySource)
                      ? 'Leave empty to keep the saved key'
                      : ''
                  }
                  value={key}
                  onChange={(e) => setKey(e.currentTarget.value)}
                  autoComplete="off"
                  error={fieldError('apiKey')}
                />
              ) : keySource === 'env' ? (
                <TextInput
                  label="Variable name"
                  description="Huntbook reads the key from this environment variable when it sends a request."
                  placeholder="OPENAI_API_KEY"
                  value={form.apiKeyEnv ?? ''}
                  onChange={(e) => set({ apiKeyEnv: e.currentTarget.value })}
                  error={fieldError('apiKeyEnv')}
                />
              ) : (
                <Text size="xs" c="dimmed">
                  Local servers (Ollama, LM Studio, llama.cpp) rarely need one.
                </Text>
              )}
            </Stack>
            {save.error && !save.field ? (
              <Text c="red" size="sm" role="alert">
                {save.error}
              </Text>
            ) : null}
            <Group gap="xs">
              <Button type="submit" loading={save.busy}>
                Save provider
              </Button>
              <Button variant="default" onClick={() => open(null)}>
                Cancel
              </Button>
            </Group>
          </Stack>
        </Paper>
      ) : null}

      <QueryState of={[providers, presets]} loading="Loading the providers" errorTitle="Could not read the providers">
        {() =>
          !list || list.length === 0 ? (
            <Text size="sm" c="dimmed">
              No provider yet. Without one, each application still gets the offline match with your profile.
            </Text>
          ) : (
            list.map((info) => (
              <ProviderCard
                key={info.provider.name}
                info={info}
                onChanged={() => void reload()}
                onEdit={(p) => {
                  open({ ...p });
                }}
              />
            ))
          )
        }
      </QueryState>
    </Stack>
  );
}
