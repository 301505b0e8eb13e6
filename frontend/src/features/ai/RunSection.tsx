/**
 * Run an AI task for an application: pick the task, provider and options,
 * look at the exact request (always possible, required before a provider's
 * first run, and before any run on a provider the backend says is not
 * confirmed, where confirming records it), then watch the reply stream in,
 * with Cancel. What arrived is
 * kept when the run is cancelled or fails, and saved as a partial draft.
 */
import { useEffect, useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Group,
  Loader,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { IconEye, IconPlayerPlay, IconPlayerStop } from '@tabler/icons-react';
import { assistant } from '../../api';
import { SafeMarkdown } from '../../shared/SafeMarkdown';
import draftClasses from './draft.module.css';
import { isApiError } from '../../api';
import { messageOf } from '../../shared/action';
import { confirm, isConfirmed, providerKey } from './confirm';
import { hardBreaks } from './markdown';
import { PreviewModal } from './PreviewModal';
import type { RunState } from './run';
import { InsightsResult, TailoringResult } from './Structured';

const tones = ['professional', 'warm', 'enthusiastic', 'concise'];
const lengths = ['short', 'medium', 'long'];
const languages = [
  { value: '', label: "The job description's" },
  { value: 'en', label: 'English' },
  { value: 'de', label: 'German' },
  { value: 'fr', label: 'French' },
  { value: 'es', label: 'Spanish' },
  { value: 'it', label: 'Italian' },
  { value: 'nl', label: 'Dutch' },
  { value: 'pt', label: 'Portuguese' },
  { value: 'pl', label: 'Polish' },
  { value: 'sv', label: 'Swedish' },
];

interface Props {
  applicationId: number;
  /** The task chosen at first (cover letter when not given). */
  initialTask?: assistant.Task;
  providers: assistant.ProviderInfo[];
  run: RunState;
  onStart: (task: string, opts: assistant.RunOptions) => void;
  onCancel: () => void;
  onOpenDraft: (id: number) => void;
  /** Told when the user confirmed a provider (the list reloads). */
  onProvidersChanged?: () => void;
}

/** RunSection is the task form and the live output of the current run. */
export function RunSection({
  applicationId,
  initialTask,
  providers,
  run,
  onStart,
  onCancel,
  onOpenDraft,
  onProvidersChanged,
}: Props) {
  const [task, setTask] = useState<assistant.Task>(initialTask ?? 'cover-letter');
  const defaultName = providers.find((p) => p.default)?.provider.name ?? providers.at(0)?.provider.name ?? '';
  const [providerName, setProviderName] = useState(defaultName);
  const [tone, setTone] = useState('professional');
  const [length, setLength] = useState('medium');
  const [language, setLanguage] = useState('');
  const [recipient, setRecipient] = useState('');
  const [extra, setExtra] = useState('');
  const [preview, setPreview] = useState<assistant.Preview | null>(null);
  const [confirmRequired, setConfirmRequired] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [confirmError, setConfirmError] = useState('');

  useEffect(() => {
    if (!providers.some((p) => p.provider.name === providerName)) setProviderName(defaultName);
  }, [providers, providerName, defaultName]);

  const chosenInfo = providers.find((p) => p.provider.name === providerName);
  const chosen = chosenInfo?.provider;
  // The backend refuses a provider it does not know as confirmed; asking here first shows why.
  const backendUnconfirmed = chosenInfo?.destination ? !chosenInfo.destination.confirmed : false;
  const running = run.status === 'starting' || run.status === 'running';
  const opts = (): assistant.RunOptions => ({
    provider: providerName,
    options: {
      tone: task === 'cover-letter' ? tone : '',
      length: task === 'cover-letter' ? length : '',
      language,
      recipient: task === 'follow-up' || task === 'thank-you' ? recipient.trim() : '',
      extra: extra.trim(),
    },
    budget: 0,
  });

  const showPreview = async (thenConfirm: boolean) => {
    setBusy(true);
    setError('');
    try {
      const pv = await assistant.previewTask(task, applicationId, opts());
      setConfirmError('');
      setPreview(pv);
      setConfirmRequired(thenConfirm || !pv.destination.confirmed);
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  const runTask = () => {
    if (!chosen) return;
    if (backendUnconfirmed || !isConfirmed(providerKey(chosen))) {
      void showPreview(true);
      return;
    }
    setError('');
    onStart(task, opts());
  };

  if (providers.length === 0) {
    return (
      <Paper withBorder p="md" component="section" aria-label="Write with AI">
        <Title order={3} size="h5" mb="xs">
          Write with AI
        </Title>
        <Text size="sm" c="dimmed">
          No AI provider is set up. Add one under Assistant in the navigation (a local server such as Ollama keeps
          everything on this computer). The offline match above works without one.
        </Text>
      </Paper>
    );
  }

  return (
    <Paper withBorder p="md" component="section" aria-label="Write with AI">
      <Title order={3} size="h5" mb="xs">
        Write with AI
      </Title>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            label="Task"
            value={task}
            onChange={(e) => setTask(e.currentTarget.value as assistant.Task)}
            data={assistant.tasks.map((t) => ({ value: t.task, label: t.label }))}
            disabled={running}
          />
          <NativeSelect
            label="Provider"
            value={providerName}
            onChange={(e) => setProviderName(e.currentTarget.value)}
            data={providers.map((p) => ({
              value: p.provider.name,
              label: `${p.provider.name} (${p.provider.kind}${p.default ? ', default' : ''})`,
            }))}
            disabled={running}
          />
          {task === 'cover-letter' ? (
            <>
              <NativeSelect
                label="Tone"
                value={tone}
                onChange={(e) => setTone(e.currentTarget.value)}
                data={tones}
                disabled={running}
              />
              <NativeSelect
                label="Length"
                value={length}
                onChange={(e) => setLength(e.currentTarget.value)}
                data={lengths}
                disabled={running}
              />
            </>
          ) : null}
          <NativeSelect
            label="Language"
            value={language}
            onChange={(e) => setLanguage(e.currentTarget.value)}
            data={languages}
            disabled={running}
          />
          {task === 'follow-up' || task === 'thank-you' ? (
            <TextInput
              label="Recipient"
              value={recipient}
              onChange={(e) => setRecipient(e.currentTarget.value)}
              disabled={running}
            />
          ) : null}
        </SimpleGrid>
        <Textarea
          label="Extra instructions"
          description="Optional, added to the prompt"
          value={extra}
          onChange={(e) => setExtra(e.currentTarget.value)}
          autosize
          minRows={1}
          maxRows={4}
          maxLength={2000}
          disabled={running}
        />
        {chosen?.kind === 'cloud' ? (
          <Text size="xs" c="dimmed">
            {chosen.name} is a cloud provider: your name, email, phone, address and profile links are replaced by
            placeholders before the request leaves, and put back here.
          </Text>
        ) : null}
        <Group gap="xs">
          <Button
            leftSection={<IconPlayerPlay size={16} aria-hidden />}
            onClick={runTask}
            loading={busy}
            disabled={running || !chosen}
          >
            Run
          </Button>
          <Button
            variant="default"
            leftSection={<IconEye size={16} aria-hidden />}
            onClick={() => void showPreview(false)}
            disabled={running || busy}
          >
            Preview request
          </Button>
          {running ? (
            <Button
              color="red"
              variant="light"
              leftSection={<IconPlayerStop size={16} aria-hidden />}
              onClick={onCancel}
            >
              Cancel
            </Button>
          ) : null}
        </Group>
        {error ? (
          <Text c="red" size="sm" role="alert">
            {error}
          </Text>
        ) : null}
        {run.status === 'error' && run.errorCode === 'unconfirmed' ? (
          <Button variant="light" color="orange" onClick={() => void showPreview(true)} w="fit-content">
            Check and confirm {chosen?.name ?? 'the provider'}
          </Button>
        ) : null}
        {run.status !== 'idle' ? <Output run={run} onOpenDraft={onOpenDraft} /> : null}
      </Stack>
      <PreviewModal
        preview={preview}
        confirmRequired={confirmRequired}
        confirming={confirming}
        confirmError={confirmError}
        onClose={() => setPreview(null)}
        onConfirm={() => {
          void (async () => {
            const pv = preview;
            if (!pv || !chosen) return;
            if (!pv.destination.confirmed) {
              // Record exactly what was shown: the backend refuses it if the provider changed since.
              setConfirming(true);
              try {
                await assistant.confirmProvider({
                  ...chosen,
                  baseURL: pv.destination.baseURL,
                  apiKeyEnv: pv.destination.keyEnv || undefined,
                  kind: pv.destination.kind === 'cloud' ? 'cloud' : 'local',
                });
              } catch (err) {
                setConfirmError(
                  isApiError(err, 'conflict')
                    ? `${messageOf(err)} Close this and run again to see it as it is now.`
                    : messageOf(err),
                );
                return;
              } finally {
                setConfirming(false);
              }
              onProvidersChanged?.();
            }
            confirm(providerKey(chosen));
            setPreview(null);
            setError('');
            onStart(task, opts());
          })();
        }}
      />
    </Paper>
  );
}

const statusText: Record<RunState['status'], string> = {
  idle: '',
  starting: 'Starting…',
  running: 'Writing…',
  done: 'Done',
  cancelled: 'Cancelled: what arrived is kept',
  error: 'Stopped by an error: what arrived is kept',
};

function Output({ run, onOpenDraft }: { run: RunState; onOpenDraft: (id: number) => void }) {
  const live = run.status === 'starting' || run.status === 'running';
  const r = run.result;
  return (
    <Paper
      withBorder
      p="sm"
      radius="sm"
      aria-label="AI output"
      aria-busy={live}
      data-testid="ai-output"
      data-status={run.status}
    >
      <Group justify="space-between" mb="xs" gap="xs">
        <Group gap="xs">
          <Text size="sm" fw={600}>
            {assistant.taskLabel(run.task)}
          </Text>
          {live ? <Loader size="xs" aria-hidden /> : null}
          <Text size="sm" c="dimmed" role="status">
            {statusText[run.status]}
          </Text>
          {r?.partial ? (
            <Badge color="orange" variant="light">
              Partial
            </Badge>
          ) : null}
        </Group>
        {r && r.generationId > 0 ? (
          <Button size="compact-sm" variant="subtle" onClick={() => onOpenDraft(r.generationId)}>
            Open saved draft
          </Button>
        ) : null}
      </Group>
      {run.error ? (
        <Alert color="red" role="alert" mb="xs" title="The task stopped">
          {run.error}
        </Alert>
      ) : null}
      {r?.insights ? (
        <InsightsResult insights={r.insights} />
      ) : r?.tailoring ? (
        <TailoringResult tailoring={r.tailoring} />
      ) : run.text ? (
        <div aria-live="off" data-testid="ai-stream" className={draftClasses.draft}>
          <SafeMarkdown text={hardBreaks(run.text)} />
        </div>
      ) : live ? (
        <Text size="sm" c="dimmed">
          Waiting for the model…
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          Nothing arrived, so nothing was saved.
        </Text>
      )}
    </Paper>
  );
}
