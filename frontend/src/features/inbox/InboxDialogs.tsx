import { useState } from 'react';
import { Alert, Button, Group, Modal, NumberInput, Stack, Switch, Text, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { mail } from '../../api';
import { queryKeys } from '../../app/queryKeys';
import { errorMessage, QueryState } from '../../shared/QueryState';

/** PasteDialog reads one message pasted as text (whole with its headers, or only its text). */
export function PasteDialog({ onClose, onRead }: { onClose: () => void; onRead: (r: mail.MailPasteResult) => void }) {
  const [text, setText] = useState('');
  const read = useMutation({ mutationFn: () => mail.paste(text), onSuccess: onRead });
  return (
    <Modal opened onClose={onClose} title="Paste a message" size="lg">
      <form
        aria-label="Paste a message"
        onSubmit={(e) => {
          e.preventDefault();
          read.mutate();
        }}
      >
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            Paste the message’s text, or its whole source (“Show original” or “View source” in your mail program) so the
            sender, the date and the thread are read too. It is read on this computer only.
          </Text>
          <Textarea
            label="Message"
            autosize
            minRows={8}
            maxRows={16}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            data-autofocus
          />
          {read.error ? (
            <Alert color="red" role="alert">
              {errorMessage(read.error)}
            </Alert>
          ) : null}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={read.isPending} disabled={text.trim() === ''}>
              Read message
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** SettingsDialog holds the e-mail settings: keep whole messages, apply sure proposals by themselves. */
export function SettingsDialog({ onClose }: { onClose: () => void }) {
  const client = useQueryClient();
  const settings = useQuery({ queryKey: queryKeys.mail.settings, queryFn: mail.settings });
  return (
    <Modal opened onClose={onClose} title="Inbox settings">
      <QueryState of={settings} loading="Loading the inbox settings" errorTitle="Could not load the inbox settings">
        {() =>
          settings.data && (
            <SettingsForm
              initial={settings.data}
              onSaved={(s) => {
                client.setQueryData(queryKeys.mail.settings, s);
                onClose();
              }}
              onCancel={onClose}
            />
          )
        }
      </QueryState>
    </Modal>
  );
}

function SettingsForm({
  initial,
  onSaved,
  onCancel,
}: {
  initial: mail.MailSettings;
  onSaved: (s: mail.MailSettings) => void;
  onCancel: () => void;
}) {
  const [keep, setKeep] = useState(initial.keepFullText);
  const [auto, setAuto] = useState(initial.autoApply);
  const [above, setAbove] = useState(Math.round(initial.autoApplyAbove * 100));
  const save = useMutation({
    mutationFn: () => mail.saveSettings({ keepFullText: keep, autoApply: auto, autoApplyAbove: above / 100 }),
    onSuccess: onSaved,
  });
  return (
    <form
      aria-label="Inbox settings"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <Stack gap="md">
        <Switch
          label="Keep the whole text of job e-mails"
          description="Off: only the sender, date, subject, what was read and a short excerpt are kept."
          checked={keep}
          onChange={(e) => setKeep(e.currentTarget.checked)}
        />
        <Switch
          label="Apply sure proposals by themselves"
          description="Only for messages matched to a tracked application, with both the reading and the match at least this sure. Interviews need a known time; outreach always waits for you."
          checked={auto}
          onChange={(e) => setAuto(e.currentTarget.checked)}
        />
        <NumberInput
          label="At least this sure"
          suffix="%"
          min={50}
          max={100}
          step={5}
          allowDecimal={false}
          disabled={!auto}
          value={above}
          onChange={(v) => setAbove(typeof v === 'number' ? v : Number(v) || 90)}
        />
        {save.error ? (
          <Alert color="red" role="alert">
            {errorMessage(save.error)}
          </Alert>
        ) : null}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
