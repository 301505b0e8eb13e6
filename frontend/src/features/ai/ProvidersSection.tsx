/**
 * AI providers: the saved ones (see ProviderCard), a form to add or change
 * one starting from a preset, and "look for local servers", which probes
 * this machine's usual ports only when the user asks.
 */
import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconRadar } from '@tabler/icons-react';
import { assistant } from '../../api';
import { messageOf, useAction } from '../detail/action';
import { ProviderCard } from './ProviderCard';

const blank: assistant.Provider = { name: '', baseURL: '', model: '', kind: 'local' };

/** ProvidersSection lists, adds, edits, tests and discovers providers. */
export function ProvidersSection() {
  const [list, setList] = useState<assistant.ProviderInfo[] | null>(null);
  const [presets, setPresets] = useState<assistant.Provider[]>([]);
  const [form, setForm] = useState<assistant.Provider | null>(null);
  const [found, setFound] = useState<assistant.Found[] | null>(null);
  const [error, setError] = useState('');
  const save = useAction();
  const discover = useAction();

  const load = useCallback(async () => {
    try {
      setList(await assistant.providers());
    } catch (err) {
      setError(messageOf(err));
    }
  }, []);

  useEffect(() => {
    void load();
    assistant.presets().then(setPresets, (err: unknown) => setError(messageOf(err)));
  }, [load]);

  const set = (patch: Partial<assistant.Provider>) => setForm((f) => ({ ...(f ?? blank), ...patch }));
  const fieldError = (name: string) => (save.field === name ? save.error : undefined);

  return (
    <Stack gap="md">
      {error ? (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      ) : null}
      <Group gap="xs">
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setForm({ ...blank })}>
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
                    onClick={() =>
                      setForm({
                        name: f.server || `Local ${f.port}`,
                        baseURL: f.baseURL,
                        model: f.models[0] ?? '',
                        kind: 'local',
                      })
                    }
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
              await assistant.saveProvider({ ...form, apiKeyEnv: form.apiKeyEnv?.trim() || undefined });
              setForm(null);
              await load();
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
                const pr = presets.find((x) => x.name === e.currentTarget.value);
                if (pr) setForm({ ...pr });
              }}
              data={[
                { value: '', label: 'Choose a preset…' },
                ...presets.map((x) => ({ value: x.name, label: x.name })),
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
              <TextInput
                label="API key variable"
                description="Optional: an environment variable holding the key"
                value={form.apiKeyEnv ?? ''}
                onChange={(e) => set({ apiKeyEnv: e.currentTarget.value })}
                error={fieldError('apiKeyEnv')}
              />
            </SimpleGrid>
            {save.error && !save.field ? (
              <Text c="red" size="sm" role="alert">
                {save.error}
              </Text>
            ) : null}
            <Group gap="xs">
              <Button type="submit" loading={save.busy}>
                Save provider
              </Button>
              <Button variant="default" onClick={() => setForm(null)}>
                Cancel
              </Button>
            </Group>
          </Stack>
        </Paper>
      ) : null}

      {list === null ? null : list.length === 0 ? (
        <Text size="sm" c="dimmed">
          No provider yet. Without one, each application still gets the offline match with your profile.
        </Text>
      ) : (
        list.map((info) => (
          <ProviderCard
            key={info.provider.name}
            info={info}
            onChanged={() => void load()}
            onEdit={(p) => setForm({ ...p })}
          />
        ))
      )}
    </Stack>
  );
}
