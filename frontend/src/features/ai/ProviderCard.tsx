/**
 * One saved provider: its address, model, kind and key; "test this model"
 * with what works; choosing a model the server offers; the API key (system
 * keychain, or this session only where there is none, said clearly); and,
 * for a provider that is not confirmed on this computer (new from an import,
 * or its address or key source changed since), what changed and a Confirm
 * button: nothing is sent to it before.
 */
import { useState } from 'react';
import { Alert, Badge, Button, Group, List, Paper, PasswordInput, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconX } from '@tabler/icons-react';
import { assistant } from '../../api';
import { ConfirmDialog } from '../../shared/ConfirmDialog';
import { useAction } from '../../shared/action';

const keyText: Record<string, string> = {
  env: 'API key: read from an environment variable',
  keychain: 'API key: saved in the system keychain',
  session: 'API key: kept for this session only (no keychain on this system)',
  '': 'No API key',
};

/** keyMessage says where a saved key went, in a sentence ("kept for this session only" when there is no keychain). */
export function keyMessage(st: assistant.KeyStatus): string {
  const m = st.message || (st.persistent ? 'saved in the system keychain' : 'kept for this session only');
  const text = !st.persistent && !/session only/i.test(m) ? `kept for this session only: ${m}` : m;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** How the server gives structured answers, by the probe's JSON mode. */
const jsonModeWords: Record<string, string> = {
  json_schema: 'answers held to a JSON schema by the server',
  json_object: 'JSON mode; Huntbook checks the fields',
  prompt: 'asked in words; Huntbook checks the answers',
};

/** features says which tasks a probe report shows will work. */
export function features(r: assistant.ProbeReport): { label: string; ok: boolean; why: string }[] {
  const text = r.reply.ok;
  return [
    {
      label: 'Cover letters, interview prep, emails',
      ok: text,
      why: text ? (r.stream.ok ? 'replies stream in' : 'replies arrive at the end (no streaming)') : 'no reply',
    },
    {
      label: 'Job insights and CV tailoring (JSON)',
      ok: r.json.ok,
      why: r.json.ok ? (jsonModeWords[r.jsonMode] ?? jsonModeWords.prompt) : 'no valid JSON reply',
    },
    {
      label: 'Long job descriptions',
      ok: r.context.ok && !r.truncates,
      why: r.truncates
        ? 'the server silently cuts long prompts'
        : r.contextTokens
          ? `about ${r.contextTokens} tokens of context`
          : r.context.detail || 'unknown context',
    },
  ];
}

/** checkResult is a check's outcome without its step name ("reply: works (0.4 s)" reads "Works (0.4 s)"). */
export function checkResult(c: assistant.Check): string {
  const t = (c.detail || c.error?.message || '').replace(/^(reply|JSON|streaming|context): /, '');
  return t.charAt(0).toUpperCase() + t.slice(1);
}

function CheckLine({ name, c }: { name: string; c: assistant.Check }) {
  return (
    <List.Item
      icon={
        <ThemeIcon
          size={18}
          radius="xl"
          color={c.ok ? 'teal' : 'red'}
          variant="light"
          aria-label={c.ok ? 'works' : 'fails'}
        >
          {c.ok ? <IconCheck size={12} aria-hidden /> : <IconX size={12} aria-hidden />}
        </ThemeIcon>
      }
    >
      <Text size="sm">
        <Text span fw={500}>
          {name}:
        </Text>{' '}
        {c.what}
      </Text>
      <Text size="xs" c="dimmed">
        {checkResult(c)}
      </Text>
    </List.Item>
  );
}

interface Props {
  info: assistant.ProviderInfo;
  onChanged: () => void;
  onEdit: (p: assistant.Provider) => void;
}

/** ProviderCard is one provider in the settings list. */
export function ProviderCard({ info, onChanged, onEdit }: Props) {
  const p = info.provider;
  const [report, setReport] = useState<assistant.ProbeReport | null>(null);
  const [modelList, setModelList] = useState<string[] | null>(null);
  const [key, setKey] = useState('');
  const [keyMsg, setKeyMsg] = useState('');
  const test = useAction();
  const act = useAction();
  const keyAct = useAction();
  const confirmAct = useAction();
  const [askDelete, setAskDelete] = useState(false);
  const d = info.destination;

  return (
    <Paper withBorder p="md" component="article" aria-label={`Provider ${p.name}`}>
      <ConfirmDialog
        opened={askDelete}
        title={`Delete ${p.name}?`}
        confirmLabel={`Delete ${p.name}`}
        onConfirm={async () => {
          await assistant.deleteProvider(p.name);
          onChanged();
        }}
        onClose={() => {
          setAskDelete(false);
        }}
      >
        <Text size="sm">
          Huntbook forgets this provider and its saved key. Drafts written with it and the request ledger stay.
        </Text>
      </ConfirmDialog>
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="xs">
            <Text fw={600}>{p.name}</Text>
            <Badge variant="light" color={p.kind === 'cloud' ? 'orange' : 'teal'}>
              {p.kind}
            </Badge>
            {info.default ? <Badge variant="filled">default</Badge> : null}
            {!d.confirmed ? (
              <Badge variant="light" color="orange">
                not confirmed
              </Badge>
            ) : null}
          </Group>
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {p.baseURL} · model {p.model || '(none)'}
          </Text>
          <Text size="xs" c="dimmed">
            {keyText[info.keySource] ?? info.keySource}
            {p.apiKeyEnv ? ` · variable ${p.apiKeyEnv}` : ''}
            {p.structured ? ` · JSON mode ${p.structured}` : ''}
            {p.contextTokens ? ` · ${p.contextTokens} tokens` : ''}
          </Text>
          <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            Sends to {d.origin} · {assistant.keySourceText(d)}
          </Text>
        </div>
        <Group gap={4}>
          <Button
            size="compact-sm"
            loading={test.busy}
            onClick={() =>
              void test.run(async () => {
                setReport(await assistant.testProvider(p.name));
                onChanged();
              })
            }
          >
            Test this model
          </Button>
          <Button
            size="compact-sm"
            variant="default"
            loading={act.busy}
            onClick={() => void act.run(async () => setModelList(await assistant.models(p.name)))}
          >
            List models
          </Button>
          {!info.default ? (
            <Button
              size="compact-sm"
              variant="default"
              onClick={() =>
                void act.run(async () => {
                  await assistant.setDefaultProvider(p.name);
                  onChanged();
                })
              }
            >
              Make default
            </Button>
          ) : null}
          <Button size="compact-sm" variant="default" onClick={() => onEdit(p)}>
            Edit
          </Button>
          <Button
            size="compact-sm"
            variant="subtle"
            color="red"
            onClick={() => {
              setAskDelete(true);
            }}
          >
            Delete
          </Button>
        </Group>
      </Group>
      {!d.confirmed ? (
        <Alert
          color="orange"
          mt="xs"
          icon={<IconAlertTriangle aria-hidden />}
          title="Not confirmed: nothing is sent to it until you confirm it"
        >
          <List size="sm" spacing={2}>
            {d.changes.map((c) => (
              <List.Item key={c}>{c}</List.Item>
            ))}
          </List>
          <Text size="sm" mt={4}>
            It would send to <b>{d.baseURL}</b>. {assistant.keySourceText(d)}.
          </Text>
          <Group gap="xs" mt="xs">
            <Button
              size="compact-sm"
              color="orange"
              loading={confirmAct.busy}
              onClick={() =>
                void confirmAct.run(async () => {
                  await assistant.confirmProvider(p);
                  onChanged();
                })
              }
            >
              Confirm {p.name}
            </Button>
            {confirmAct.error ? (
              <Text c="red" size="sm" role="alert">
                {confirmAct.error}
              </Text>
            ) : null}
          </Group>
        </Alert>
      ) : null}
      {test.error || act.error ? (
        <Text c="red" size="sm" role="alert" mt="xs">
          {test.error || act.error}
        </Text>
      ) : null}
      {modelList ? (
        <Stack gap={4} mt="xs">
          <Text size="sm" fw={500}>
            Models on this server ({modelList.length})
          </Text>
          <Group gap={4}>
            {modelList.map((m) => (
              <Button
                key={m}
                size="compact-xs"
                variant={m === p.model ? 'filled' : 'light'}
                aria-pressed={m === p.model}
                onClick={() =>
                  void act.run(async () => {
                    await assistant.saveProvider({ ...p, model: m });
                    onChanged();
                  })
                }
              >
                {m}
              </Button>
            ))}
          </Group>
        </Stack>
      ) : null}
      {report ? (
        <Stack gap={4} mt="sm" data-testid="probe-report">
          <Text size="sm" fw={500}>
            What works with {p.model}
          </Text>
          <List spacing={2} size="sm">
            {features(report).map((f) => (
              <List.Item
                key={f.label}
                icon={
                  <ThemeIcon
                    size={18}
                    radius="xl"
                    color={f.ok ? 'teal' : 'red'}
                    variant="light"
                    aria-label={f.ok ? 'works' : 'does not work'}
                  >
                    {f.ok ? <IconCheck size={12} aria-hidden /> : <IconX size={12} aria-hidden />}
                  </ThemeIcon>
                }
              >
                <Text span size="sm">
                  {f.label}
                </Text>{' '}
                <Text span size="xs" c="dimmed">
                  {f.why}
                </Text>
              </List.Item>
            ))}
          </List>
          <Text size="sm" fw={500} mt={4}>
            What the test did
          </Text>
          {report.summary ? (
            <Text size="xs" c="dimmed">
              {report.summary} They are one entry in the request ledger.
            </Text>
          ) : null}
          <List spacing={4} size="sm" aria-label="What the test did">
            <CheckLine name="Plain reply" c={report.reply} />
            <CheckLine name="JSON reply" c={report.json} />
            <CheckLine name="Streaming" c={report.stream} />
            <CheckLine name="Context length" c={report.context} />
          </List>
        </Stack>
      ) : null}
      <Group gap="xs" mt="sm" align="flex-end">
        <PasswordInput
          label={`API key for ${p.name}`}
          description={
            p.kind === 'local'
              ? 'Local servers rarely need one'
              : 'Stored in the system keychain, never in the database'
          }
          value={key}
          onChange={(e) => setKey(e.currentTarget.value)}
          error={keyAct.error || undefined}
          autoComplete="off"
          w={320}
        />
        <Button
          variant="default"
          disabled={key.trim() === ''}
          loading={keyAct.busy}
          onClick={() =>
            void keyAct.run(async () => {
              const st = await assistant.setAPIKey(p.name, key);
              setKey('');
              setKeyMsg(keyMessage(st));
              onChanged();
            })
          }
        >
          Save key
        </Button>
        {info.keySource === 'keychain' || info.keySource === 'session' ? (
          <Button
            variant="subtle"
            color="red"
            onClick={() =>
              void keyAct.run(async () => {
                const st = await assistant.clearAPIKey(p.name);
                setKeyMsg(st.message);
                onChanged();
              })
            }
          >
            Remove key
          </Button>
        ) : null}
      </Group>
      {keyMsg ? (
        <Text size="xs" mt={4} role="status">
          {keyMsg}
        </Text>
      ) : null}
    </Paper>
  );
}
