/**
 * The exact request a task would send, before anything is sent: where it
 * goes, whether personal details were replaced by placeholders, what the
 * budget left out, the messages and the raw JSON body. On a provider's first
 * run the user must confirm it before the request leaves; a provider that is
 * new to this computer or whose address or key source changed since the user
 * confirmed it (an import, say) is shown with what changed, and confirming
 * records it in the backend, which sends nothing to it before.
 */
import { Alert, Badge, Button, Code, Group, List, Modal, Paper, ScrollArea, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconShieldLock } from '@tabler/icons-react';
import { assistant } from '../../api';

/** previewMessages reads the chat messages out of a request body, [] when it cannot. */
export function previewMessages(body: string): { role: string; content: string }[] {
  try {
    const v = JSON.parse(body) as { messages?: unknown };
    if (!Array.isArray(v.messages)) return [];
    return v.messages.map((m: unknown) => {
      const o = (m && typeof m === 'object' ? m : {}) as Record<string, unknown>;
      return {
        role: typeof o.role === 'string' ? o.role : '',
        content: typeof o.content === 'string' ? o.content : JSON.stringify(o.content ?? ''),
      };
    });
  } catch {
    return [];
  }
}

interface Props {
  preview: assistant.Preview | null;
  /** True when the user must confirm before the first request to this provider. */
  confirmRequired: boolean;
  onClose: () => void;
  /** Called when the user confirms sending (only when confirmRequired). */
  onConfirm: () => void;
  /** True while the confirmation is being recorded. */
  confirming?: boolean;
  /** Why recording the confirmation failed, "" otherwise. */
  confirmError?: string;
}

/** DestinationFacts says where the request goes and with which key (never the key itself). */
export function DestinationFacts({ d }: { d: assistant.Destination }) {
  return (
    <Stack gap={2} data-testid="ai-destination">
      <Text size="sm">
        Address: <Code>{d.baseURL}</Code>
      </Text>
      <Text size="sm">
        Server: <Code>{d.origin}</Code> ({d.redacted ? 'cloud: personal details replaced' : 'local: text sent as it is'}
        )
      </Text>
      <Text size="sm">{assistant.keySourceText(d)}</Text>
    </Stack>
  );
}

/** Unconfirmed explains why a provider needs confirming before anything is sent to it. */
function Unconfirmed({ d, willAsk }: { d: assistant.Destination; willAsk: boolean }) {
  return (
    <Alert
      color="orange"
      icon={<IconAlertTriangle aria-hidden />}
      title={`${d.provider} is not confirmed on this computer`}
      data-testid="ai-unconfirmed"
    >
      <Stack gap={4}>
        <Text size="sm">Nothing is sent to it until you confirm it, because:</Text>
        <List size="sm" spacing={2}>
          {d.changes.map((c) => (
            <List.Item key={c}>{c}</List.Item>
          ))}
        </List>
        <Text size="sm">
          {willAsk
            ? 'Confirm only if you set this up yourself and trust this address with your text and this key.'
            : 'Run asks you to confirm it first.'}
        </Text>
      </Stack>
    </Alert>
  );
}

/** PreviewModal shows a preview; opened while `preview` is set. */
export function PreviewModal({
  preview,
  confirmRequired,
  onClose,
  onConfirm,
  confirming = false,
  confirmError = '',
}: Props) {
  const messages = preview ? previewMessages(preview.body) : [];
  const unconfirmed = preview !== null && !preview.destination.confirmed;
  return (
    <Modal
      opened={preview !== null}
      onClose={onClose}
      title={confirmRequired ? 'Check what will be sent' : 'What will be sent'}
      size="xl"
      zIndex={400}
      scrollAreaComponent={ScrollArea.Autosize}
    >
      {preview ? (
        <Stack gap="sm">
          {unconfirmed ? <Unconfirmed d={preview.destination} willAsk={confirmRequired} /> : null}
          {confirmRequired && !unconfirmed ? (
            <Text size="sm">
              This is the first request to <b>{preview.provider}</b>. Nothing has been sent yet: read the exact text
              below and send it only if you agree.
            </Text>
          ) : null}
          <Group gap="xs">
            <Badge variant="light" color={preview.kind === 'cloud' ? 'orange' : 'teal'}>
              {preview.kind === 'cloud' ? 'Cloud provider' : 'Local provider'}
            </Badge>
            <Text size="sm">
              {preview.provider} · {preview.model || 'no model'}
            </Text>
          </Group>
          <Text size="sm">
            Sent to: <Code>{preview.url}</Code>
          </Text>
          <DestinationFacts d={preview.destination} />
          {preview.redacted ? (
            <Alert color="teal" icon={<IconShieldLock aria-hidden />} title="Personal details replaced">
              <Text size="sm">
                {preview.placeholders.length > 0
                  ? `These placeholders stand in for your details and are put back in the reply on this computer: ${preview.placeholders.join(', ')}`
                  : 'No personal detail from your profile appears in this request.'}
              </Text>
            </Alert>
          ) : (
            <Text size="sm" c="dimmed">
              Local provider: the text is sent as it is, to this machine's server.
            </Text>
          )}
          <Text size="xs" c="dimmed">
            About {preview.tokens} tokens · prompt {preview.promptVersion || 'default'} · inputs{' '}
            {preview.inputDigest.slice(0, 12)}
          </Text>
          {preview.omitted.length > 0 ? (
            <Alert color="yellow" title="Left out to fit the model's context">
              <Text size="sm">{preview.omitted.join('; ')}</Text>
            </Alert>
          ) : null}
          {messages.map((m, i) => (
            <Paper withBorder p="xs" key={i}>
              <Text size="xs" fw={700} tt="uppercase" c="dimmed">
                {m.role}
              </Text>
              <Text
                size="sm"
                style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
                data-testid="ai-preview-message"
              >
                {m.content}
              </Text>
            </Paper>
          ))}
          <Text size="sm" fw={500}>
            Exact request body
          </Text>
          <Code
            block
            style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', maxHeight: 240, overflow: 'auto' }}
            aria-label="Exact request body"
            tabIndex={0}
          >
            {preview.body}
          </Code>
          <Group justify="flex-end" gap="xs">
            {confirmError ? (
              <Text c="red" size="sm" role="alert">
                {confirmError}
              </Text>
            ) : null}
            {confirmRequired ? (
              <>
                <Button variant="default" onClick={onClose} data-autofocus={unconfirmed || undefined}>
                  Don't send
                </Button>
                <Button
                  onClick={onConfirm}
                  loading={confirming}
                  color={unconfirmed ? 'orange' : undefined}
                  data-autofocus={!unconfirmed || undefined}
                >
                  {unconfirmed ? `Confirm ${preview.provider} and send` : `Send to ${preview.provider}`}
                </Button>
              </>
            ) : (
              <Button variant="default" onClick={onClose} data-autofocus>
                Close
              </Button>
            )}
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
